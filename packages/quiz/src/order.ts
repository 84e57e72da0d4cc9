import { createRng, shuffle } from './random.ts';
import { QUESTION_TYPES, type Question, type QuestionOrder } from './types.ts';

/**
 * "mixed": a seeded shuffle dealt out one type at a time, holding back a question whose claims
 * an earlier question already used until every claim has had a turn, so that a short quiz is
 * varied; true/false questions lean at most two either way at any point (`dealEvenly`).
 * Questions already `seen` come after every unseen one. "difficulty": the same, then easiest first.
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

/** What dealing reads of a list of questions, in flat arrays: made once per list. */
interface Deck {
  /** The index in QUESTION_TYPES of each question's type. */
  types: Uint8Array;
  positions: Map<string, number>;
}

const decks = new WeakMap<readonly Question[], Deck>();

function deckOf(questions: readonly Question[]): Deck {
  let deck = decks.get(questions);
  if (!deck) {
    const types = new Uint8Array(questions.length);
    const positions = new Map<string, number>();
    questions.forEach((q, i) => {
      types[i] = QUESTION_TYPES.indexOf(q.type);
      positions.set(q.id, i);
    });
    deck = { types, positions };
    decks.set(questions, deck);
  }
  return deck;
}

/**
 * The seeded shuffle dealt one type at a time, held-back questions last (see orderQuestions).
 * The shuffle moves positions, not questions, and each type's queue is read from it as far as
 * the deal goes.
 */
function* roundsOf(
  questions: readonly Question[],
  seed: string,
  seen: ReadonlySet<string>,
): Generator<Question> {
  const rng = createRng(`${seed}|order`);
  const n = questions.length;
  const deck = deckOf(questions);
  // The same swaps as shuffle() on the questions themselves.
  const shuffled = new Int32Array(n);
  for (let i = 0; i < n; i++) shuffled[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const swap = shuffled[i] as number;
    shuffled[i] = shuffled[j] as number;
    shuffled[j] = swap;
  }
  let isSeen: Uint8Array | null = null;
  for (const id of seen) {
    const at = deck.positions.get(id);
    if (at === undefined) continue;
    isSeen ??= new Uint8Array(n);
    isSeen[at] = 1;
  }
  const present = new Set<number>();
  for (let i = 0; i < n; i++) present.add(deck.types[i] as number);
  const typeCodes = shuffle(
    QUESTION_TYPES.map((_, code) => code),
    rng,
  ).filter((code) => present.has(code));

  // Two deals: every unseen question (each type's in shuffled order, held-back ones last), then
  // the seen ones the same way, so a class's next quiz repeats nothing while any type still has
  // an unseen question the type caps let in.
  const used = new Set<string>();
  for (const pass of isSeen === null ? [0] : [0, 1]) {
    yield* dealPass(pass, questions, shuffled, deck, typeCodes, isSeen, used);
  }
}

function* dealPass(
  pass: number,
  questions: readonly Question[],
  shuffled: Int32Array,
  deck: Deck,
  typeCodes: number[],
  isSeen: Uint8Array | null,
  used: Set<string>,
): Generator<Question> {
  const n = questions.length;
  const cursors = typeCodes.map((code) => ({ code, at: 0 }));
  const nextOf = (cursor: (typeof cursors)[number]): Question | undefined => {
    while (cursor.at < n) {
      const position = shuffled[cursor.at++] as number;
      if (deck.types[position] !== cursor.code) continue;
      if ((isSeen?.[position] ?? 0) !== pass) continue;
      return questions[position];
    }
    return undefined;
  };

  const heldBack = cursors.map((): Question[] => []);
  const done = cursors.map(() => false);
  const fresh = (t: number): Question | undefined => {
    const cursor = cursors[t];
    if (!cursor || done[t]) return undefined;
    for (let q = nextOf(cursor); q; q = nextOf(cursor)) {
      if (q.claimIds.some((id) => used.has(id))) heldBack[t]?.push(q);
      else return q;
    }
    done[t] = true;
    return undefined;
  };

  for (let progress = true; progress; ) {
    progress = false;
    for (let t = 0; t < cursors.length; t++) {
      const q = fresh(t);
      if (!q) continue;
      for (const id of q.claimIds) used.add(id);
      yield q;
      progress = true;
    }
  }
  for (let i = 0; heldBack.some((list) => i < list.length); i++) {
    for (const list of heldBack) if (i < list.length) yield list[i] as Question;
  }
}
