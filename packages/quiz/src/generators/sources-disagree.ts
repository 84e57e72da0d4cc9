import type { Actor, Claim, ClaimValue, Dispute, PartialDate, Source } from '@attest/knowledge';
import { answerKey, contradicts, neighbourDates } from '../contradiction.ts';
import { askable } from '../facts.ts';
import type { QuizIndex } from '../kb-index.ts';
import { mentionsAny, nameKey, searchable } from '../names.ts';
import {
  finishQuestion,
  freezeForReuse,
  inSeedOrder,
  type OptionDraft,
  questionId,
} from '../question.ts';
import type { Question } from '../types.ts';
import { valueKey } from '../values.ts';
import {
  asSentence,
  capitalize,
  decapitalize,
  fillSubject,
  formatDate,
  joinList,
  nameInSentence,
  sourceLabel,
  sourceName,
  valueText,
} from '../wording.ts';
import { actorIdsOf, type GeneratorContext } from './context.ts';
import { inScope } from './scope.ts';

/** Options shown when other sources are needed to fill up the choice. */
const TARGET_OPTIONS = 4;
const MAX_CORRECT = 3;

/**
 * How many of the base's first sources a dispute's questions may read: `whichSource` fills its
 * options from the base's sources in order, passing over those of the two claims, so a source
 * added at or after this place leaves them as they were (row-edits.ts).
 */
export const sourcesReadFor = (first: Claim, second: Claim): number =>
  TARGET_OPTIONS + first.evidence.length + second.evidence.length;

/**
 * Two questions a teacher can use on a recorded dispute: "Which source says that …?" for each
 * side (sources as options, the other side's sources as distractors), and "What does <source>
 * say?" for each source that takes one side (the two statements as options). Only the order of
 * the options depends on the seed: a dispute's questions are made once and reused.
 */
export function sourcesDisagreeQuestions(context: GeneratorContext): Question[] {
  const { index } = context;
  const questions: Question[] = [];
  for (const dispute of inScope(context, index.kb.disputes, (d) => [d.firstId, d.secondId])) {
    const first = index.claims.get(dispute.firstId);
    const second = index.claims.get(dispute.secondId);
    if (!first || !second) continue;
    // Two wordings that can both be right make no question: the quiz would mark one wrong.
    if (!contradicts(index, first, second)) continue;
    const claims = [first, second];
    if (!claims.every((c) => askable(c, context.includeOffTopic))) continue;
    if (!context.wanted(claims)) continue;
    let kept = index.disputeQuestions.get(dispute);
    if (!kept) {
      kept = disputeQuestions(index, dispute, first, second).map(freezeForReuse);
      index.disputeQuestions.set(dispute, kept);
    }
    for (const question of kept) questions.push(inSeedOrder(question, context.seed));
  }
  return questions;
}

function disputeQuestions(
  index: QuizIndex,
  dispute: Dispute,
  first: Claim,
  second: Claim,
): Question[] {
  const lead = leadOf(index, dispute, first, second);
  // Without a topic the prompt would ask about "this point": skip the dispute.
  if (lead === null) return [];
  const questions: Question[] = [];
  for (const [side, other] of [
    [first, second],
    [second, first],
  ] as const) {
    const question = whichSource(index, dispute, lead, side, other);
    if (question) questions.push(question);
  }
  for (const source of sourcesOf(index, [first, second])) {
    const question = whatSourceSays(index, dispute, lead, source, first, second);
    if (question) questions.push(question);
  }
  return questions;
}

