import type { Actor, ClaimValue } from '@attest/knowledge';
import { adversaryOfEventGroup } from '../adversaries.ts';
import { type Fact, framingKey, isQuoted, leadsOf, storyOf, untimedLeadsOf } from '../facts.ts';
import { publishersOf, type QuizIndex } from '../kb-index.ts';
import { isUnnamed, searchable } from '../names.ts';
import { othersAreWrong, wrongIfOpposed } from '../open-ended.ts';
import { inAnotherRegion } from '../places.ts';
import {
  adversaryOfGroup,
  doesSoElsewhere,
  eitherFitsPoorly,
  notOfAnswersCamp,
} from '../poor-fits.ts';
import {
  actorStatementHolds,
  ruledOutAsObject,
  ruledOutAsSubject,
  ruledOutAsValueSubject,
  valueStatementHolds,
} from '../truth.ts';
import type { Question } from '../types.ts';
import { descriptionClass } from '../values.ts';
import { fillSubject, fillTemplate, nameInSentence, valueText, withLeads } from '../wording.ts';

/** A fact asked one way round: "Who blocked X?" (subject) or "What did Y block?" (object). */
export interface Ask {
  fact: Fact;
  direction: 'subject' | 'object';
  /** Names the wording and framing, for the question id. */
  template: string;
  prompt: string;
  /** The prompt made `searchable` (see names.ts). */
  search: string;
  /**
   * The prompt without its time lead ("In 2011, …"), for when the date would point at the one
   * option that names it; null when the prompt has no time lead. Worded on first call: few
   * questions need it.
   */
  untimed: () => Phrasing | null;
  answerActor: Actor | null;
  answerValue: ClaimValue | null;
  /** Whether this actor would also be a right answer according to the base. */
  isRight: (actorId: string) => boolean;
  /** Not a fair wrong answer: right, or tied by a relation to the other side of the fact. */
  ruledOut: (actorId: string) => boolean;
  /** A poor wrong answer, offered last (see describedOtherwise); none for most asks. */
  fitsPoorly?: (actorId: string) => boolean;
  storySourceIds: string[];
  /** The fill-in question, which no seed changes: made once, reused by later requests. */
  memo: { fillIn?: Question | null };
}

export interface Phrasing {
  prompt: string;
  search: string;
}

const cache = new WeakMap<Fact, Ask[]>();

/** The ways a fact can be asked, given its predicate's phrasing (shared by choice and fill-in). */
export function asksOf(index: QuizIndex, fact: Fact): Ask[] {
  let asks = cache.get(fact);
  if (!asks) {
    asks = buildAsks(index, fact);
    cache.set(fact, asks);
  }
  return asks;
}

function buildAsks(index: QuizIndex, fact: Fact): Ask[] {
  const { askSubject, askObject } = fact.predicate.phrasing;
  const subject = index.actors.get(fact.subjectId);
  const object = fact.objectId === null ? null : (index.actors.get(fact.objectId) ?? null);
  if (!subject || (fact.objectId !== null && !object)) return [];
  const objectText = object ? nameInSentence(object) : fact.value ? valueText(fact.value) : null;
  if (objectText === null) return [];

  const leads = leadsOf(index, fact);
  const untimedLeads = untimedLeadsOf(index, fact);
  const suffix = fact.framing.kind === 'PLAIN' ? '' : `@${framingKey(fact.framing)}`;
  const storySourceIds = storyOf(fact);
  const p = fact.predicate.id;
  const asks: Ask[] = [];

  // Who said a quote is asked by who-said questions, from the verbatim evidence.
  const predicate = fact.predicate;
  const subjectIsRight = object
    ? subjectHolds(index, p, object.id)
    : valueHolds(index, p, fact.value as ClaimValue);
  const subjectRuledOut =
    askSubject &&
    !askSubject.includes('{subject}') &&
    !isQuoted(fact) &&
    othersAreWrong(predicate, object)
      ? wrongIfOpposed(
          index,
          predicate,
          'subject',
          object?.id ?? null,
          alsoRulingOutPublishers(
            object
              ? subjectsRuledOut(index, p, subject.id, object.id)
              : valueSubjectsRuledOut(index, p, fact.value as ClaimValue),
            publishersOf(index, storySourceIds),
          ),
          subjectIsRight,
        )
      : null;
  // An answer named only by a description ("An anonymous diplomat") is never a wrong option, so
  // among named rivals it would stand out: such a side is not asked for.
  if (askSubject && subjectRuledOut && !isUnnamed(subject)) {
    asks.push({
      fact,
      direction: 'subject',
      template: `ask-subject${suffix}`,
      ...phrase(
        fillTemplate(whoForKind(askSubject, subject), { object: objectText }),
        leads,
        untimedLeads,
      ),
      answerActor: subject,
      answerValue: null,
      isRight: subjectIsRight,
      ruledOut: subjectRuledOut,
      fitsPoorly: object
        ? eitherFitsPoorly(
            adversaryOfEventGroup(index, predicate, object.id),
            doesSoElsewhere(index, predicate, object.id),
            predicate.relation === 'MEMBER_OF' ? adversaryOfGroup(index, object.id) : undefined,
          )
        : eitherFitsPoorly(
            describedOtherwise(index, p, fact.value as ClaimValue),
            notOfAnswersCamp(index, subject.id),
          ),
      storySourceIds,
      memo: {},
    });
  }
  const objectIsRight = objectHolds(index, p, subject.id);
  const objectRuledOut =
    askObject && !askObject.includes('{object}') && othersAreWrong(predicate, subject)
      ? wrongIfOpposed(
          index,
          predicate,
          'object',
          subject.id,
          objectsRuledOut(index, p, subject.id, object?.id ?? null),
          objectIsRight,
        )
      : null;
  if (askObject && objectRuledOut && !(object && isUnnamed(object))) {
    asks.push({
      fact,
      direction: 'object',
      template: `ask-object${suffix}`,
      ...phrase(fillSubject(askObject, subject), leads, untimedLeads),
      answerActor: object,
      answerValue: object ? null : fact.value,
      isRight: objectIsRight,
      ruledOut: objectRuledOut,
      fitsPoorly: object && predicate.singleValue ? inAnotherRegion(index, object) : undefined,
      storySourceIds,
      memo: {},
    });
  }
  return asks;
}

