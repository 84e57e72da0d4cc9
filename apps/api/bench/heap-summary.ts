import { readFileSync } from 'node:fs';

// Summarises a V8 .heapsnapshot (as bench/server.ts writes with ATTEST_BENCH_HEAP_SNAPSHOTS):
// self size by constructor, and the objects that retain the most (dominator tree), each with the
// chain of its dominators up to a GC root, so that "what holds the memory" reads as names.
// Usage: npx tsx bench/heap-summary.ts file.heapsnapshot [how many, default 25]
// Not part of `pnpm bench`.

interface Meta {
  node_fields: string[];
  node_types: [string[], ...unknown[]];
  edge_fields: string[];
  edge_types: [string[], ...unknown[]];
}

const file = process.argv[2];
if (!file)
  throw new Error('Name a .heapsnapshot file: npx tsx bench/heap-summary.ts x.heapsnapshot');
const top = Number(process.argv[3] ?? '25');

// Snapshots of a large heap are longer than a JavaScript string may be: the number arrays are
// read from the bytes, and only the metadata and the strings are parsed as JSON.
const bytes = readFileSync(file);
const sectionStart = (key: string) => {
  const at = bytes.indexOf(`"${key}":`);
  if (at < 0) throw new Error(`${file} is not a heap snapshot (no "${key}").`);
  return at + key.length + 3;
};
function numbers(key: string): Uint32Array {
  let out = new Uint32Array(1 << 20);
  let n = 0;
  let value = 0;
  let inNumber = false;
  for (let i = sectionStart(key) + 1; i < bytes.length; i++) {
    const c = bytes[i] ?? 0;
    if (c >= 48 && c <= 57) {
      value = value * 10 + (c - 48);
      inNumber = true;
      continue;
    }
    if (inNumber) {
      if (n === out.length) {
        const grown = new Uint32Array(out.length * 2);
        grown.set(out);
        out = grown;
      }
      out[n++] = value;
      value = 0;
      inNumber = false;
    }
    if (c === 93) break; // ]
  }
  return out.subarray(0, n);
}
const metaStart = sectionStart('meta');
const meta = JSON.parse(
  bytes.subarray(metaStart, bytes.indexOf('},"node_count"', metaStart) + 1).toString('utf8'),
) as Meta;
const nodes = numbers('nodes');
const edges = numbers('edges');
const strings = JSON.parse(
  bytes.subarray(sectionStart('strings'), bytes.lastIndexOf(']') + 1).toString('utf8'),
) as string[];
const NF = meta.node_fields.length;
const EF = meta.edge_fields.length;
const nType = meta.node_fields.indexOf('type');
const nName = meta.node_fields.indexOf('name');
const nSelf = meta.node_fields.indexOf('self_size');
const nEdges = meta.node_fields.indexOf('edge_count');
const eType = meta.edge_fields.indexOf('type');
const eName = meta.edge_fields.indexOf('name_or_index');
const eTo = meta.edge_fields.indexOf('to_node');
const nodeTypes = meta.node_types[0];
const edgeTypes = meta.edge_types[0];
const weak = edgeTypes.indexOf('weak');
const shortcut = edgeTypes.indexOf('shortcut');
const count = nodes.length / NF;

const firstEdge = new Uint32Array(count + 1);
for (let i = 0, e = 0; i < count; i++) {
  firstEdge[i] = e;
  e += (nodes[i * NF + nEdges] ?? 0) * EF;
  firstEdge[i + 1] = e;
}
const self = (i: number) => nodes[i * NF + nSelf] ?? 0;
const typeOf = (i: number) => nodeTypes[nodes[i * NF + nType] ?? 0] ?? '?';
const nameOf = (i: number) => strings[nodes[i * NF + nName] ?? 0] ?? '?';
const label = (i: number) => {
  const t = typeOf(i);
  return t === 'object' || t === 'native' || t === 'closure' ? nameOf(i) : `(${t})`;
};
const strong = (e: number) => edges[e + eType] !== weak && edges[e + eType] !== shortcut;

