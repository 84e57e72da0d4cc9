import { performance } from 'node:perf_hooks';
import { type KnowledgeBase, loadKnowledgeBase } from '@attest/knowledge';
import { generateQuestions } from '../src/index.ts';
import { scaleKnowledgeBase } from './scale.ts';

/**
 * Times generating every question for the corpus and for a copy 100× its size. Each run gets a
 * fresh top-level object, so building the index is part of the time, as on a first request.
 */
const SCALE = 100;
const base = loadKnowledgeBase();

function median(kb: KnowledgeBase, runs: number, warmUps: number) {
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
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)] ?? 0, min: times[0] ?? 0, questions };
}

const name = 'corpus';
const small = median(base, 21, 10);
// Built only when needed, so that their memory does not slow the smaller runs' collection.
const tenfold = median(scaleKnowledgeBase(base, 10), 7, 2);
const big = scaleKnowledgeBase(base, SCALE);
const large = median(big, 5, 1);
const perQuestion = (r: ReturnType<typeof median>) => (r.ms * 1000) / Math.max(r.questions, 1);
const row = (label: string, claims: number, r: ReturnType<typeof median>) =>
  `${label.padEnd(6)} ${String(claims).padStart(6)} claims ${String(r.questions).padStart(7)} questions ` +
  `${r.ms.toFixed(1).padStart(8)} ms median (min ${r.min.toFixed(1)}) ` +
  `${perQuestion(r).toFixed(1).padStart(6)} µs/question`;

console.log(`Generating every question of the ${name}:`);
console.log(row('1×', base.claims.length, small));
console.log(row('10×', base.claims.length * 10, tenfold));
console.log(row(`${SCALE}×`, big.claims.length, large));
console.log(
  `growth: ${(large.ms / small.ms).toFixed(1)}× the time for ${SCALE}× the data ` +
    `(${(large.ms / small.ms / SCALE).toFixed(2)} of linear); ` +
    `10× → 100×: ${(large.ms / tenfold.ms).toFixed(1)}× the time for 10× the data ` +
    `(${(large.ms / tenfold.ms / 10).toFixed(2)} of linear)`,
);
