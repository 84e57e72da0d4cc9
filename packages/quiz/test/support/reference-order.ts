import { dealEvenly } from '../../src/balance.ts';
import { createRng, shuffle } from '../../src/random.ts';
import {
  QUESTION_TYPES,
  type Question,
  type QuestionOrder,
  type QuestionType,
} from '../../src/types.ts';

/** The order as it was dealt before it was made lazy (order.ts): what the lazy deal must give.
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
  const rng = createRng(`${seed}|order`);
  const shuffled = shuffle(questions, rng);
  const present = new Set(questions.map((q) => q.type));
  const types = shuffle(QUESTION_TYPES, rng).filter((t) => present.has(t));
  const used = new Set<string>();
  // Every unseen question is dealt before any seen one.
  const dealt =
    seen.size === 0
      ? deal(shuffled, types, used)
      : [
          ...deal(
            shuffled.filter((q) => !seen.has(q.id)),
            types,
            used,
          ),
          ...deal(
            shuffled.filter((q) => seen.has(q.id)),
            types,
            used,
          ),
        ];
  // Holding back reorders the true/false questions: dealt evenly again in the places they took.
  const statements = dealEvenly(dealt.filter((q) => q.type === 'TRUE_FALSE'));
  let nextStatement = 0;
  for (let i = 0; i < dealt.length; i++) {
    if (dealt[i]?.type === 'TRUE_FALSE') dealt[i] = statements[nextStatement++] as Question;
  }
  if (order === 'difficulty') {
    return dealt
      .map((q, i) => ({ q, i }))
      .sort((a, b) => a.q.difficulty.score - b.q.difficulty.score || a.i - b.i)
      .map(({ q }) => q);
  }
  return dealt;
}

function deal(shuffled: readonly Question[], types: QuestionType[], used: Set<string>): Question[] {
  const queues = new Map<QuestionType, Question[]>();
  for (const q of shuffled) {
    const queue = queues.get(q.type);
    if (queue) queue.push(q);
    else queues.set(q.type, [q]);
  }
  const heldBack = new Map<QuestionType, Question[]>(types.map((t) => [t, []]));
  const next = new Map<QuestionType, number>(types.map((t) => [t, 0]));
  const dealt: Question[] = [];

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
      dealt.push(q);
      progress = true;
    }
  }
  const rest = types.map((t) => heldBack.get(t) ?? []);
  for (let i = 0; rest.some((list) => i < list.length); i++) {
    for (const list of rest) if (i < list.length) dealt.push(list[i] as Question);
  }
  return dealt;
}