function whichSource(
  index: QuizIndex,
  dispute: Dispute,
  lead: string,
  side: Claim,
  other: Claim,
): Question | null {
  const sides = sourcesOf(index, [side]);
  const right = sides.slice(0, MAX_CORRECT);
  const rightIds = new Set(sides.map((s) => s.id));
  const wrong = sourcesOf(index, [other]).filter((s) => !rightIds.has(s.id));
  // Told apart by id, as the right ones are: rows equal in content may be other objects.
  const taken = new Set([...rightIds, ...wrong.map((s) => s.id)]);
  for (const source of index.kb.sources) {
    if (right.length + wrong.length >= TARGET_OPTIONS) break;
    if (!taken.has(source.id)) wrong.push(source);
  }
  const wrongShown = wrong.slice(0, Math.max(1, TARGET_OPTIONS - right.length));
  const plural = right.length > 1;
  const asked =
    `Which ${plural ? 'sources say' : 'source says'} that ${clause(side.statement)}?` +
    (plural ? ' Select all that apply.' : '');
  const options: OptionDraft[] = [
    ...right.map((s) => ({ key: s.id, text: sourceLabel(s), correct: true, sourceId: s.id })),
    ...wrongShown.map((s) => ({ key: s.id, text: sourceLabel(s), correct: false, sourceId: s.id })),
  ];
  const template = 'dispute-which-source';
  return finishQuestion(index, {
    id: questionId('SOURCES_DISAGREE', template, [side, other], [side.id]),
    type: 'SOURCES_DISAGREE',
    template,
    prompt: `${lead} ${asked}`,
    askedSearch: searchable(asked),
    options,
    selectMany: plural,
    answer: right.map(sourceLabel).join('; '),
    answerKeys: right.flatMap(sourceKeys),
    explanation: explainDispute(index, dispute, [side, other]),
    claims: [side, other],
    actorIds: actorIdsOf([side, other]),
    prominence: 0,
    distractorSimilarity: 0.5,
  });
}

function whatSourceSays(
  index: QuizIndex,
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
  // Opposite predicates (backed, opposed) have two answers only: asked by which-source alone.
  if (first.predicateId !== second.predicateId) return null;
  const subject = index.actors.get(side.subjectId);
  const askObject = index.predicates.get(side.predicateId)?.phrasing?.askObject;
  if (!subject || !askObject || askObject.includes('{object}')) return null;
  const options = answerOptions(index, first, second, side);
  if (options.length < MIN_OPTIONS) return null;
  // A year inside an answer that is not a date tells the report of 2023 from that of 2024.
  const dated = first.value?.kind === 'date';
  if (!dated && options.some((o) => YEAR.test(o.text))) return null;
  const template = `dispute-source-says@source:${source.id}`;
  const asked = `According to ${sourceName(source)}, ${decapitalize(fillSubject(askObject, subject))}`;
  const right = options.find((o) => o.correct);
  return finishQuestion(index, {
    id: questionId('SOURCES_DISAGREE', template, [first, second], [side.id]),
    type: 'SOURCES_DISAGREE',
    template,
    prompt: `${lead} ${asked}`,
    // The lead names what both statements are about: only the question may not point at one.
    askedSearch: searchable(asked),
    options,
    selectMany: false,
    answer: right?.text ?? '',
    answerKeys: [],
    explanation: explainDispute(index, dispute, [first, second]),
    claims: [first, second],
    // The source's own quote proves what it says.
    evidenceSourceId: source.id,
    actorIds: actorIdsOf([first, second]),
    prominence: 0,
    distractorSimilarity: 1,
  });
}

/** At least this many options: two sides alone are a coin toss. */
const MIN_OPTIONS = 3;
const YEAR = /\b(1[89]|20)\d\d\b/;

/**
 * The two sides' answers (an object's name, a value) and wrong ones of the same kind: the months
 * next to a disputed date, other values of the predicate, other actors of the object's kind that
 * fill the predicate's object role elsewhere. None the base gives the subject. Not seeded: the
 * dispute's questions are made once (their content must not depend on the seed).
 */
function answerOptions(index: QuizIndex, first: Claim, second: Claim, side: Claim): OptionDraft[] {
  const options: OptionDraft[] = [];
  const taken = new Set<string>();
  const add = (key: string, text: string, correct: boolean, actorId?: string) => {
    const named = nameKey(text);
    if (taken.has(key) || taken.has(named) || options.length >= TARGET_OPTIONS) return;
    taken.add(key);
    taken.add(named);
    options.push({ key, text, correct, actorId: actorId ?? null });
  };
  // "11 July 2023" among "June 2023", "May 2023" and "August 2023" would stand out as a side by
  // its day alone: both sides are shown at the coarser precision when that keeps them apart.
  const shown = samePrecision(valuesOf(first)[0], valuesOf(second)[0]);
  for (const claim of [side, side === first ? second : first]) {
    const key = answerKey(claim);
    const value = claim === first ? shown?.[0] : shown?.[1];
    const text = value ? capitalize(valueText(value)) : answerText(index, claim);
    if (key === null || text === null) return [];
    add(key, text, claim === side, claim.objectId ?? undefined);
  }
  const subjectKey = `${side.subjectId}|${side.predicateId}`;
  if (side.value) {
    const given = new Set((index.valueTruths.get(subjectKey) ?? []).map(valueKey));
    const others = [
      ...(side.value.kind === 'date' ? neighbourDates([first, second].flatMap(valuesOf)) : []),
      ...(index.valueClaimsByPredicate.get(side.predicateId) ?? []).flatMap(valuesOf),
    ];
    for (const value of others) {
      if (value.kind !== side.value.kind || given.has(valueKey(value))) continue;
      add(valueKey(value), capitalize(valueText(value)), false);
    }
  } else if (side.objectId !== null) {
    const kind = index.actors.get(side.objectId)?.kind;
    for (const id of index.roleActors.get(`object|${side.predicateId}`) ?? []) {
      const actor = index.actors.get(id);
      if (!actor || actor.kind !== kind) continue;
      if (index.actorTruths.has(`${subjectKey}|${id}`)) continue;
      add(id, actor.name, false, id);
    }
  }
  return options;
}

