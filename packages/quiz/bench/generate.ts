import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { type KnowledgeBase, loadKnowledgeBase } from '@attest/knowledge';
import { scaleKnowledgeBase } from '@attest/knowledge/scale';
import { findQuestion, generateQuestions } from '../src/index.ts';
import { qualityReport } from './quality.ts';

/**
 * First a quality report on the corpus questions (quality.ts). Then times generating every question for the corpus and for copies 10× and 100× its size, two ways:
 * - first request: a fresh top-level object each run, so building the index and the questions no
 *   seed changes is part of the time (the API's first request after the knowledge base changed);
 * - later request: the same object with a new seed each run (every other request: the API keeps
 *   the base it loaded until the database changes).
 * Then checking an answer: finding a question of a seed already asked for, by id.
 */
const SCALES = [1, 10, 100] as const;
const base = loadKnowledgeBase();

interface Timing {
  ms: number;
  min: number;
  questions: number;
}

function median(times: number[], questions: number): Timing {
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)] ?? 0, min: times[0] ?? 0, questions };
}

function firstRequests(kb: KnowledgeBase, runs: number, warmUps: number): Timing {
  // Let the JIT settle first: the first runs measure compilation, not generation.
  for (let i = 0; i < warmUps; i++) generateQuestions({ ...kb }, { seed: `warm-up ${i}` });
  const times: number[] = [];
  let questions = 0;
  for (let run = 0; run < runs; run++) {
    const fresh = { ...kb };
    const start = performance.now();
    questions = generateQuestions(fresh, { seed: run }).length;
    times.push(performance.now() - start);
  }
  return median(times, questions);
}

function laterRequests(kb: KnowledgeBase, runs: number): Timing {
  const served = { ...kb };
  generateQuestions(served, { seed: 'first' });
  const times: number[] = [];
  let questions = 0;
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    questions = generateQuestions(served, { seed: `later ${run}` }).length;
    times.push(performance.now() - start);
  }
  return median(times, questions);
}

function answerChecks(kb: KnowledgeBase, checks: number): { first: number; each: number } {
  const served = { ...kb };
  const quiz = generateQuestions(served, { seed: 'checked' });
  let start = performance.now();
  findQuestion(served, quiz[0]?.id ?? '', { seed: 'checked' });
  const first = performance.now() - start;
  start = performance.now();
  for (let i = 0; i < checks; i++) {
    const q = quiz[i % quiz.length];
    if (!q || !findQuestion(served, q.id, { seed: 'checked' })) throw new Error('not found');
  }
  return { first, each: ((performance.now() - start) * 1000) / checks };
}

const perQuestion = (t: Timing) => ((t.ms * 1000) / Math.max(t.questions, 1)).toFixed(0);
const time = (t: Timing) =>
  `${t.ms.toFixed(1).padStart(7)} ms (min ${t.min.toFixed(1).padStart(6)}) ${perQuestion(t).padStart(4)} µs/q`;

console.log('Quality of the corpus questions:');
for (const line of qualityReport(base)) console.log(`  ${line}`);
console.log('');
console.log(`Generating every question (load average ${loadavg()[0]?.toFixed(2)}):`);
console.log('scale  claims questions  first request, median              later request, median');
const rows = new Map<number, { first: Timing; later: Timing }>();
for (const scale of SCALES) {
  // Built only when needed, so that their memory does not slow the smaller runs' collection.
  const kb = scale === 1 ? base : scaleKnowledgeBase(base, scale);
  const runs = scale === 1 ? 21 : scale === 10 ? 7 : 5;
  const first = firstRequests(kb, runs, scale === 1 ? 10 : 1);
  const later = laterRequests(kb, runs);
  rows.set(scale, { first, later });
  console.log(
    `${`${scale}×`.padEnd(5)} ${String(kb.claims.length).padStart(7)} ${String(first.questions).padStart(9)}  ` +
      `${time(first)}  ${time(later)}`,
  );
}

const growth = (pick: 'first' | 'later', from: number, to: number) => {
  const a = rows.get(from)?.[pick].ms ?? 0;
  const b = rows.get(to)?.[pick].ms ?? 0;
  const ratio = b / a;
  return `${ratio.toFixed(1)}× the time for ${to / from}× the data (${(ratio / (to / from)).toFixed(2)} of linear)`;
};
for (const pick of ['first', 'later'] as const) {
  console.log(
    `growth, ${pick} request: 1× → 100×: ${growth(pick, 1, 100)}; 10× → 100×: ${growth(pick, 10, 100)}`,
  );
}

const checks = answerChecks(base, 10_000);
console.log(
  `checking an answer on the corpus (findQuestion): first for a seed ${checks.first.toFixed(1)} ms, ` +
    `then ${checks.each.toFixed(1)} µs each`,
);
