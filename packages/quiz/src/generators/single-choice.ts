import { onlyKind } from '../distractors.ts';
import { explainFact } from '../facts.ts';
import { nameKey } from '../names.ts';
import { finishQuestion, type OptionDraft, questionId, questionRng } from '../question.ts';
import type { Question } from '../types.ts';
import { valueId } from '../values.ts';
import { capitalize, valueText } from '../wording.ts';
import { type Ask, asksOf, type Phrasing } from './ask.ts';
import {
  actorOption,
  DISTRACTORS,
  phrasingWithoutGiveaway,
  valueOption,
  type WrongOptions,
  wrongActorOptions,
  wrongValueOptions,
} from './choice.ts';
import { actorIdsOf, type GeneratorContext, unwanted, wantedFacts } from './context.ts';

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
  const phrased = phrasingWithoutGiveaway([answer.name], ask, ask.untimed);
  if (!phrased || asked.has(phrased.prompt)) return null;
  const id = questionId('SINGLE_CHOICE', ask.template, ask.fact.claims, [answer.id]);
  if (unwanted(context, id)) return null;
  const wrong = wrongActorOptions(context, {
    kinds: onlyKind(answer.kind),
    answers: [answer],
    storySourceIds: ask.storySourceIds,
    role: { predicateId: ask.fact.predicate.id, side: ask.direction },
    ruledOut: ask.ruledOut,
    fitsPoorly: ask.fitsPoorly,
    prompt: ask.search,
    count: DISTRACTORS,
    rng: questionRng(seed, id, 'distractors'),
  });
  return finish(context, ask, phrased, id, actorOption(answer, true), wrong, {
    answer: answer.name,
    answerKeys: index.nameKeys.get(answer.id) ?? [],
    prominence: index.prominence.get(answer.id) ?? 0,
  });
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
  const phrased = phrasingWithoutGiveaway([text], ask, ask.untimed);
  if (!phrased || asked.has(phrased.prompt)) return null;
  const id = questionId('SINGLE_CHOICE', ask.template, ask.fact.claims, [valueId(answer)]);
  if (unwanted(context, id)) return null;
  const wrong = wrongValueOptions(context, {
    subjectId: ask.fact.subjectId,
    predicateId: ask.fact.predicate.id,
    answers: [answer],
    storySourceIds: ask.storySourceIds,
    prompt: ask.search,
    count: DISTRACTORS,
    rng: questionRng(seed, id, 'distractors'),
  });
  return finish(context, ask, phrased, id, valueOption(answer, true), wrong, {
    answer: text,
    answerKeys: [nameKey(text)],
    prominence: index.prominence.get(ask.fact.subjectId) ?? 0,
  });
}

/** The question, when the distractors came to three, with the right option among them. */
function finish(
  context: GeneratorContext,
  ask: Ask,
  phrased: Phrasing,
  id: string,
  right: OptionDraft,
  wrong: WrongOptions,
  about: { answer: string; answerKeys: string[]; prominence: number },
): Question | null {
  if (wrong.options.length < DISTRACTORS) return null;
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
      options: [right, ...wrong.options],
      selectMany: false,
      answer: about.answer,
      answerKeys: about.answerKeys,
      explanation: explainFact(context.index, fact),
      claims: fact.claims,
      evidenceSourceId: fact.framing.kind === 'SOURCE' ? fact.framing.sourceId : null,
      actorIds: actorIdsOf(fact.claims),
      prominence: about.prominence,
      distractorSimilarity: wrong.similarity,
    },
    context.seed,
  );
}
