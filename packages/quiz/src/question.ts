import type { Claim } from '@attest/knowledge';
import { estimateDifficulty } from './difficulty.ts';
import { evidenceOf } from './evidence.ts';
import type { QuizIndex } from './kb-index.ts';
import { qualityProblems } from './quality.ts';
import { createRng, digest, type Rng, shuffle } from './random.ts';
import type { Question, QuestionType } from './types.ts';
import { singleQuoteMarks } from './wording.ts';

/** An option before it gets its id and place. `key` identifies its content. */
export interface OptionDraft {
  key: string;
  text: string;
  correct: boolean;
  actorId?: string | null;
  sourceId?: string | null;
}

/** What a generator decides; `finishQuestion` adds ids, order, evidence and difficulty. */
export interface QuestionDraft {
  id: string;
  type: QuestionType;
  template: string;
  prompt: string;
  options: OptionDraft[];
  selectMany: boolean;
  acceptedAnswers?: string[];
  answer: string;
  /** Name keys of the right answers: the prompt must not contain them. */
  answerKeys: string[];
  /** The prompt made `searchable`, when the generator already has it. */
  promptSearch?: string;
  /**
   * The part of the prompt, made `searchable`, that options must not echo, when not all of it:
   * a dispute's lead names what both sides are about, so it points at neither.
   */
  askedSearch?: string;
  explanation: string;
  claims: readonly Claim[];
  /**
   * Claims that prove the key without being what the question asks (what a swapped-in subject
   * did, for a false statement): their quotes lead the evidence; they are not in `claimIds`.
   */
  proofs?: readonly Claim[];
  /** Only this source's evidence, for questions that speak for one source. */
  evidenceSourceId?: string | null;
  /** Distinct (actorIdsOf gives them so). */
  actorIds: string[];
  prominence: number;
  distractorSimilarity: number;
}

/**
 * The stable id: the same claims, template and answer give the same id under every seed, so a
 * question can be found again by regenerating.
 */
export function questionId(
  type: QuestionType,
  template: string,
  claims: readonly Claim[],
  answerKeys: readonly string[],
): string {
  const claimIds =
    claims.length === 1 ? claims[0]?.id : [...new Set(claims.map((c) => c.id))].sort().join(',');
  const answers = answerKeys.length === 1 ? answerKeys[0] : [...answerKeys].sort().join(',');
  return `q${digest(`${type}|${template}|${claimIds}|${answers}`)}`;
}

/** A question's own random stream: filtering other questions out never changes this one. */
export const questionRng = (seed: string, id: string, purpose: string): Rng =>
  createRng(`${seed}|${id}|${purpose}`);

/**
 * Completes a draft, or returns null when it breaks a quality rule. With a seed the options are
 * shuffled; without one they keep the draft's order (True before False), and the question is the
 * same under every seed, so it may be kept and reused (see `inSeedOrder`).
 */
export function finishQuestion(
  index: QuizIndex,
  draft: QuestionDraft,
  seed?: string,
): Question | null {
  const optionsInOrder =
    seed === undefined ? draft.options : shuffle(draft.options, optionOrder(seed, draft.id));
  const sourceId = draft.evidenceSourceId ?? null;
  // A false statement built from another claim is shown false by that claim alone (what a
  // swapped-in subject did, who said the words): the asked claim's quotes prove nothing of it.
  const proven = draft.proofs?.length ? evidenceOf(index, draft.proofs, sourceId) : [];
  const evidence = proven.length > 0 ? proven : evidenceOf(index, draft.claims, sourceId);
  // Corroboration counts the asked claims' sources, whatever quotes are shown.
  const sources = sourceId ? 1 : distinctCount(draft.claims.flatMap(sourceIdsOf));
  const question: Question = {
    id: draft.id,
    type: draft.type,
    template: draft.template,
    prompt: singleQuoteMarks(draft.prompt),
    options: optionsInOrder.map((o) => ({
      id: `o${digest(`${draft.id}|${o.key}`).slice(0, 8)}`,
      text: singleQuoteMarks(o.text),
      correct: o.correct,
      actorId: o.actorId ?? null,
      sourceId: o.sourceId ?? null,
    })),
    selectMany: draft.selectMany,
    acceptedAnswers: draft.acceptedAnswers ?? [],
    answer: draft.answer,
    explanation: singleQuoteMarks(draft.explanation),
    claimIds:
      draft.claims.length === 1
        ? [draft.claims[0]?.id as string]
        : [...new Set(draft.claims.map((c) => c.id))],
    evidence,
    actorIds: draft.actorIds,
    difficulty: estimateDifficulty(
      {
        corroboration: sources,
        prominence: draft.prominence,
        distractorSimilarity: draft.distractorSimilarity,
      },
      draft.type,
    ),
  };
  const problems = qualityProblems(
    question,
    draft.answerKeys,
    draft.promptSearch,
    draft.askedSearch,
  );
  return problems.length === 0 ? question : null;
}

/**
 * A kept question with its options shuffled for this seed: the same order `finishQuestion` gives
 * when it is handed the seed.
 */
export const inSeedOrder = (question: Question, seed: string): Question => ({
  ...question,
  options: shuffle(question.options, optionOrder(seed, question.id)),
});

/**
 * Marks a question kept for reuse by later requests as read-only, with its options (what a caller
 * might shuffle or strip): one that changed it would change what every later request gets, so it
 * fails loudly instead. Not deeper: freezing costs time on the first request.
 */
export function freezeForReuse<Q extends Question | null>(question: Q): Q {
  if (question) {
    for (const option of question.options) Object.freeze(option);
    Object.freeze(question.options);
    Object.freeze(question);
  }
  return question;
}

const optionOrder = (seed: string, id: string): Rng => questionRng(seed, id, 'order');

const sourceIdsOf = (claim: Claim): string[] => claim.evidence.map((e) => e.sourceId);

/** How many distinct values: most questions cite one to three sources, too few for a set. */
function distinctCount(values: readonly string[]): number {
  if (values.length > 8) return new Set(values).size;
  let count = 0;
  for (let i = 0; i < values.length; i++) if (values.indexOf(values[i] as string) === i) count++;
  return count;
}

/** Mean closeness of distractors: half for being in the same story, half for description words. */
export function similarityOf(distractors: readonly { sameStory: boolean; similarity: number }[]) {
  if (distractors.length === 0) return 0;
  const total = distractors.reduce((sum, d) => sum + (d.sameStory ? 0.5 : 0) + d.similarity / 2, 0);
  return Math.round((total / distractors.length) * 100) / 100;
}
