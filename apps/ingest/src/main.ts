import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readIngestEnv } from '@attest/env';
import { SingleBar } from 'cli-progress';
import { ApiRequestError, graphqlClient } from './client.ts';
import { ingest, summary } from './ingest.ts';

const usage = `Usage: pnpm ingest <files or folders…> --collection <slug> [--api <url>] [--token <token>]

Adds each .txt, .md and .html file to the collection through the API, as the curator whose
bearer token is given (--token, or ATTEST_TOKEN; see "Accounts" in the README), and counts the
drafts extraction proposes for review. --api defaults to http://127.0.0.1:4000.`;

async function main() {
  const env = readIngestEnv();
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      collection: { type: 'string' },
      api: { type: 'string', default: 'http://127.0.0.1:4000' },
      token: { type: 'string', default: env.ATTEST_TOKEN },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help || positionals.length === 0 || !values.collection || !values.token) {
    console.error(usage);
    return values.help ? 0 : 2;
  }
  const bar = new SingleBar({
    format: '{bar} {value}/{total} {file}',
    hideCursor: true,
    stream: process.stderr,
    noTTYOutput: false,
  });
  // pnpm runs the script in this package's folder; paths are the caller's.
  const from = env.INIT_CWD ?? process.cwd();
  const report = await ingest(
    graphqlClient(values.api, values.token),
    positionals.map((p) => resolve(from, p)),
    values.collection,
    {
      start: (total) => bar.start(total, 0, { file: '' }),
      tick: (file) => bar.increment({ file }),
      stop: () => bar.stop(),
    },
  );
  console.log(summary(report));
  return report.results.every((r) => r.outcome.added) && report.skipped.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof ApiRequestError ? error.message : error);
    process.exit(1);
  },
);
