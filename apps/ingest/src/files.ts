import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

/** How each kind of file is sent to addSource. */
export const FORMATS: Record<string, 'TEXT' | 'MARKDOWN' | 'HTML'> = {
  '.txt': 'TEXT',
  '.md': 'MARKDOWN',
  '.markdown': 'MARKDOWN',
  '.html': 'HTML',
  '.htm': 'HTML',
};

export interface FileList {
  files: string[];
  /** Paths given that are not articles Attest reads, with why. */
  skipped: { path: string; reason: string }[];
}

/** The article files among the paths given: files as they are, folders searched recursively. */
export function articleFiles(paths: string[]): FileList {
  const list: FileList = { files: [], skipped: [] };
  const visit = (path: string, named: boolean) => {
    let stat: ReturnType<typeof statSync>;
    try {
      stat = statSync(path);
    } catch {
      list.skipped.push({ path, reason: 'not found' });
      return;
    }
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path).sort()) {
        if (!entry.startsWith('.')) visit(join(path, entry), false);
      }
    } else if (FORMATS[extname(path).toLowerCase()]) {
      list.files.push(path);
    } else if (named) {
      list.skipped.push({ path, reason: 'not a .txt, .md or .html file' });
    }
  };
  for (const path of paths) visit(path, true);
  return list;
}
