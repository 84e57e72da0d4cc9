import type { Claim, Dispute, Source } from '@attest/knowledge';
import type { QuizIndex } from '../kb-index.ts';
import { nameKey } from '../names.ts';
import { finishQuestion, type OptionDraft, questionId } from '../question.ts';
import type { Question } from '../types.ts';
import { asSentence, decapitalize, nameInSentence, sourceLabel, sourceName } from '../wording.ts';
import { castOf, type GeneratorContext } from './context.ts';

/** Options shown when other sources are needed to fill up the choice. */
const TARGET_OPTIONS = 4;
const MAX_CORRECT = 3;

/**
 * Two questions a teacher can use on a recorded dispute: "Which source says that …?" for each
 * side (sources as options, the other side's sources as distractors), and "What does <source>
 * say?" for each source that takes one side (the two statements as options).
 */
export function sourcesDisagreeQuestions(context: GeneratorContext): Question[] {
  const { index } = context;
  const questions: Question[] = [];
  for (const dispute of index.kb.disputes) {
    const first = index.claims.get(dispute.firstId);
    const second = index.claims.get(dispute.secondId);
    if (!first || !second) continue;
    const claims = [first, second];
    if (!context.includeOffTopic && claims.some((c) => c.offTopic)) continue;
    if (!context.wanted(claims)) continue;
    const lead = leadOf(index, dispute, first, second);
    for (const [side, other] of [
      [first, second],
      [second, first],
    ] as const) {
      const question = whichSource(context, dispute, lead, side, other);
      if (question) questions.push(question);
    }
    for (const source of sourcesOf(index, claims)) {
      const question = whatSourceSays(context, dispute, lead, source, first, second);
      if (question) questions.push(question);
    }
  }
  return questions;
}

function whichSource(
  context: GeneratorContext,
  dispute: Dispute,
  lead: string,
  side: Claim,
  other: Claim,
): Question | null {
  const { index } = context;
  const right = sourcesOf(index, [side]).slice(0, MAX_CORRECT);
  const rightIds = new Set(sourcesOf(index, [side]).map((s) => s.id));
  const wrong = sourcesOf(index, [other]).filter((s) => !rightIds.has(s.id));
  for (const source of index.kb.sources) {
    if (right.length + wrong.length >= TARGET_OPTIONS) break;
    if (!rightIds.has(source.id) && !wrong.includes(source)) wrong.push(source);
  }
  const wrongShown = wrong.slice(0, Math.max(1, TARGET_OPTIONS - right.length));
  const plural = right.length > 1;
  const prompt =
    `${lead} Which ${plural ? 'sources say' : 'source says'} that ${clause(side.statement)}?` +
    (plural ? ' Select all that apply.' : '');
  const options: OptionDraft[] = [
    ...right.map((s) => ({ key: s.id, text: sourceLabel(s), correct: true, sourceId: s.id })),
    ...wrongShown.map((s) => ({ key: s.id, text: sourceLabel(s), correct: false, sourceId: s.id })),
  ];
  const template = 'dispute-which-source';
  return finishQuestion(
    index,
    {
      id: questionId('SOURCES_DISAGREE', template, [side, other], [side.id]),
      type: 'SOURCES_DISAGREE',
      template,
      prompt,
      options,
      shuffleOptions: true,
      selectMany: plural,
      answer: right.map(sourceLabel).join('; '),
      answerKeys: right.flatMap(sourceKeys),
      explanation: explainDispute(index, dispute, [side, other]),
      claims: [side, other],
      actorIds: castOf([side, other]),
      prominence: 0,
      distractorSimilarity: 0.5,
    },
    context.seed,
  );
}

function whatSourceSays(
  context: GeneratorContext,
  dispute: Dispute,
  lead: string,
  source: Source,
  first: Claim,
  second: Claim,
): Question | null {
  const says = (c: Claim) => c.evidence.some((e) => e.sourceId === source.id);
  // A source on both sides cannot be asked which side it takes.
  if (says(first) === says(second)) return null;
  const side = says(first) ? first : second;
  const template = `dispute-source-says@source:${source.id}`;
  return finishQuestion(
    context.index,
    {
      id: questionId('SOURCES_DISAGREE', template, [first, second], [side.id]),
      type: 'SOURCES_DISAGREE',
      template,
      prompt: `${lead} What does ${sourceName(source)} say?`,
      options: [first, second].map((c) => ({
        key: c.id,
        text: asSentence(c.statement),
        correct: c === side,
      })),
      shuffleOptions: true,
      selectMany: false,
      answer: asSentence(side.statement),
      answerKeys: [],
      explanation: explainDispute(context.index, dispute, [first, second]),
      claims: [first, second],
      actorIds: castOf([first, second]),
      prominence: 0,
      distractorSimilarity: 1,
    },
    context.seed,
  );
}

/** "Sources give different dates for the Vilnius summit.": names the topic, never a side. */
function leadOf(index: QuizIndex, dispute: Dispute, a: Claim, b: Claim): string {
  // The thing disputed: a shared object ("the Tokyo office"), or a shared subject when both
  // claims give it a value (a date, a number); a shared actor doing different things is none.
  const shared =
    a.objectId !== null && a.objectId === b.objectId
      ? a.objectId
      : a.subjectId === b.subjectId && a.value && b.value
        ? a.subjectId
        : null;
  const topic = shared ? index.actors.get(shared) : undefined;
  const about = topic ? nameInSentence(topic) : null;
  switch (dispute.aspect) {
    case 'DATE':
      return about ? `Sources give different dates for ${about}.` : 'Sources give different dates.';
    case 'NUMBER':
      return about
        ? `Sources give different figures for ${about}.`
        : 'Sources give different figures.';
    case 'STATUS':
      return about
        ? `Sources disagree about the status of ${about}.`
        : 'Sources disagree about where things stood.';
    default:
      return about ? `Sources disagree about ${about}.` : 'Sources disagree on this point.';
  }
}

/** A statement as a that-clause: first word lowercased when it is not a name, no final stop. */
const clause = (statement: string) => decapitalize(statement.trim().replace(/[.!]+$/, ''));

const sourcesOf = (index: QuizIndex, claims: readonly Claim[]): Source[] =>
  [...new Set(claims.flatMap((c) => c.evidence.map((e) => e.sourceId)))].flatMap((id) => {
    const source = index.sources.get(id);
    return source ? [source] : [];
  });

/** A source's publisher and title must not be in the prompt when the source is the answer. */
const sourceKeys = (source: Source): string[] =>
  [source.title, source.publisher ?? ''].filter((n) => n !== '').map(nameKey);

function explainDispute(index: QuizIndex, dispute: Dispute, claims: readonly Claim[]): string {
  const sides = claims.map((c) => {
    const names = sourcesOf(index, [c]).map(sourceName).join(' and ');
    return `${names}: ${asSentence(c.statement)}`;
  });
  return [asSentence(dispute.description), ...sides].join(' ');
}