const valuesOf = (claim: Claim): ClaimValue[] => (claim.value ? [claim.value] : []);

const PRECISIONS = ['YEAR', 'MONTH', 'DAY'] as const;
const LENGTHS = { YEAR: 4, MONTH: 7, DAY: 10 } as const;

/**
 * Two dates at the coarser of their precisions ("July 2023" for "11 July 2023" against "June
 * 2023"), or null when they are no dates, are already alike, or would then read the same.
 */
function samePrecision(
  a: ClaimValue | undefined,
  b: ClaimValue | undefined,
): [ClaimValue, ClaimValue] | null {
  if (a?.kind !== 'date' || b?.kind !== 'date' || a.date.precision === b.date.precision)
    return null;
  const precision =
    PRECISIONS[
      Math.min(PRECISIONS.indexOf(a.date.precision), PRECISIONS.indexOf(b.date.precision))
    ];
  if (!precision) return null;
  const at = (v: { date: { value: string } }): ClaimValue => ({
    kind: 'date',
    date: { value: v.date.value.slice(0, LENGTHS[precision]), precision },
  });
  const [x, y] = [at(a), at(b)];
  return valueKey(x) === valueKey(y) ? null : [x, y];
}

function answerText(index: QuizIndex, claim: Claim): string | null {
  if (claim.value) return capitalize(valueText(claim.value));
  const actor = claim.objectId === null ? undefined : index.actors.get(claim.objectId);
  return actor ? actor.name : null;
}

/**
 * "Sources give different dates for the Vilnius summit.": names the topic, never a side. Null
 * when the two claims share no actor to name: "Sources disagree on this point." tells nothing.
 */
function leadOf(index: QuizIndex, dispute: Dispute, a: Claim, b: Claim): string | null {
  const shared = sharedActor(index, a, b);
  const topic = shared.id ? index.actors.get(shared.id) : undefined;
  if (!topic) return null;
  const partner = shared.side === 'subject' ? partnerOf(index, a, b) : undefined;
  const about = partner
    ? `${nameInSentence(topic)} and ${nameInSentence(partner)}`
    : nameInSentence(topic);
  switch (dispute.aspect) {
    case 'DATE':
      return `Sources give different dates for ${about}.`;
    case 'NUMBER':
      return `Sources give different figures for ${about}.`;
    case 'STATUS': {
      // What an actor does has a state of play; a thing (an office, a plan) has a status.
      const what =
        AGENTS.has(topic.kind) && !partner ? `where ${about} stood` : `the status of ${about}`;
      // Told at different times, the two may both be right: the plan of 2023, the veto of 2024.
      const apart = reportedApart(index, a, b);
      return apart
        ? `Reports from ${apart[0]} and ${apart[1]} differ on ${what}.`
        : `Sources disagree about ${what}.`;
    }
    default:
      // Two wordings of one fact ("a threat", "a systemic challenge") differ; they may not clash.
      return `Sources differ on ${about}.`;
  }
}

/**
 * When the sources of one claim all came out before those of the other ("2023", "July 2024"),
 * earlier first; null when a date is missing or the times overlap.
 */
function reportedApart(index: QuizIndex, a: Claim, b: Claim): [string, string] | null {
  const first = publishedDates(index, a);
  const second = publishedDates(index, b);
  if (!first || !second) return null;
  if (allBefore(first, second)) return [formatDate(latest(first)), formatDate(latest(second))];
  if (allBefore(second, first)) return [formatDate(latest(second)), formatDate(latest(first))];
  return null;
}

