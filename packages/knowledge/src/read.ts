import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { z } from 'zod';
import { actorFile, claimFile, disputeFile, predicateFile, sourceFile } from './files.ts';
import { KnowledgeBaseError } from './problems.ts';

/** The curated knowledge base that ships with Attest. */
export const defaultDataDir = fileURLToPath(new URL('../../../prisma/data/', import.meta.url));

export interface KnowledgeFiles {
  sources: z.infer<typeof sourceFile>;
  predicates: z.infer<typeof predicateFile>;
  actors: z.infer<typeof actorFile>;
  claims: z.infer<typeof claimFile>;
  disputes: z.infer<typeof disputeFile>;
  /** Source texts by file name, decoded as UTF-8. */
  texts: Map<string, string>;
}

/** Reads and shape-checks every file of a knowledge base folder. */
export function readKnowledgeFiles(dir: string = defaultDataDir): KnowledgeFiles {
  const claimFiles = readdirSync(join(dir, 'claims'))
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => join('claims', f));
  return parseKnowledgeFiles((file) => readFileSync(join(dir, file), 'utf8'), claimFiles);
}

/**
 * Shape-checks a knowledge base given as files in memory (an upload, an export), by path
 * relative to its folder: `sources.yaml`, `claims/*.yaml`, `corpus/<file>` and the rest.
 */
export function knowledgeFilesFromMap(files: ReadonlyMap<string, string>): KnowledgeFiles {
  const claimFiles = [...files.keys()].filter((path) => /^claims\/[^/]+\.yaml$/.test(path)).sort();
  return parseKnowledgeFiles((path) => {
    const text = files.get(path);
    if (text === undefined) throw new Error(`there is no file ${path}`);
    return text;
  }, claimFiles);
}

function parseKnowledgeFiles(readText: (path: string) => string, claimFiles: string[]) {
  const problems: string[] = [];
  const read = <S extends z.ZodType>(file: string, schema: S): z.infer<S> => {
    let raw: unknown;
    try {
      raw = parse(readText(file)) ?? [];
    } catch (error) {
      problems.push(`${file}: ${(error as Error).message.split('\n')[0]}`);
      return [] as z.infer<S>;
    }
    const parsed = schema.safeParse(raw);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) {
      problems.push(`${file}: ${describePath(raw, issue.path)}: ${issue.message}`);
    }
    return [] as z.infer<S>;
  };

  const files: KnowledgeFiles = {
    sources: read('sources.yaml', sourceFile),
    predicates: read('predicates.yaml', predicateFile),
    actors: read('actors.yaml', actorFile),
    claims: claimFiles.flatMap((f) => read(f, claimFile)),
    disputes: read('disputes.yaml', disputeFile),
    texts: new Map(),
  };
  for (const source of files.sources) {
    try {
      files.texts.set(source.file, readText(join('corpus', source.file)));
    } catch {
      problems.push(`source "${source.id}": file corpus/${source.file} cannot be read`);
    }
  }
  if (problems.length > 0) throw new KnowledgeBaseError(problems);
  return files;
}

/** "[3].evidence[0].quote" with the entry's id, so a person can find it: "claim x › evidence[0].quote". */
function describePath(raw: unknown, path: PropertyKey[]): string {
  const [index, ...rest] = path;
  const entry = Array.isArray(raw) && typeof index === 'number' ? raw[index] : undefined;
  const id =
    entry && typeof entry === 'object' && 'id' in entry
      ? `"${String(entry.id)}"`
      : `#${String(index)}`;
  const tail = rest.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
  return `entry ${id}${tail ? ` ${tail.replace(/^\./, '')}` : ''}`;
}
