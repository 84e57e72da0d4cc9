import type { Actor, Claim, ClaimValue } from '@attest/knowledge';
import { explain } from '../evidence.ts';
import { nameKey, searchable } from '../names.ts';
import { finishQuestion, type OptionDraft, questionId, questionRng } from '../question.ts';
import { type Rng, shuffle } from '../random.ts';
import type { Role } from '../roles.ts';
import type { Question } from '../types.ts';
import { joinList } from '../wording.ts';
import type { Phrasing } from './ask.ts';
import {
  actorOption,
  DISTRACTORS,
  phrasingWithoutGiveaway,
  valueOption,
  type WrongOptions,
  wrongActorOptions,
  wrongValueOptions,
} from './choice.ts';
import { actorIdsOf, type GeneratorContext, unwanted } from './context.ts';

/** At most this many right options are shown (a random subset), so totals stay within 5–7. */
const MAX_SHOWN = 4;

export type MultiAnswers =
  | {
      kind: 'actors';
      actors: Actor[];
      /** Never offered (see ActorDistractorQuery). */
      ruledOut: (actorId: string) => boolean;
      role?: Role;
      /** Poor rivals, offered last (see ActorDistractorQuery). */
      fitsPoorly?: (actorId: string) => boolean;
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
  const every =
    answers.kind === 'actors'
      ? answers.actors.map((a) => actorOption(a, true))
      : answers.values.map((v) => valueOption(v, true));
  const id = questionId(
    'MULTI_SELECT',
    spec.template,
    spec.claims,
    every.map((r) => r.key),
  );
  if (unwanted(context, id)) return null;
  const right = distinctReadings(every);
  const shown =
    right.length > MAX_SHOWN
      ? shuffle(right, questionRng(seed, id, 'answers')).slice(0, MAX_SHOWN)
      : right;
  // No word of the prompt may point at a right option (a date, a name): ask without the date,
  // or not at all; judged before the costly part, as such a prompt needs no distractors.
  const asWritten = worded(spec.prompt);
  const phrased = phrasingWithoutGiveaway(
    right.map((r) => r.text),
    asWritten,
    () => (spec.untimedPrompt ? worded(spec.untimedPrompt) : null),
  );
  if (phrased === null) return null;
  // The distractors are sought for the prompt as first worded, whichever phrasing is asked.
  const rng = questionRng(seed, id, 'distractors');
  const wrong = wrongOptions(context, spec, asWritten.search, rng);
  if (wrong.options.length < (shown.length >= 3 ? 2 : DISTRACTORS)) return null;
  const options = [...shown, ...wrong.options];
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
      prompt: phrased.prompt,
      promptSearch: phrased.search,
      options,
      selectMany: true,
      answer: joinList(shown.map((r) => r.text)),
      answerKeys,
      explanation: spec.explanation ?? explain(spec.claims),
      claims: spec.claims,
      actorIds: actorIdsOf(spec.claims),
      prominence,
      distractorSimilarity: wrong.similarity,
    },
    seed,
  );
}

const worded = (prompt: string): Phrasing => ({ prompt, search: searchable(prompt) });

/**
 * The right options, one per reading: two right answers that read the same (two actors of one
 * name) are one option, the first's, as a learner cannot tell them apart. Shown both, the
 * question would break the rule that no two options read the same, and so exist only under the
 * seeds whose random subset of right options left one of them out; the bank, made with its own
 * seed, relies on every seed keeping the same questions.
 */
function distinctReadings(options: OptionDraft[]): OptionDraft[] {
  if (options.length < 2) return options;
  const readings = new Set<string>();
  return options.filter((o) => {
    const reading = nameKey(o.text);
    if (readings.has(reading)) return false;
    readings.add(reading);
    return true;
  });
}

function wrongOptions(
  context: GeneratorContext,
  spec: MultiSelectSpec,
  search: string,
  rng: Rng,
): WrongOptions {
  const { answers } = spec;
  const common = {
    storySourceIds: spec.storySourceIds,
    prompt: search,
    count: DISTRACTORS,
    rng,
  };
  if (answers.kind === 'actors') {
    return wrongActorOptions(context, {
      ...common,
      kinds: new Set(answers.actors.map((a) => a.kind)),
      answers: answers.actors,
      ruledOut: answers.ruledOut,
      role: answers.role,
      fitsPoorly: answers.fitsPoorly,
    });
  }
  return wrongValueOptions(context, {
    ...common,
    subjectId: answers.subjectId,
    predicateId: answers.predicateId,
    answers: answers.values,
  });
}