// Post-order from the root (node 0) along strong edges, iteratively.
const order = new Int32Array(count).fill(-1);
const post: number[] = [];
{
  const stack: number[] = [0];
  const next = new Uint32Array(count);
  const seen = new Uint8Array(count);
  seen[0] = 1;
  for (let i = 0; i < count; i++) next[i] = firstEdge[i] ?? 0;
  while (stack.length > 0) {
    const v = stack[stack.length - 1] ?? 0;
    let pushed = false;
    while ((next[v] ?? 0) < (firstEdge[v + 1] ?? 0)) {
      const e = next[v] ?? 0;
      next[v] = e + EF;
      if (!strong(e)) continue;
      const w = (edges[e + eTo] ?? 0) / NF;
      if (seen[w]) continue;
      seen[w] = 1;
      stack.push(w);
      pushed = true;
      break;
    }
    if (!pushed) {
      order[v] = post.length;
      post.push(v);
      stack.pop();
    }
  }
}

// Predecessors (strong edges between reachable nodes), for Cooper, Harvey and Kennedy's
// iterative dominators.
const predCount = new Uint32Array(count + 1);
for (let v = 0; v < count; v++)
  if ((order[v] ?? -1) >= 0)
    for (let e = firstEdge[v] ?? 0; e < (firstEdge[v + 1] ?? 0); e += EF)
      if (strong(e)) {
        const at = (edges[e + eTo] ?? 0) / NF + 1;
        predCount[at] = (predCount[at] ?? 0) + 1;
      }
for (let i = 0; i < count; i++) predCount[i + 1] = (predCount[i + 1] ?? 0) + (predCount[i] ?? 0);
const preds = new Uint32Array(predCount[count] ?? 0);
{
  const fill = predCount.slice();
  for (let v = 0; v < count; v++)
    if ((order[v] ?? -1) >= 0)
      for (let e = firstEdge[v] ?? 0; e < (firstEdge[v + 1] ?? 0); e += EF)
        if (strong(e)) {
          const w = (edges[e + eTo] ?? 0) / NF;
          preds[fill[w] ?? 0] = v;
          fill[w] = (fill[w] ?? 0) + 1;
        }
}
const idom = new Int32Array(count).fill(-1);
idom[0] = 0;
const intersect = (a: number, b: number) => {
  let x = a;
  let y = b;
  while (x !== y) {
    while ((order[x] ?? 0) < (order[y] ?? 0)) x = idom[x] ?? 0;
    while ((order[y] ?? 0) < (order[x] ?? 0)) y = idom[y] ?? 0;
  }
  return x;
};
for (let changed = true; changed; ) {
  changed = false;
  for (let k = post.length - 2; k >= 0; k--) {
    const v = post[k] ?? 0;
    let d = -1;
    for (let p = predCount[v] ?? 0; p < (predCount[v + 1] ?? 0); p++) {
      const u = preds[p] ?? 0;
      if ((idom[u] ?? -1) < 0) continue;
      d = d < 0 ? u : intersect(u, d);
    }
    if (d >= 0 && idom[v] !== d) {
      idom[v] = d;
      changed = true;
    }
  }
}
const retained = new Float64Array(count);
for (const v of post) {
  retained[v] = (retained[v] ?? 0) + self(v);
  if (v !== 0) retained[idom[v] ?? 0] = (retained[idom[v] ?? 0] ?? 0) + (retained[v] ?? 0);
}

const mb = (n: number) => `${(n / 2 ** 20).toFixed(1)} MB`;
let total = 0;
const byConstructor = new Map<string, { size: number; n: number }>();
for (const v of post) {
  total += self(v);
  const key = label(v);
  const entry = byConstructor.get(key) ?? { size: 0, n: 0 };
  entry.size += self(v);
  entry.n++;
  byConstructor.set(key, entry);
}
console.log(`${file}: ${count} nodes, ${mb(total)} reachable`);
console.log('\nSelf size by constructor:');
for (const [key, { size, n }] of [...byConstructor]
  .sort((a, b) => b[1].size - a[1].size)
  .slice(0, top))
  console.log(`  ${mb(size).padStart(10)}  ${String(n).padStart(8)}  ${key}`);

