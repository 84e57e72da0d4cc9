import { extract } from '../src/index.ts';
import { loadKnowledgeBase } from '@attest/knowledge';
const kb = loadKnowledgeBase();
const r = extract(process.argv[2] ?? '', { actors: kb.actors.slice(0, 0), predicates: kb.predicates });
const name = new Map(r.actors.map((a) => [a.key, a.name]));
for (const a of r.actors) console.log('A', a.kind, a.name, a.confidence, a.match?.id, a.mentions.map((m) => `${m.text}@${m.start}`).join('|'));
for (const q of r.quotes) console.log('Q', name.get(q.speakerKey ?? ''), '<=', q.text);
for (const c of r.claims) console.log('C', c.predicateId, name.get(c.subjectKey), c.objectKey ? name.get(c.objectKey) : JSON.stringify(c.value), '|', c.evidence.text);
