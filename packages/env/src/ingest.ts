import { z } from 'zod';

const schema = z.object({
  /** The curator's bearer token, when `--token` is not given. */
  ATTEST_TOKEN: z.string().default(''),
  /** Set by pnpm to the folder the command was typed in: paths given are relative to it. */
  INIT_CWD: z.string().optional(),
});

export type IngestEnv = z.infer<typeof schema>;

/**
 * The ingest CLI's environment (`pnpm ingest`). Separate from readEnv: the CLI talks to the API
 * over HTTP and needs none of the server's settings, nor their production checks.
 */
export function readIngestEnv(source: NodeJS.ProcessEnv = process.env): IngestEnv {
  return schema.parse(source);
}
