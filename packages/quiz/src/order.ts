import { createRng, shuffle } from './random.ts';
import { QUESTION_TYPES, type Question, type QuestionOrder, type QuestionType } from './types.ts';

/**
 * "mixed": a seeded shuffle dealt out one type at a time, holding back a question whose claims
 * an earlier question already used until every claim has had a turn, so that a short quiz is
 * varied; true/false questions lean at most two either way at any point (`dealEvenly`).
 * Questions already `seen` come after every unseen one of their type. "difficulty": the same, then easiest first.
 */
export function orderQuestions(
  questions: readonly Question[],
  seed: string,
  order: QuestionOrder,
  seen: ReadonlySet<string> = new Set(),
): Question[] {
  const dealt = [...dealQuestions(questions, seed, seen)];
  if (order === 'difficulty') {
    return dealt
      .map((q, i) => ({ q, i }))
      .sort((a, b) => a.q.difficulty.score - b.q.difficulty.score || a.i - b.i)
      .map(({ q }) => q);
  }
  return dealt;
}

const keyedTrue = (q: Question): boolean => q.answer === 'True';

/**
 * The "mixed" order, dealt lazily: a quiz of 20 reads only as far into a large bank as its 20
 * need. Only the seeded shuffle and the split into types touch every question.
 */
export function* dealQuestions(
  questions: readonly Question[],
  seed: string,
  seen: ReadonlySet<string> = new Set(),
): Generator<Question> {
  let trueCount = 0;
  let falseCount = 0;
  for (const q of questions) {
    if (q.type === 'TRUE_FALSE') keyedTrue(q) ? trueCount++ : falseCount++;
  }
  // The dealt order, with true/false questions dealt evenly again in the places they took
  // (holding back reorders them): the i-th true/false place takes the next true or false
  // statement in dealt order, whichever keeps the lean within two.
  const source = roundsOf(questions, seed, seen);
  const pulled: Question[] = [];
  const trues: Question[] = [];
  const falses: Question[] = [];
  const pull = (): boolean => {
    const next = source.next();
    if (next.done) return false;
    const q = next.value;
    pulled.push(q);
    if (q.type === 'TRUE_FALSE') (keyedTrue(q) ? trues : falses).push(q);
    return true;
  };
  const nth = (list: Question[], i: number): Question => {
    while (list.length <= i && pull());
    return list[i] as Question;
  };
  let t = 0;
  let f = 0;
  for (let at = 0; at < pulled.length || pull(); at++) {
    const q = pulled[at] as Question;
    if (q.type !== 'TRUE_FALSE') {
      yield q;
      continue;
    }
    let takeTrue = keyedTrue(q);
    if (takeTrue && t - f >= 2 && f < falseCount) takeTrue = false;
    else if (!takeTrue && f - t >= 2 && t < trueCount) takeTrue = true;
    if (takeTrue && t >= trueCount) takeTrue = false;
    if (!takeTrue && f >= falseCount) takeTrue = true;
    yield takeTrue ? nth(trues, t++) : nth(falses, f++);
  }
}

/** The seeded shuffle dealt one type at a time, held-back questions last (see orderQuestions). */
function* roundsOf(
  questions: readonly Question[],
  seed: string,
  seen: ReadonlySet<string>,
): Generator<Question> {
  const rng = createRng(`${seed}|order`);
  const queues = new Map<QuestionType, Question[]>();
  const shuffled = shuffle(questions, rng);
  const unseenFirst =
    seen.size === 0
      ? shuffled
      : [...shuffled.filter((q) => !seen.has(q.id)), ...shuffled.filter((q) => seen.has(q.id))];
  for (const q of unseenFirst) {
    const queue = queues.get(q.type);
    if (queue) queue.push(q);
    else queues.set(q.type, [q]);
  }
  const types = shuffle(QUESTION_TYPES, rng).filter((t) => queues.has(t));
  const used = new Set<string>();
  const heldBack = new Map<QuestionType, Question[]>(types.map((t) => [t, []]));
  const next = new Map<QuestionType, number>(types.map((t) => [t, 0]));

  const fresh = (type: QuestionType): Question | undefined => {
    const queue = queues.get(type) ?? [];
    let at = next.get(type) ?? 0;
    while (at < queue.length) {
      const q = queue[at++] as Question;
      if (q.claimIds.some((id) => used.has(id))) heldBack.get(type)?.push(q);
      else {
        next.set(type, at);
        return q;
      }
    }
    next.set(type, at);
    return undefined;
  };

  for (let progress = true; progress; ) {
    progress = false;
    for (const type of types) {
      const q = fresh(type);
      if (!q) continue;
      for (const id of q.claimIds) used.add(id);
      yield q;
      progress = true;
    }
  }
  const rest = types.map((t) => heldBack.get(t) ?? []);
  for (let i = 0; rest.some((list) => i < list.length); i++) {
    for (const list of rest) if (i < list.length) yield list[i] as Question;
  }
}
