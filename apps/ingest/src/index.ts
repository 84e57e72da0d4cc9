export { ApiRequestError, graphqlClient } from './client.ts';
export { articleFiles } from './files.ts';
export { type IngestReport, ingest, summary } from './ingest.ts';
