// `pnpm deps`, after dependency-cruiser's rules: fails when the README's diagram and the table of
// tooling/layers.cjs differ, or when the table allows an import no product code makes any more
// (the picture would then claim a dependency the house no longer has).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { MAY_IMPORT, TESTS } = createRequire(import.meta.url)('./layers.cjs');

const ARROW = /^(.+?)\s+──▶\s+(.+)$/;
const NOTHING = /^(.+?):\s+no workspace package$/;

/** `apps/api` stays as written; a bare name is a package. */
const folder = (name) => (name.includes('/') ? name : `packages/${name}`);
const names = (list) =>
  list
    .replace(/\([^)]*\)/g, '')
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean);

/** The diagram under "Dependencies point one way" in README.md: folder → the packages it imports. */
function readDiagram(readme) {
  const start = readme.search(/Dependencies point one\s+way/);
  const open = readme.indexOf('```', start);
  const close = readme.indexOf('```', open + 3);
  if (start < 0 || open < 0 || close < 0) return null;
  const drawn = new Map();
  const draw = (who, imports) => {
    for (const name of names(who)) {
      const key = folder(name);
      drawn.set(key, new Set([...(drawn.get(key) ?? []), ...imports]));
    }
  };
  for (const line of readme.slice(open + 3, close).split('\n')) {
    // Calls over HTTP are no imports.
    if (line.includes('──GraphQL over HTTP──▶')) continue;
    const arrow = ARROW.exec(line.trim());
    const nothing = NOTHING.exec(line.trim());
    if (arrow) draw(arrow[1], names(arrow[2]));
    else if (nothing) draw(nothing[1], []);
  }
  return drawn;
}

/** The workspace packages each folder's product code imports, read by dependency-cruiser. */
function readImports() {
  const bin = join(root, 'node_modules/.bin/depcruise');
  const json = execFileSync(
    bin,
    ['apps', 'packages', '--config', '.dependency-cruiser.cjs', '--output-type', 'json'],
    { cwd: root, maxBuffer: 1 << 30, encoding: 'utf8' },
  );
  const tests = new RegExp(TESTS);
  const imports = new Map();
  for (const module of JSON.parse(json).modules) {
    const from = /^(packages|apps)\/[^/]+/.exec(module.source)?.[0];
    if (!from || tests.test(module.source)) continue;
    for (const dependency of module.dependencies) {
      const to = /^(?:packages|apps)\/([^/]+)/.exec(dependency.resolved);
      if (to && !dependency.resolved.startsWith(`${from}/`)) {
        imports.set(from, new Set([...(imports.get(from) ?? []), to[1]]));
      }
    }
  }
  return imports;
}

const sorted = (set) => [...set].sort().join(', ') || 'nothing';

const problems = [];
const drawn = readDiagram(readFileSync(join(root, 'README.md'), 'utf8'));
if (!drawn) {
  console.error('README.md: no dependency diagram after "Dependencies point one way".');
  process.exit(1);
}
const made = readImports();
for (const [from, allowed] of Object.entries(MAY_IMPORT)) {
  const table = new Set(allowed);
  const picture = drawn.get(from);
  if (!picture) problems.push(`${from}: in tooling/layers.cjs but not in README.md's diagram`);
  else if (sorted(picture) !== sorted(table))
    problems.push(
      `${from}: README.md's diagram says ${sorted(picture)}, tooling/layers.cjs ${sorted(table)}`,
    );
  const unused = allowed.filter((p) => !made.get(from)?.has(p));
  if (unused.length)
    problems.push(
      `${from}: allowed to import ${unused.join(', ')} but no longer does; take it out of the diagram and tooling/layers.cjs`,
    );
}
for (const from of drawn.keys())
  if (!(from in MAY_IMPORT))
    problems.push(`${from}: in README.md's diagram but not in tooling/layers.cjs`);

if (problems.length) {
  console.error(`The dependency picture and the imports disagree:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `✔ README.md's diagram, tooling/layers.cjs and the imports agree (${made.size} folders import workspace packages).`,
);
