import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { loadKnowledgeBase, type Source } from '@attest/knowledge';
import { type Extraction, extract } from '../src/index.ts';
import { curatedId, goldActors, goldQuotes, occurrences, outsideNoise } from './gold.ts';
import { heldOut } from './held-out.ts';

/**
 * Extracts each corpus text against the knowledge base of the other four (held out) and scores
 * it against the curated knowledge base: quotes with the right speaker, actors named, links to
 * the right known actor. Then times a 1,000-word article. Prints every miss.
 */
const kb = loadKnowledgeBase();
const totals = {
  quoteHits: 0,
  quotes: 0,
  goldQuotes: 0,
  quoteFound: 0,
  actorHits: 0,
  actors: 0,
  goldActors: 0,
  goldFound: 0,
  linkHits: 0,
  links: 0,
};
const misses: string[] = [];

for (const source of kb.sources) {
  const options = heldOut(kb, source);
  const result = extract(source.text, options);
  scoreQuotes(source, result);
  scoreActors(source, result);
}

function scoreQuotes(source: Source, result: Extraction) {
  const gold = goldQuotes(kb, source);
  const occ = occurrences(kb, source);
  const byKey = new Map(result.actors.map((a) => [a.key, a]));
  const speakerOf = (key: string | null) => {
    const actor = key ? byKey.get(key) : undefined;
    return actor ? curatedId(kb, occ, actor) : null;
  };
  for (const q of result.quotes) {
    totals.quotes++;
    const g = gold.find((x) => x.start < q.end && q.start < x.end);
    const speaker = speakerOf(q.speakerKey);
    if (g && speaker === g.speakerId) totals.quoteHits++;
    else
      misses.push(
        `${source.fileName} quote ${g ? `speaker ${speaker} ≠ ${g.speakerId}` : 'not curated'}: “${q.text.slice(0, 60)}…” (${byKey.get(q.speakerKey ?? '')?.name ?? 'no speaker'})`,
      );
  }
  for (const g of gold) {
    totals.goldQuotes++;
    const found = result.quotes.find(
      (q) => g.start < q.end && q.start < g.end && speakerOf(q.speakerKey) === g.speakerId,
    );
    if (found) totals.quoteFound++;
    else misses.push(`${source.fileName} quote missed (${g.speakerId}): “${g.text.slice(0, 60)}…”`);
  }
}

function scoreActors(source: Source, result: Extraction) {
  const occ = occurrences(kb, source);
  const gold = goldActors(kb, source, occ);
  const found = new Set<string>();
  for (const actor of result.actors) {
    if (!outsideNoise(source, actor)) continue;
    const id = curatedId(kb, occ, actor);
    totals.actors++;
    if (id) {
      totals.actorHits++;
      found.add(id);
    } else
      misses.push(
        `${source.fileName} actor not curated: ${actor.name} (${actor.kind}, ${actor.confidence}) “${actor.mentions[0]?.text}”`,
      );
    if (actor.match && id) {
      totals.links++;
      if (actor.match.id === id) totals.linkHits++;
      else
        misses.push(
          `${source.fileName} link: “${actor.mentions[0]?.text}” → ${actor.match.id} (${actor.match.via}), curated ${id}`,
        );
    }
  }
  for (const id of gold) {
    totals.goldActors++;
    if (found.has(id)) totals.goldFound++;
    else misses.push(`${source.fileName} actor missed: ${id}`);
  }
}

const ratio = (a: number, b: number) => (b === 0 ? '—' : (a / b).toFixed(2));
console.log(misses.join('\n'));
console.log(
  `\nHeld-out extraction over ${kb.sources.length} texts (load average ${loadavg()[0]?.toFixed(2)}):`,
);
console.log(
  `  quotes with the right speaker   precision ${ratio(totals.quoteHits, totals.quotes)} (${totals.quoteHits}/${totals.quotes})   recall ${ratio(totals.quoteFound, totals.goldQuotes)} (${totals.quoteFound}/${totals.goldQuotes})`,
);
console.log(
  `  actors named                    precision ${ratio(totals.actorHits, totals.actors)} (${totals.actorHits}/${totals.actors})   recall ${ratio(totals.goldFound, totals.goldActors)} (${totals.goldFound}/${totals.goldActors})`,
);
console.log(
  `  links to the right known actor  ${ratio(totals.linkHits, totals.links)} (${totals.linkHits}/${totals.links})`,
);

// Timing: a 1,000-word article cut from the longest text, against all known actors.
const longest = [...kb.sources].sort((a, b) => b.text.length - a.text.length)[0] as Source;
const words = [...longest.text.matchAll(/\S+/g)];
const article = longest.text.slice(
  0,
  (words[999]?.index ?? longest.text.length) + (words[999]?.[0].length ?? 0),
);
const options = { actors: kb.actors, predicates: kb.predicates, claims: kb.claims };
for (let i = 0; i < 5; i++) extract(article, options);
const times: number[] = [];
for (let i = 0; i < 21; i++) {
  const start = performance.now();
  extract(article, options);
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
console.log(
  `  1,000-word article              median ${times[10]?.toFixed(1)} ms, min ${times[0]?.toFixed(1)} ms, max ${times[20]?.toFixed(1)} ms`,
);
