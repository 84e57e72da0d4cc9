import { onlyKind, pickActorDistractors } from '../distractors.ts';
import { explainFact } from '../facts.ts';
import { nameKey } from '../names.ts';
import { sharedGiveaways } from '../quality.ts';
import {
  finishQuestion,
  type OptionDraft,
  questionId,
  questionRng,
  similarityOf,
} from '../question.ts';
import type { Question } from '../types.ts';
import { pickValueDistractors } from '../value-distractors.ts';
import { valueId } from '../values.ts';
import { capitalize, valueText } from '../wording.ts';
import { type Ask, asksOf, type Phrasing } from './ask.ts';
import { castOf, type GeneratorContext, unwanted, wantedFacts } from './context.ts';

const DISTRACTORS = 3;

/** "Who blocked the Tokyo office?": one right actor or value and three of the same kind. */
export function singleChoiceQuestions(context: GeneratorContext): Question[] {
  const { index } = context;
  const questions: Question[] = [];
  // Two facts can share a prompt ("Who attended the Vilnius summit?"): a quiz keeps the first.
  const asked = new Set<string>();
  for (const fact of wantedFacts(context)) {
    for (const ask of asksOf(index, fact)) {
      const question = ask.answerActor
        ? actorChoice(context, ask, asked)
        : valueChoice(context, ask, asked);
      if (!question) continue;
      if (context.onePerPrompt) asked.add(question.prompt);
      questions.push(question);
    }
  }
  return questions;
}

function actorChoice(
  context: GeneratorContext,
  ask: Ask,
  asked: ReadonlySet<string>,
): Question | null {
  const { index, seed } = context;
  const answer = ask.answerActor;
  if (!answer) return null;
  // Judged before the costly part: a prompt that gives the answer away needs no distractors.
  const phrased = promptWithoutGiveaway(ask, answer.name);
  if (!phrased || asked.has(phrased.prompt)) return null;
  const id = questionId('SINGLE_CHOICE', ask.template, ask.fact.claims, [answer.id]);
  if (unwanted(context, id)) return null;
  const picks = pickActorDistractors(index, {
    kinds: onlyKind(answer.kind),
    answers: [answer],
    storySourceIds: ask.storySourceIds,
    role: { predicateId: ask.fact.predicate.id, side: ask.direction },
    isRight: ask.unfair,
    misfit: ask.misfit,
    prompt: ask.search,
    count: DISTRACTORS,
    rng: questionRng(seed, id, 'distractors'),
  });
  if (picks.length < DISTRACTORS) return null;
  const options: OptionDraft[] = [
    { key: answer.id, text: answer.name, correct: true, actorId: answer.id },
    ...picks.map((p) => ({
      key: p.actor.id,
      text: p.actor.name,
      correct: false,
      actorId: p.actor.id,
    })),
  ];
  return finish(
    context,
    ask,
    phrased,
    id,
    options,
    answer.name,
    index.nameKeys.get(answer.id) ?? [],
    {
      prominence: index.prominence.get(answer.id) ?? 0,
      distractorSimilarity: similarityOf(picks),
    },
  );
}

function valueChoice(
  context: GeneratorContext,
  ask: Ask,
  asked: ReadonlySet<string>,
): Question | null {
  const { index, seed } = context;
  const answer = ask.answerValue;
  if (!answer) return null;
  const text = capitalize(valueText(answer));
  const phrased = promptWithoutGiveaway(ask, text);
  if (!phrased || asked.has(phrased.prompt)) return null;
  const id = questionId('SINGLE_CHOICE', ask.template, ask.fact.claims, [valueId(answer)]);
  if (unwanted(context, id)) return null;
  const values = pickValueDistractors(index, {
    subjectId: ask.fact.subjectId,
    predicateId: ask.fact.predicate.id,
    answers: [answer],
    storySourceIds: ask.storySourceIds,
    prompt: ask.search,
    count: DISTRACTORS,
    rng: questionRng(seed, id, 'distractors'),
  });
  if (values.length < DISTRACTORS) return null;
  const options: OptionDraft[] = [
    { key: valueId(answer), text, correct: true },
    ...values.map((v) => ({ key: valueId(v), text: capitalize(valueText(v)), correct: false })),
  ];
  return finish(context, ask, phrased, id, options, text, [nameKey(text)], {
    prominence: index.prominence.get(ask.fact.subjectId) ?? 0,
    distractorSimilarity: 0.5,
  });
}

/**
 * The prompt, or the prompt without its date, that shares no word with the right option ("In
 * 2011, …" over "The 2011 intervention in Libya"); null when neither does. Judged on the right
 * option alone, not on the seeded distractors, so the same questions exist under every seed.
 */
function promptWithoutGiveaway(ask: Ask, answer: string): Phrasing | null {
  const right = [{ text: answer, correct: true }];
  if (sharedGiveaways(ask.prompt, right, ask.search).length === 0) return ask;
  const untimed = ask.untimed();
  if (untimed && sharedGiveaways(untimed.prompt, right, untimed.search).length === 0)
    return untimed;
  return null;
}

function finish(
  context: GeneratorContext,
  ask: Ask,
  phrased: Phrasing,
  id: string,
  options: OptionDraft[],
  answer: string,
  answerKeys: string[],
  signals: { prominence: number; distractorSimilarity: number },
): Question | null {
  const { fact } = ask;
  const { prompt, search } = phrased;
  return finishQuestion(
    context.index,
    {
      id,
      type: 'SINGLE_CHOICE',
      template: ask.template,
      prompt,
      promptSearch: search,
      options,
      selectMany: false,
      answer,
      answerKeys,
      explanation: explainFact(context.index, fact),
      claims: fact.claims,
      evidenceSourceId: fact.framing.kind === 'SOURCE' ? fact.framing.sourceId : null,
      actorIds: castOf(fact.claims),
      ...signals,
    },
    context.seed,
  );
}
