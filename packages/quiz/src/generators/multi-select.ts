import type { Actor, Claim, ClaimValue } from '@attest/knowledge';
import { pickActorDistractors } from '../distractors.ts';
import { explain } from '../evidence.ts';
import { nameKey, searchable } from '../names.ts';
import { sharedGiveaways } from '../quality.ts';
import {
  finishQuestion,
  type OptionDraft,
  questionId,
  questionRng,
  similarityOf,
} from '../question.ts';
import { type Rng, shuffle } from '../random.ts';
import type { Role } from '../roles.ts';
import type { Question } from '../types.ts';
import { pickValueDistractors } from '../value-distractors.ts';
import { valueId } from '../values.ts';
import { capitalize, joinList, valueText } from '../wording.ts';
import { castOf, type GeneratorContext, unwanted } from './context.ts';

/** At most this many right options are shown (a random subset), so totals stay within 5–7. */
const MAX_SHOWN = 4;
const DISTRACTORS = 3;

export type MultiAnswers =
  | {
      kind: 'actors';
      actors: Actor[];
      isRight: (actorId: string) => boolean;
      role?: Role;
      /** Poor rivals, offered last (see ActorDistractorQuery). */
      misfit?: (actorId: string) => boolean;
    }
  | { kind: 'values'; values: ClaimValue[]; subjectId: string; predicateId: string };

export interface MultiSelectSpec {
  template: string;
  prompt: string;
  /** The prompt without its time lead, used when the date would give a right option away. */
  untimedPrompt?: string;
  claims: Claim[];
  answers: MultiAnswers;
  storySourceIds: string[];
  /** Composed by the generator; the claims' statements when not given. */
  explanation?: string;
}

/** Builds one multi-select question: all right answers count for its id, up to four are shown. */
export function multiSelect(context: GeneratorContext, spec: MultiSelectSpec): Question | null {
  const { index, seed } = context;
  const { answers } = spec;
  const right =
    answers.kind === 'actors'
      ? answers.actors.map((a) => ({ key: a.id, text: a.name, actorId: a.id as string | null }))
      : answers.values.map((v) => ({
          key: valueId(v),
          text: capitalize(valueText(v)),
          actorId: null,
        }));
  const id = questionId(
    'MULTI_SELECT',
    spec.template,
    spec.claims,
    right.map((r) => r.key),
  );
  if (unwanted(context, id)) return null;
  const shown =
    right.length > MAX_SHOWN
      ? shuffle(right, questionRng(seed, id, 'answers')).slice(0, MAX_SHOWN)
      : right;
  const search = searchable(spec.prompt);
  // No word of the prompt may point at the right options (a date, a name): ask without the
  // date, or not at all. Judged on every right answer, not only the ones this seed shows, so
  // every seed keeps the same questions with the same prompts (the question bank relies on it),
  // and before the costly part: such a prompt needs no distractors.
  const rightOptions = right.map(rightOption);
  const clean = (text: string, textSearch?: string) =>
    sharedGiveaways(text, rightOptions, textSearch).length === 0;
  const prompt = clean(spec.prompt, search)
    ? spec.prompt
    : spec.untimedPrompt && clean(spec.untimedPrompt)
      ? spec.untimedPrompt
      : null;
  if (prompt === null) return null;
  const wrong = pickWrong(context, spec, search, questionRng(seed, id, 'distractors'));
  if (wrong.options.length < (shown.length >= 3 ? 2 : DISTRACTORS)) return null;
  const options = [...shown.map((r) => ({ ...r, correct: true })), ...wrong.options];
  const answerKeys =
    answers.kind === 'actors'
      ? answers.actors.flatMap((a) => index.nameKeys.get(a.id) ?? [])
      : right.map((r) => nameKey(r.text));
  const prominence =
    answers.kind === 'actors'
      ? Math.min(...answers.actors.map((a) => index.prominence.get(a.id) ?? 0))
      : (index.prominence.get(answers.subjectId) ?? 0);
  return finishQuestion(
    index,
    {
      id,
      type: 'MULTI_SELECT',
      template: spec.template,
      prompt,
      promptSearch: prompt === spec.prompt ? search : searchable(prompt),
      options,
      selectMany: true,
      answer: joinList(shown.map((r) => r.text)),
      answerKeys,
      explanation: spec.explanation ?? explain(spec.claims),
      claims: spec.claims,
      actorIds: castOf(spec.claims),
      prominence,
      distractorSimilarity: wrong.similarity,
    },
    seed,
  );
}

const rightOption = (r: { text: string }) => ({ text: r.text, correct: true });

function pickWrong(context: GeneratorContext, spec: MultiSelectSpec, search: string, rng: Rng) {
  const { answers } = spec;
  const common = {
    storySourceIds: spec.storySourceIds,
    prompt: search,
    count: DISTRACTORS,
    rng,
  };
  if (answers.kind === 'actors') {
    const picks = pickActorDistractors(context.index, {
      ...common,
      kinds: new Set(answers.actors.map((a) => a.kind)),
      answers: answers.actors,
      isRight: answers.isRight,
      role: answers.role,
      misfit: answers.misfit,
    });
    const options: OptionDraft[] = picks.map((p) => ({
      key: p.actor.id,
      text: p.actor.name,
      correct: false,
      actorId: p.actor.id,
    }));
    return { options, similarity: similarityOf(picks) };
  }
  const values = pickValueDistractors(context.index, {
    ...common,
    subjectId: answers.subjectId,
    predicateId: answers.predicateId,
    answers: answers.values,
  });
  const options: OptionDraft[] = values.map((v) => ({
    key: valueId(v),
    text: capitalize(valueText(v)),
    correct: false,
  }));
  return { options, similarity: 0.5 };
}
