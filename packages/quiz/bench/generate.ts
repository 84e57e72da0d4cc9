import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { type Claim, type KnowledgeBase, loadKnowledgeBase } from '@attest/knowledge';
import { scaleKnowledgeBase } from '@attest/knowledge/scale';
import { deriveQuiz, findQuestion, generateQuestions } from '../src/index.ts';
import { qualityReport } from './quality.ts';

/**
 * First a quality report on the corpus questions (quality.ts). Then, for the corpus and copies
 * 10× and 100× its size:
 * - first request: a fresh top-level object, so building the index and the question bank (every
 *   question, once, with no seed in it) is part of the time: the API's first request after the
 *   knowledge base changed;
 * - later request: the same object with a new seed each run (a quiz of 20, as the API asks by
 *   default), and the whole list (no count) for comparison;
 * - checking an answer: findQuestion rebuilds the one question asked about;
 * - memory: heap held by the base, its index and bank.
 * At 100× also a small change: one claim added (a new base object), derived with `deriveQuiz`,
 * then a quiz about it and the next quiz; and a reload that changed no row.
 * Wall times swing with the machine's load; CPU times (process.cpuUsage) much less.
 */
const SCALES = [1, 10, 100] as const;
const QUIZ = 20;
const base = loadKnowledgeBase();

interface Timing {
  ms: number;
  cpu: number;
  questions: number;
}

function timed(run: () => number): Timing {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const questions = run();
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { ms, cpu: (used.user + used.system) / 1000, questions };
}

function median(timings: Timing[]): Timing {
  const mid = <K extends keyof Timing>(key: K) =>
    timings.map((t) => t[key]).sort((a, b) => a - b)[Math.floor(timings.length / 2)] ?? 0;
  return { ms: mid('ms'), cpu: mid('cpu'), questions: mid('questions') };
}

function firstRequests(kb: KnowledgeBase, runs: number): Timing {
  const timings: Timing[] = [];
  for (let run = 0; run < runs; run++) {
    const fresh = { ...kb };
    timings.push(timed(() => generateQuestions(fresh, { seed: run, count: QUIZ }).length));
  }
  return median(timings);
}

function laterRequests(kb: KnowledgeBase, runs: number, count?: number): Timing {
  const timings: Timing[] = [];
  for (let run = 0; run < runs; run++) {
    const options = { seed: `later ${run}`, ...(count === undefined ? {} : { count }) };
    timings.push(timed(() => generateQuestions(kb, options).length));
  }
  return median(timings);
}

function answerChecks(kb: KnowledgeBase, checks: number): Timing {
  const quiz = generateQuestions(kb, { seed: 'checked', count: QUIZ });
  return timed(() => {
    for (let i = 0; i < checks; i++) {
      const q = quiz[i % quiz.length];
      if (!q || !findQuestion(kb, q.id, { seed: 'checked' })) throw new Error('not found');
    }
    return checks;
  });
}

/** A new claim: a copy of an on-topic claim about the same subject, with a new id and statement. */
function withOneClaimMore(kb: KnowledgeBase): { kb: KnowledgeBase; claim: Claim } {
  const model = kb.claims.find((c) => !c.offTopic && !c.background && c.objectId !== null);
  if (!model) throw new Error('The base has no claim to copy.');
  const claim: Claim = {
    ...model,
    id: `${model.id}~added`,
    statement: `${model.statement} (again)`,
  };
  return { kb: { ...kb, claims: [...kb.claims, claim] }, claim };
}

const heapMb = () => {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 1e6;
};

const ms = (t: Timing) => `${t.ms.toFixed(1).padStart(7)} ms ${t.cpu.toFixed(0).padStart(5)} cpu`;

console.log('Quality of the corpus questions:');
for (const line of qualityReport(base)) console.log(`  ${line}`);
console.log('');
console.log(
  `generateQuestions (load average ${loadavg()[0]?.toFixed(2)}; medians; "cpu" is process CPU ms):`,
);
console.log(
  'scale  claims  questions  first quiz of 20 (index+bank)   later quiz of 20         later, every question    check an answer  heap MB',
);
// Warm the JIT on the corpus first: the first runs measure compilation, not generation.
for (let i = 0; i < 5; i++) generateQuestions({ ...base }, { seed: `warm-up ${i}`, count: QUIZ });
const rows = new Map<number, { first: Timing; later: Timing }>();
let large: KnowledgeBase | null = null;
for (const scale of SCALES) {
  const before = heapMb();
  // Built only when needed, so that their memory does not slow the smaller runs' collection.
  const kb = scale === 1 ? base : scaleKnowledgeBase(base, scale);
  const runs = scale === 1 ? 11 : scale === 10 ? 5 : 3;
  const first = firstRequests(kb, runs);
  const served = { ...kb };
  generateQuestions(served, { seed: 'first', count: QUIZ });
  const later = laterRequests(served, scale === 100 ? 31 : 101, QUIZ);
  const every = laterRequests(served, scale === 100 ? 3 : 5);
  const checks = answerChecks(served, 200);
  const heap = heapMb() - before;
  rows.set(scale, { first, later });
  console.log(
    `${`${scale}×`.padEnd(5)} ${String(kb.claims.length).padStart(7)} ${String(every.questions).padStart(9)}  ` +
      `${ms(first)}            ${ms(later)}   ${ms(every)}   ${((checks.ms * 1000) / 200).toFixed(0).padStart(5)} µs each  ${heap.toFixed(0).padStart(6)}`,
  );
  if (scale === 100) large = served;
}

const growth = (pick: 'first' | 'later', from: number, to: number) => {
  const a = rows.get(from)?.[pick].cpu ?? 0;
  const b = rows.get(to)?.[pick].cpu ?? 0;
  return `${(b / a).toFixed(1)}× the CPU for ${to / from}× the data`;
};
for (const pick of ['first', 'later'] as const) {
  console.log(
    `growth, ${pick} request: 1× → 100×: ${growth(pick, 1, 100)}; 10× → 100×: ${growth(pick, 10, 100)}`,
  );
}

if (large) {
  const { kb: changed, claim } = withOneClaimMore(large);
  let verdict = '';
  const derived = timed(() => {
    const d = deriveQuiz(large as KnowledgeBase, changed);
    verdict = d.reused
      ? 'reused'
      : d.spliced
        ? `spliced: ${d.reached} claims reached`
        : `full rebuild: ${d.fullRebuild}`;
    return 0;
  });
  const quizzable = timed(
    () => generateQuestions(changed, { seed: 'change', count: QUIZ, claimIds: [claim.id] }).length,
  );
  const next = timed(() => generateQuestions(changed, { seed: 'after', count: QUIZ }).length);
  console.log(
    `one claim added at 100× (a new base object): deriveQuiz ${ms(derived)} (${verdict}); ` +
      `a quiz about it ${ms(quizzable)} (${quizzable.questions} questions); the next quiz ` +
      `${ms(next)} (pnpm bench:change compares this with a full rebuild)`,
  );
  // A reload that changed no row: every row a new object, equal to the served one.
  const reloaded = structuredClone(large);
  let reused = false;
  const same = timed(() => {
    reused = deriveQuiz(large as KnowledgeBase, reloaded).reused;
    return 0;
  });
  const afterReload = timed(
    () => generateQuestions(reloaded, { seed: 'reloaded', count: QUIZ }).length,
  );
  console.log(
    `a reload with no row changed at 100×: deriveQuiz ${ms(same)} (${reused ? 'index and bank reused' : 'not reused'}); ` +
      `the next quiz ${ms(afterReload)}`,
  );
}
