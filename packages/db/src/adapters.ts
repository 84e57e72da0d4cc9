import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { PrismaPg } from '@prisma/adapter-pg';
import type { Pool } from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { withAtomicScripts } from './atomic-scripts.ts';

/**
 * An embedded PGlite database (in a folder, or in memory) with the extensions search uses;
 * `snapshot` starts an in-memory one from a dumpDataDir() archive.
 */
export function openPGlite(dataDir?: string, snapshot?: Blob): Promise<PGlite> {
  return PGlite.create(dataDir ?? 'memory://', {
    extensions: { pg_trgm, unaccent },
    ...(snapshot ? { loadDataDir: snapshot } : {}),
  });
}

export function pgliteAdapter(pglite: PGlite) {
  return withAtomicScripts(new PrismaPGlite(pglite), (_, script) => pglite.exec(script));
}

export function postgresAdapter(url: string) {
  return withAtomicScripts(new PrismaPg({ connectionString: url }), (adapter, script) =>
    (adapter as unknown as { underlyingDriver(): Pool }).underlyingDriver().query(script),
  );
}
