import type { Claim, Evidence } from '@attest/knowledge';
import { compatriotsOf } from '../compatriots.ts';
import { onlyKind } from '../distractors.ts';
import { explain } from '../evidence.ts';
import { askable, needsSourceFraming } from '../facts.ts';
import type { QuizIndex } from '../kb-index.ts';
import { isUnnamed, searchable } from '../names.ts';
import { finishQuestion, questionId, questionRng } from '../question.ts';
import { spokenWords } from '../quotes.ts';
import type { Question } from '../types.ts';
import { sourceName, timeLead, withLeads } from '../wording.ts';
import { actorOption, DISTRACTORS, wrongActorOptions } from './choice.ts';
import { actorIdsOf, type GeneratorContext, unwanted } from './context.ts';
import { claimsInScope } from './scope.ts';

/** "Who said “…”?" for each quote claim, with other people (quoted ones first) as distractors. */
export function whoSaidQuestions(context: GeneratorContext): Question[] {
  const { index } = context;
  const questions: Question[] = [];
  for (const claim of claimsInScope(context)) {
    if (claim.modality !== 'QUOTE' || claim.speakerId === null) continue;
    if (claim.rank === 'DEPRECATED' || !askable(claim, context.includeOffTopic)) continue;
    const framed = needsSourceFraming(index, claim);
    const evidence = claim.evidence.find((e) => spokenWords(e.quote) !== null);
    if (!evidence || !context.wanted([claim], framed ? evidence.sourceId : null)) continue;
    const question = whoSaid(context, claim, evidence, framed);
    if (question) questions.push(question);
  }
  return questions;
}

function whoSaid(
  context: GeneratorContext,
  claim: Claim,
  evidence: Evidence,
  framed: boolean,
): Question | null {
  const { index, seed } = context;
  const speaker = index.actors.get(claim.speakerId ?? '');
  const source = index.sources.get(evidence.sourceId);
  // A speaker named only by a description is never a wrong option: among named ones it would
  // stand out.
  if (!speaker || !source || isUnnamed(speaker)) return null;
  const leads = [
    ...(framed ? [`According to ${sourceName(source)}`] : []),
    ...(claim.qualifiers.time ? [timeLead(claim.qualifiers.time)] : []),
  ];
  const prompt = withLeads(`Who said “${spokenWords(evidence.quote)}”?`, leads);
  const template = framed ? `who-said@source:${source.id}` : 'who-said';
  const id = questionId('WHO_SAID', template, [claim], [speaker.id]);
  if (unwanted(context, id)) return null;
  const search = searchable(prompt);
  const wrong = wrongActorOptions(context, {
    kinds: onlyKind(speaker.kind),
    answers: [speaker],
    storySourceIds: [source.id],
    ruledOut: (actorId) => actorId === claim.subjectId || saidTheseWords(index, actorId, evidence),
    prompt: search,
    count: DISTRACTORS,
    rng: questionRng(seed, id, 'distractors'),
    preferSpeakers: true,
    kin: compatriotsOf(index, speaker.id),
  });
  if (wrong.options.length < DISTRACTORS) return null;
  return finishQuestion(
    index,
    {
      id,
      type: 'WHO_SAID',
      template,
      prompt,
      promptSearch: search,
      options: [actorOption(speaker, true), ...wrong.options],
      selectMany: false,
      answer: speaker.name,
      answerKeys: index.nameKeys.get(speaker.id) ?? [],
      explanation: explain([claim]),
      claims: [claim],
      evidenceSourceId: framed ? source.id : null,
      actorIds: actorIdsOf([claim]),
      prominence: index.prominence.get(speaker.id) ?? 0,
      distractorSimilarity: wrong.similarity,
    },
    seed,
  );
}

/** Whether a claim credits these words (an overlapping span of the same source) to the actor. */
function saidTheseWords(index: QuizIndex, actorId: string, evidence: Evidence): boolean {
  return (index.claimsBySpeaker.get(actorId) ?? []).some((claim) =>
    claim.evidence.some(
      (e) => e.sourceId === evidence.sourceId && e.start < evidence.end && evidence.start < e.end,
    ),
  );
}
