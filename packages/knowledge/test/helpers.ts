import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { miniKnowledgeBaseDir as miniDir } from '../src/fixtures.ts';

export { miniDir };

/** A writable copy of the mini knowledge base, with `edit` applied to one of its files. */
export function editedMini(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'attest-kb-'));
  cpSync(miniDir, dir, { recursive: true });
  writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')));
  return dir;
}
