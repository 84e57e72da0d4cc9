import { readFileSync } from 'node:fs';
import { loadKnowledgeBase } from '@attest/knowledge';
import { extract } from '../src/index.ts';

/**
 * Prints what extraction finds in a file against the curated knowledge base:
 * `pnpm --filter @attest/ingest exec tsx bench/try.ts article.txt`.
 */
const file = process.argv[2];
if (!file) throw new Error('Give a text file: tsx bench/try.ts article.txt');
const kb = loadKnowledgeBase();
const r = extract(readFileSync(file, 'utf8'), {
  actors: kb.actors,
  predicates: kb.predicates,
  claims: kb.claims,
});
const name = new Map(r.actors.map((a) => [a.key, a.name]));
for (const a of r.actors)
  console.log(
    `actor  ${a.kind} ${a.name} (${a.confidence}) ${a.match ? `= ${a.match.id} by ${a.match.via}` : 'new'}: ${a.mentions.map((m) => m.text).join(' | ')}`,
  );
for (const q of r.quotes)
  console.log(`quote  ${name.get(q.speakerKey ?? '') ?? '(no speaker)'}: “${q.text}”`);
for (const c of r.claims) console.log(`claim  ${c.statement}  ← “${c.evidence.text}”`);
for (const s of r.suggestions)
  console.log(`suggest ${s.kind} ${s.aspect ?? ''} ${s.claimKey} ~ ${s.knownClaimId}`);
