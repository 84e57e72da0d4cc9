import { loadKnowledgeBase } from '@attest/knowledge';
import { extract } from '/work/wt-ingest/packages/ingest/src/index.ts';
import { heldOut } from '/work/wt-ingest/packages/ingest/bench/held-out.ts';
const kb = loadKnowledgeBase();
const src = kb.sources.find((s) => s.fileName.startsWith(process.argv[2] ?? '004'))!;
const r = extract(src.text, heldOut(kb, src));
const re = new RegExp(process.argv[3] ?? '.', 'i');
for (const a of r.actors) if (re.test(a.name) || a.mentions.some((m) => re.test(m.text))) console.log(a.key, a.kind, a.name, a.confidence, a.match?.id, a.match?.via, a.mentions.map((m) => m.text).join('|'));
