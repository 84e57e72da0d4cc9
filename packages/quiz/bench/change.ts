import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { type Claim, type KnowledgeBase, loadKnowledgeBase } from '@attest/knowledge';
import { scaleKnowledgeBase } from '@attest/knowledge/scale';
import { deriveQuiz, generateQuestions } from '../src/index.ts';
import { articleIn, withArticle } from '../test/support/article.ts';

/**
 * `pnpm bench:change`: at 100× the corpus, the time from a change to the first
 * unfiltered quiz of 20 and to a quiz about the new claim, made in full (the new version banked
 * from nothing, as before incremental derivation) and derived from the previous version
 * (`deriveQuiz`: index made again, banks spliced), one after the other in one run. Each change is
 * a claim added, modelled on an on-topic claim with an actor object, said of:
 * - a little-known person of the last copy (mentioned on-topic once or more, least of all);
 * - the most prominent actor of the first copy (first in its kind's ranking already);
 * - the same actor's copy in the last copy (tied with the first, last by id: the claim moves it
 *   to the top of the ranking every pool reads);
 * and an article brought in (test/support/article.ts): a copy of a source of the last copy, a new
 * person and a new organization, and three of the source's claims about a person said of the new
 * one, evidenced in the new source, each row put where a read by id would put it; and the same
 * article with the claims' objects new actors too, its rows among the others' or at the end.
 * Derived twice: sharing the unchanged rows' objects, and 'read back' as the API derives it, with
 * every row a new object.
 */
const SCALE = Number(process.env.BENCH_SCALE ?? 100);
/**
 * `BENCH_CHANGES=1` times only the first change, `BENCH_ONLY=article` only those whose description
 * has the word; `BENCH_WAYS=derived` skips the full rebuilds.
 */
const CHANGES = Number(process.env.BENCH_CHANGES ?? 6);
const WAYS = (process.env.BENCH_WAYS ?? 'in full,derived,read back').split(',');
const QUIZ = 20;

const timed = <T>(run: () => T): { value: T; ms: number; cpu: number } => {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = run();
  const used = process.cpuUsage(cpu);
  return { value, ms: performance.now() - start, cpu: (used.user + used.system) / 1000 };
};
const ms = (t: { ms: number; cpu: number }) =>
  `${t.cpu.toFixed(0).padStart(5)} cpu (${t.ms.toFixed(0)} wall)`;

function claimAbout(kb: KnowledgeBase, subjectId: string, copy: string): Claim {
  const relations = new Set(kb.predicates.filter((p) => p.relation).map((p) => p.id));
  const kind = kb.actors.find((a) => a.id === subjectId)?.kind;
  const kinds = new Map(kb.actors.map((a) => [a.id, a.kind]));
  const model = kb.claims.find(
    (c) =>
      c.id.endsWith(copy) &&
      kinds.get(c.subjectId) === kind &&
      c.objectId !== null &&
      c.objectId !== subjectId &&
      c.value === null &&
      !relations.has(c.predicateId) &&
      !c.offTopic &&
      !c.background,
  );
  if (!model) throw new Error(`No claim to model one about ${subjectId} on.`);
  return { ...structuredClone(model), id: `added-about-${subjectId}`, subjectId };
}

function mentionsIn(kb: KnowledgeBase, copy: string): Map<string, number> {
  const mentions = new Map<string, number>();
  for (const c of kb.claims) {
    if (c.offTopic || !c.id.endsWith(copy)) continue;
    for (const id of [c.subjectId, c.objectId]) {
      if (id !== null) mentions.set(id, (mentions.get(id) ?? 0) + 1);
    }
  }
  return mentions;
}

const base = loadKnowledgeBase();
const kb = scaleKnowledgeBase(base, SCALE);
const lastCopy = `~${SCALE - 1}`;
const kinds = new Map(kb.actors.map((a) => [a.id, a.kind]));
const last = mentionsIn(kb, lastCopy);
const little = [...last.keys()]
  .filter((id) => kinds.get(id) === 'PERSON')
  .sort((a, b) => (last.get(a) ?? 0) - (last.get(b) ?? 0))[0];