const prompted = (prompt: string): Phrasing => ({ prompt, search: searchable(prompt) });

/**
 * "Who confirmed …?" asked of a country reads "Which country confirmed …?": its options are all
 * countries, and "who" is for people.
 */
const whoForKind = (question: string, answer: Actor): string =>
  answer.kind === 'COUNTRY' ? question.replace(/^Who (?=\p{Ll})/u, 'Which country ') : question;

// Factories returning unnamed arrows, not closures named per fact: under tsx (esbuild
// keepNames) every named closure costs an Object.defineProperty when it is created.

const phrase = (question: string, leads: readonly string[], untimedLeads: string[] | null) => ({
  ...prompted(withLeads(question, leads)),
  untimed: worded(question, untimedLeads),
});

function worded(question: string, leads: string[] | null): () => Phrasing | null {
  let phrasing: Phrasing | null | undefined;
  return () => {
    phrasing ??= leads ? prompted(withLeads(question, leads)) : null;
    return phrasing;
  };
}

/**
 * For "Who is a professor at Keio University?": those the base describes only in another way
 * (one office: "the President of China") make poor rivals. Undefined when the value is no
 * description.
 */
function describedOtherwise(index: QuizIndex, p: string, value: ClaimValue) {
  const described = descriptionClass(value);
  if (described === null) return undefined;
  return (id: string): boolean => {
    const own = index.valueTruths.get(`${id}|${p}`);
    return !!own && !own.some((v) => descriptionClass(v) === described);
  };
}

/**
 * An outlet whose own text carries the fact told it too: "Which outlet reported that NATO plans
 * an office in Japan?" cannot mark Responsible Statecraft wrong when its article relays it.
 */
const alsoRulingOutPublishers = (
  ruledOut: (id: string) => boolean,
  publishers: ReadonlySet<string>,
) => (publishers.size === 0 ? ruledOut : (id: string) => publishers.has(id) || ruledOut(id));

const subjectHolds = (index: QuizIndex, p: string, objectId: string) => (id: string) =>
  actorStatementHolds(index, id, p, objectId);

const valueHolds = (index: QuizIndex, p: string, value: ClaimValue) => (id: string) =>
  valueStatementHolds(index, id, p, value);

const objectHolds = (index: QuizIndex, p: string, subjectId: string) => (id: string) =>
  actorStatementHolds(index, subjectId, p, id);

const subjectsRuledOut =
  (index: QuizIndex, p: string, subjectId: string, objectId: string) => (id: string) =>
    ruledOutAsSubject(index, p, subjectId, objectId, id);

/** Shared with true/false swaps: a subject given the value is no fair stand-in either. */
export const valueSubjectsRuledOut =
  (index: QuizIndex, p: string, value: ClaimValue) => (id: string) =>
    ruledOutAsValueSubject(index, p, value, id);

const objectsRuledOut =
  (index: QuizIndex, p: string, subjectId: string, objectId: string | null) => (id: string) =>
    ruledOutAsObject(index, p, subjectId, objectId, id);
