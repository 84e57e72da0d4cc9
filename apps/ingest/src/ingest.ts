import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { ApiRequestError, type Gql } from './client.ts';
import { articleFiles, FORMATS } from './files.ts';

export interface FileResult {
  path: string;
  /** Added, with what extraction proposes for review; or why not. */
  outcome:
    | {
        added: true;
        title: string;
        actors: number;
        newActors: number;
        quotes: number;
        claims: number;
      }
    | { added: false; reason: string };
}

export interface IngestReport {
  collection: string;
  results: FileResult[];
  skipped: { path: string; reason: string }[];
}

export interface Progress {
  start(total: number): void;
  tick(path: string): void;
  stop(): void;
}

const COLLECTION = `query ($slug: String!) { collection(slug: $slug) { id name viewerCanEdit } }`;
const ADD = `mutation ($c: ID!, $input: AddSourceInput!) {
  addSource(collection: $c, input: $input) { id title text } }`;
const DRAFTS = `query ($text: String!, $c: ID) {
  extractDrafts(text: $text, collection: $c) { actors { match { id } } quotes { start } claims { statement } } }`;

/**
 * Adds each article file to the collection through the API (as its curator), then asks for the
 * drafts extraction proposes, which curators review on the source's page. A file that cannot be
 * added (not UTF-8, empty, already there…) is reported with the API's reason; the others go on.
 */
export async function ingest(
  gql: Gql,
  paths: string[],
  slug: string,
  progress?: Progress,
): Promise<IngestReport> {
  const { collection } = await gql<{
    collection: { id: string; name: string; viewerCanEdit: boolean };
  }>(COLLECTION, { slug });
  if (!collection.viewerCanEdit)
    throw new ApiRequestError(`You are not a curator of “${collection.name}”.`, 'FORBIDDEN');
  const { files, skipped } = articleFiles(paths);
  const results: FileResult[] = [];
  progress?.start(files.length);
  for (const path of files) {
    results.push({ path, outcome: await ingestFile(gql, collection.id, path) });
    progress?.tick(path);
  }
  progress?.stop();
  return { collection: collection.name, results, skipped };
}

async function ingestFile(
  gql: Gql,
  collectionId: string,
  path: string,
): Promise<FileResult['outcome']> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path));
  } catch {
    return { added: false, reason: 'not valid UTF-8 text (save it as UTF-8)' };
  }
  try {
    const format = FORMATS[extname(path).toLowerCase()] ?? 'TEXT';
    const { addSource } = await gql<{ addSource: { id: string; title: string; text: string } }>(
      ADD,
      {
        c: collectionId,
        input: { text, format, ...(format === 'HTML' ? {} : { title: titleOf(path, text) }) },
      },
    );
    const { extractDrafts } = await gql<{
      extractDrafts: { actors: { match: unknown }[]; quotes: unknown[]; claims: unknown[] };
    }>(DRAFTS, { text: addSource.text, c: collectionId });
    return {
      added: true,
      title: addSource.title,
      actors: extractDrafts.actors.length,
      newActors: extractDrafts.actors.filter((a) => a.match === null).length,
      quotes: extractDrafts.quotes.length,
      claims: extractDrafts.claims.length,
    };
  } catch (error) {
    if (error instanceof ApiRequestError) return { added: false, reason: error.message };
    throw error;
  }
}

/** A title for a text file: its first line when it reads like a headline, else its name. */
function titleOf(path: string, text: string): string {
  const first =
    text
      .trim()
      .split('\n')[0]
      ?.replace(/^#+\s*/, '')
      .trim() ?? '';
  return first.length > 0 && first.length <= 200 ? first : basename(path, extname(path));
}

/** The summary printed at the end: one line per file, then the totals. */
export function summary(report: IngestReport): string {
  const lines = report.results.map(({ path, outcome }) =>
    outcome.added
      ? `  added    ${path}: “${outcome.title}”, ${outcome.actors} actors (${outcome.newActors} new), ${outcome.quotes} quotes, ${outcome.claims} claims to review`
      : `  refused  ${path}: ${outcome.reason}`,
  );
  for (const s of report.skipped) lines.push(`  skipped  ${s.path}: ${s.reason}`);
  const added = report.results.filter((r) => r.outcome.added);
  const drafts = added.reduce((sum, r) => sum + (r.outcome.added ? r.outcome.claims : 0), 0);
  lines.push(
    `${added.length} of ${report.results.length} files added to “${report.collection}”; ${drafts} draft claims to review.`,
  );
  return lines.join('\n');
}
