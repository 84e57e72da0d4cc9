import { buildKnowledgeBase } from './build.ts';
import { defaultDataDir, readKnowledgeFiles } from './read.ts';
import type { KnowledgeBase } from './types.ts';

export { buildKnowledgeBase } from './build.ts';
export { fromDate, parsePartialDate, toDate } from './dates.ts';
export { ACTOR_KINDS, ALIAS_KINDS } from './files.ts';
export { normalizeName } from './normalize.ts';
export { KnowledgeBaseError } from './problems.ts';
export {
  CONTEXT_LENGTH,
  findCodePoint,
  locateQuote,
  QuoteNotFoundError,
  sliceCodePoints,
} from './quote.ts';
export {
  defaultDataDir,
  type KnowledgeFiles,
  knowledgeFilesFromMap,
  readKnowledgeFiles,
} from './read.ts';
export { renameIds } from './rename-ids.ts';
export type * from './types.ts';
export { type KnowledgeFile, knowledgeFilesOf } from './write.ts';

/** Reads, verifies and resolves a knowledge base folder (by default the curated one). */
export function loadKnowledgeBase(dir: string = defaultDataDir): KnowledgeBase {
  return buildKnowledgeBase(readKnowledgeFiles(dir));
}
