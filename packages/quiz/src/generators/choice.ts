import type { Actor, ClaimValue } from '@attest/knowledge';
import { type ActorDistractorQuery, pickActorDistractors } from '../distractors.ts';
import { sharedGiveaways } from '../quality.ts';
import { type OptionDraft, similarityOf } from '../question.ts';
import { pickValueDistractors, type ValueDistractorQuery } from '../value-distractors.ts';
import { valueId } from '../values.ts';
import { capitalize, valueText } from '../wording.ts';
import type { Phrasing } from './ask.ts';
import type { GeneratorContext } from './context.ts';

/*
 * The steps every choice question (single-choice, who-said, multi-select) takes, in the order
 * that keeps them cheap: its id from the claims and the right answers (dropped at once when the
 * run does not want it), a phrasing that gives no right option away, then the costly part,
 * distractors of the right answers' kind; `finishQuestion` completes it.
 */

/** Distractors each choice question asks for. */
export const DISTRACTORS = 3;

/** An actor as an option; its id is the option's key. */
export const actorOption = (actor: Actor, correct: boolean): OptionDraft => ({
  key: actor.id,
  text: actor.name,
  correct,
  actorId: actor.id,
});

/** A value as an option ("1 March 2022", "Foreign minister"); `valueId` is its key. */
export const valueOption = (value: ClaimValue, correct: boolean): OptionDraft => ({
  key: valueId(value),
  text: capitalize(valueText(value)),
  correct,
});

/** The wrong options, and how close they come to the right ones (a difficulty signal). */
export interface WrongOptions {
  options: OptionDraft[];
  similarity: number;
}

/** Wrong actors: as close as `similarityOf` measures them. */
export function wrongActorOptions(
  context: GeneratorContext,
  query: ActorDistractorQuery,
): WrongOptions {
  const picks = pickActorDistractors(context.index, query);
  return {
    options: picks.map((p) => actorOption(p.actor, false)),
    similarity: similarityOf(picks),
  };
}

/** Wrong values: they carry no description to compare, so they count as half close. */
export function wrongValueOptions(
  context: GeneratorContext,
  query: ValueDistractorQuery,
): WrongOptions {
  const values = pickValueDistractors(context.index, query);
  return { options: values.map((v) => valueOption(v, false)), similarity: 0.5 };
}

/**
 * The phrasing, or else the one without its date, that shares no word with any right option
 * ("In 2011, …" over "The 2011 intervention in Libya"); null when neither does. Judged on the
 * right answers alone, never on the seeded distractors or the right options a seed shows, so
 * every seed keeps the same questions with the same prompts (the question bank relies on it).
 */
export function phrasingWithoutGiveaway(
  rightTexts: readonly string[],
  phrased: Phrasing,
  untimed: () => Phrasing | null,
): Phrasing | null {
  const right = rightTexts.map((text) => ({ text, correct: true }));
  const fair = (p: Phrasing) => sharedGiveaways(p.prompt, right, p.search).length === 0;
  if (fair(phrased)) return phrased;
  const withoutDate = untimed();
  return withoutDate && fair(withoutDate) ? withoutDate : null;
}