const first = mentionsIn({ ...kb, claims: base.claims }, '');
const top = [...first.keys()].sort((a, b) => (first.get(b) ?? 0) - (first.get(a) ?? 0))[0];
if (!little || !top) throw new Error('No actors to add claims about.');
/** A change: what it is said of, the new version made of the previous, the claims it adds. */
type Change = [string, (previous: KnowledgeBase) => KnowledgeBase, Claim[]];
const claimAdded = (about: string, claim: Claim): Change => [
  about,
  (previous) => ({ ...previous, claims: [...previous.claims, claim] }),
  [claim],
];
const article = articleIn(kb, lastCopy);
const aboutNew = articleIn(kb, lastCopy, 3, true);
if (!article || !aboutNew) throw new Error('No source to model an article on.');
const changes: Change[] = [
  claimAdded(`a little-known person (${little})`, claimAbout(kb, little, lastCopy)),
  claimAdded(
    `the most prominent actor (${top})`,
    claimAbout({ ...kb, claims: base.claims }, top, ''),
  ),
  claimAdded(`its copy ${top}${lastCopy}`, claimAbout(kb, `${top}${lastCopy}`, lastCopy)),
  // An article brought in (a user's own): a source, a new person and a new organization, and
  // claims about the person evidenced in the source, each row where a read by id puts it.
  [
    `an article brought in (a source, ${article.actors.length} actors, ${article.claims.length} claims)`,
    (previous) => withArticle(previous, article),
    article.claims,
  ],
  // The same article naming only things the base did not know: its claims' objects new too.
  [
    `an article about new actors only (a source, ${aboutNew.actors.length} actors, ${aboutNew.claims.length} claims)`,
    (previous) => withArticle(previous, aboutNew),
    aboutNew.claims,
  ],
  // As in a collection whose ids the database made (cuids sort by time): every row at the end.
  [
    `the article about new actors only, rows at the end`,
    (previous) => withArticle(previous, aboutNew, true),
    aboutNew.claims,
  ],
];

console.log(
  `Changes at ${SCALE}× (${kb.claims.length} claims; load average ${loadavg()[0]?.toFixed(2)}; process CPU ms, wall ms):`,
);
// Warm the JIT on the corpus first: quizzes, and a derivation (else the first change timed pays
// for compiling the derivation's code, ~0.2-0.4 s CPU, and the later ones do not).
for (let i = 0; i < 3; i++) generateQuestions({ ...base }, { seed: `warm-up ${i}`, count: QUIZ });
for (let i = 0; i < 2; i++) {
  const served = { ...base };
  generateQuestions(served, { seed: 'warm-up', count: QUIZ });
  const added = { ...claimAbout(base, top, ''), id: `warm-up-${i}` };
  const warm = { ...served, claims: [...served.claims, added] };
  deriveQuiz(served, warm);
  generateQuestions(warm, { seed: 'warm-up', count: QUIZ });
}

const chosen = process.env.BENCH_ONLY
  ? changes.filter(([about]) => about.includes(process.env.BENCH_ONLY ?? ''))
  : changes.slice(0, CHANGES);
for (const [about, change, claims] of chosen) {
  for (const way of ['in full', 'derived', 'read back'] as const) {
    if (!WAYS.includes(way)) continue;
    const previous = { ...kb };
    generateQuestions(previous, { seed: 'served', count: QUIZ });
    const changed = change(previous);
    // 'read back': derived as the API does, every row of the new version a new object (read
    // from the database), so deriveQuiz compares each row's content.
    const next = way === 'read back' ? structuredClone(changed) : changed;
    const derived = timed(() => (way === 'in full' ? null : deriveQuiz(previous, next)));
    const quiz = timed(() => generateQuestions(next, { seed: 'next', count: QUIZ }).length);
    const aboutIt = timed(
      () =>
        generateQuestions(next, { seed: 'about', count: QUIZ, claimIds: claims.map((c) => c.id) })
          .length,
    );
    const d = derived.value;
    const how = d
      ? d.spliced
        ? `spliced, ${d.reached} claims reached${d.extended ? ', index extended' : ''}`
        : `full rebuild: ${d.fullRebuild}`
      : 'bank made from nothing';
    const total = { ms: derived.ms + quiz.ms, cpu: derived.cpu + quiz.cpu };
    console.log(
      `  ${about}, ${way}: deriveQuiz ${ms(derived)}, first quiz of 20 ${ms(quiz)} → ${ms(total)}; ` +
        `then a quiz about the claims ${ms(aboutIt)} (${aboutIt.value} questions) [${how}]`,
    );
  }
}

// The in-full quiz about the claim before any unfiltered one (the narrow path: index made again,
// generators asked directly), as the bench measured it before.
const [claim] = (changes[0] as Change)[2] as [Claim];
const previous = { ...kb };
generateQuestions(previous, { seed: 'served', count: QUIZ });
const next = { ...previous, claims: [...previous.claims, claim] };
const direct = timed(
  () => generateQuestions(next, { seed: 'about', count: QUIZ, claimIds: [claim.id] }).length,
);
console.log(
  `  a quiz about the little-known person's claim first, in full (no bank yet): ${ms(direct)}`,
);