// The name of the edge from a node's dominator (or any retainer) to it, for the chains.
const edgeName = (from: number, to: number) => {
  for (let e = firstEdge[from] ?? 0; e < (firstEdge[from + 1] ?? 0); e += EF)
    if ((edges[e + eTo] ?? 0) / NF === to) {
      const kind = edgeTypes[edges[e + eType] ?? 0];
      const n = edges[e + eName] ?? 0;
      return kind === 'element' || kind === 'hidden' ? `[${n}]` : (strings[n] ?? '?');
    }
  return '…';
};
// The shortest path from the root along strong edges (breadth first), as names: the dominator
// of most big objects is a synthetic root, which names nothing.
const parent = new Int32Array(count).fill(-1);
{
  parent[0] = 0;
  let queue = [0];
  while (queue.length > 0) {
    const next: number[] = [];
    for (const v of queue)
      for (let e = firstEdge[v] ?? 0; e < (firstEdge[v + 1] ?? 0); e += EF) {
        if (!strong(e)) continue;
        const w = (edges[e + eTo] ?? 0) / NF;
        if ((parent[w] ?? -1) >= 0) continue;
        parent[w] = v;
        next.push(w);
      }
    queue = next;
  }
}
const chain = (v: number) => {
  const parts: string[] = [];
  for (let x = v, depth = 0; x !== 0 && depth < 12; depth++) {
    const p = parent[x] ?? 0;
    if (p === 0 || typeOf(p) === 'synthetic') {
      parts.push(`(${nameOf(p) || 'root'})`);
      break;
    }
    parts.push(`${label(p)}.${edgeName(p, x)}`);
    x = p;
  }
  return parts.reverse().join(' → ');
};
console.log('\nLargest retainers (objects retaining ≥ 1 MB, not inside a larger one listed):');
const big = post
  .filter((v) => v !== 0 && (retained[v] ?? 0) >= 2 ** 20 && typeOf(v) !== 'synthetic')
  .sort((a, b) => (retained[b] ?? 0) - (retained[a] ?? 0));
const listed = new Set<number>();
let shown = 0;
for (const v of big) {
  if (shown >= top) break;
  // Skip an object whose dominator chain holds a listed one that retains nearly all of it.
  let inside = false;
  for (let x = idom[v] ?? 0, depth = 0; x !== 0 && depth < 40; x = idom[x] ?? 0, depth++)
    if (listed.has(x) && (retained[v] ?? 0) > 0.8 * (retained[x] ?? 0)) inside = true;
  listed.add(v);
  if (inside) continue;
  shown++;
  console.log(`  ${mb(retained[v] ?? 0).padStart(10)}  ${label(v)}  ← ${chain(v)}`);
}

// Inside the largest retainers: what their memory is made of, by the field that holds it
// (the holder's constructor and the edge's name), self sizes summed over everything they retain.
const children = new Map<number, number[]>();
for (const v of post)
  if (v !== 0) {
    const d = idom[v] ?? 0;
    const list = children.get(d);
    if (list) list.push(v);
    else children.set(d, [v]);
  }
/** The nearest named property of an object on the path to `v` (an array's cells, a Set's table…). */
const fieldOf = (v: number) => {
  const tail: string[] = [];
  for (let x = v, depth = 0; x !== 0 && depth < 8; depth++) {
    const p = parent[x] ?? 0;
    const name = edgeName(p, x);
    if (
      typeOf(p) === 'object' &&
      !name.startsWith('[') &&
      !/^\d+$/.test(name) &&
      !/^(Set|Map|Array|ArrayBuffer|\w+Array)$/.test(label(p))
    )
      return `${label(p)}.${name}${tail.length ? ` → ${tail.reverse().join(' → ')}` : ''}`;
    if (tail.length < 2) tail.push(label(x));
    x = p;
  }
  return `(${label(v)})`;
};
for (const root of big.slice(0, Number(process.env.HEAP_INSIDE ?? '3'))) {
  const byField = new Map<string, number>();
  const stack = [root];
  while (stack.length > 0) {
    const v = stack.pop() ?? 0;
    const key = fieldOf(v);
    byField.set(key, (byField.get(key) ?? 0) + self(v));
    for (const c of children.get(v) ?? []) stack.push(c);
  }
  console.log(`\nInside ${label(root)} (${mb(retained[root] ?? 0)}), by field:`);
  for (const [key, size] of [...byField].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`  ${mb(size).padStart(10)}  ${key}`);
}
