import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export class DatabaseInUseError extends Error {
  override name = 'DatabaseInUseError';
}

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * PGlite is single-process: a second process opening the same folder would corrupt it. A pid
 * file in the folder turns that into a clear error; a stale file from a crashed process is
 * taken over.
 */
export function acquireFolderLock(dir: string): () => void {
  const file = join(dir, 'attest.pid');
  let owner: number | undefined;
  try {
    owner = Number(readFileSync(file, 'utf8'));
  } catch {}
  if (owner && owner !== process.pid && isRunning(owner)) {
    throw new DatabaseInUseError(
      `The embedded database in ${dir} is in use by process ${owner} (the API owns it). ` +
        'Stop that process, or point DATABASE_URL at a PostgreSQL server to share a database.',
    );
  }
  writeFileSync(file, String(process.pid));
  return () => rmSync(file, { force: true });
}