function publishedDates(index: QuizIndex, claim: Claim): PartialDate[] | null {
  const dates = sourcesOf(index, [claim]).map((s) => s.published);
  return dates.length > 0 && dates.every((d) => d !== null) ? (dates as PartialDate[]) : null;
}

/** Every date of one list before every date of the other, and not within it ("2024", "2024-07"). */
const allBefore = (x: PartialDate[], y: PartialDate[]) =>
  x.every((d) => y.every((e) => d.value < e.value && !e.value.startsWith(d.value)));

const latest = (dates: PartialDate[]) => dates.reduce((x, y) => (y.value > x.value ? y : x));

/** Kinds that act and take positions: they "stand" somewhere, where a thing has a status. */
const AGENTS = new Set(['PERSON', 'COUNTRY', 'GOVERNMENT', 'ORGANIZATION', 'ALLIANCE', 'MEDIA']);

/**
 * With a shared subject, the object one claim names and both statements mention ("NATO" and
 * "China"): "Sources disagree about NATO." alone says little.
 */
function partnerOf(index: QuizIndex, a: Claim, b: Claim): Actor | undefined {
  const statements = [searchable(a.statement), searchable(b.statement)];
  for (const id of [a.objectId, b.objectId]) {
    const actor = id === null ? undefined : index.actors.get(id);
    const keys = actor ? (index.nameKeys.get(actor.id) ?? []) : [];
    if (actor && statements.every((text) => mentionsAny(text, keys))) return actor;
  }
  return undefined;
}

/**
 * The actor both claims are about: a shared object ("the Tokyo office"), else a shared subject,
 * else one that is the subject of one claim and the object of the other. Failing those, one of
 * the claims' own actors that the other statement names ("NATO's shift toward confronting China"
 * against "Stoltenberg said NATO does not seek confrontation"), or the group one subject belongs
 * to when a relation ties it to the other (Mao Ning speaks for the Chinese Foreign Ministry).
 */
function sharedActor(
  index: QuizIndex,
  a: Claim,
  b: Claim,
): { id: string | null; side: 'subject' | 'object' } {
  if (a.objectId !== null && a.objectId === b.objectId) return { id: a.objectId, side: 'object' };
  if (a.subjectId === b.subjectId) return { id: a.subjectId, side: 'subject' };
  if (a.objectId !== null && a.objectId === b.subjectId) return { id: a.objectId, side: 'object' };
  if (b.objectId !== null && b.objectId === a.subjectId) return { id: b.objectId, side: 'object' };
  for (const [claim, other] of [
    [a, b],
    [b, a],
  ] as const) {
    const said = searchable(other.statement);
    for (const [id, side] of [
      [claim.objectId, 'object'],
      [claim.subjectId, 'subject'],
    ] as const) {
      if (id !== null && mentionsAny(said, index.nameKeys.get(id) ?? [])) return { id, side };
    }
  }
  if (index.relationLinks.has(`${a.subjectId}|${b.subjectId}`)) {
    const person = index.actors.get(a.subjectId)?.kind === 'PERSON';
    return { id: person ? b.subjectId : a.subjectId, side: 'subject' };
  }
  return { id: null, side: 'object' };
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

/**
 * The dispute's description, then what each side's sources say, unless the description names
 * the sources itself: a curated description then tells both sides, and repeating them after it
 * reads as padding. Titles count by their head too ("NATO to Open …" for "NATO to Open …, in
 * Japan").
 */
function explainDispute(index: QuizIndex, dispute: Dispute, claims: readonly Claim[]): string {
  const described = dispute.description.toLowerCase();
  const names = (s: Source) => [s.publisher, s.title, s.title.split(', ')[0]];
  const named = (s: Source) => names(s).some((n) => n && described.includes(n.toLowerCase()));
  const told = claims.some((c) => sourcesOf(index, [c]).some(named));
  const sides = told
    ? []
    : claims.map((c) => {
        // One list per side ("A, B and C: …"), never "A and B and C".
        const sources = joinList(sourcesOf(index, [c]).map(sourceName));
        return `${capitalize(sources)}: ${asSentence(c.statement)}`;
      });
  return [asSentence(dispute.description), ...sides].join(' ');
}
