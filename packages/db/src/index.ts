export { type ChangedRows, ChangeLog } from './change-log.ts';
export { ChangeWatch } from './change-watch.ts';
export {
  CHANGES_CHANNEL,
  type ChangeListener,
  type DatabaseChange,
  type HeardUpToNow,
  type OnChange,
  type TableChange,
} from './changes.ts';
export {
  type ClientOptions,
  type ConnectOptions,
  connect,
  type Database,
  type DatabaseKind,
} from './connect.ts';
export { createMigration } from './create-migration.ts';
export { type Db, type TransactionOptions, withTransaction } from './db.ts';
export * from './generated/prisma/client.ts';
export { DatabaseInUseError } from './lock.ts';
export { applyMigrations, MigrationError } from './migrations.ts';
export { connectFromEnv, openDatabase, resetDatabase } from './open.ts';
export { readKnowledgeBase } from './read-knowledge.ts';
export type { ReadSql } from './read-sql.ts';
export {
  type ClaimHit,
  rankSearchesInMemory,
  type SearchClaimsOptions,
  searchClaims,
  searchClaimsInSql,
  warmSearch,
} from './search.ts';
export { EXACT_TOP, hitsToRank } from './search-head.ts';
export type { SearchIndexOrigin } from './search-index.ts';
export {
  heldSearchIndex,
  type SearchFreshness,
  searchIndexesLoaded,
  searchIndexOrigin,
} from './search-memory.ts';
export { hashKnowledgeBase, type SeedResult, seedKnowledgeBase } from './seed.ts';
export { CORPUS_COLLECTION_ID, seedRows } from './seed-rows.ts';
