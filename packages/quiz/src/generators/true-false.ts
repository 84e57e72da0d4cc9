import type { Actor, Claim, ClaimValue } from '@attest/knowledge';
import { adversaryOfEventGroup } from '../adversaries.ts';
import { onlyKind, pickActorDistractors } from '../distractors.ts';
import {
  collectFacts,
  explainFact,
  type Fact,
  framingKey,
  isQuoted,
  leadsOf,
  storyOf,
} from '../facts.ts';
import { publishersOf, type QuizIndex } from '../kb-index.ts';
import { mentionsAny, searchable } from '../names.ts';
import { othersAreWrong, wrongIfOpposed } from '../open-ended.ts';
import { finishQuestion, freezeForReuse, questionId, similarityOf } from '../question.ts';
import { createRng, type Rng } from '../random.ts';
import { fillsFamilyRole, fillsRole, type Role } from '../roles.ts';
import {
  actorStatementHolds,
  ruledOutAsObject,
  ruledOutAsSubject,
  tiedOrSpeaksFor,
  valueStatementHolds,
} from '../truth.ts';
import type { Question } from '../types.ts';
import { pickValueDistractors } from '../value-distractors.ts';
import { valueId } from '../values.ts';
import {
  asSentence,
  fillSubject,
  nameInSentence,
  statesAState,
  valueText,
  withLeads,
} from '../wording.ts';
import { timeFitsActor } from '../years.ts';
import { valueSubjectsRuledOut } from './ask.ts';
import {
  actorIdsOf,
  factClaimIds,
  framingSourceId,
  type GeneratorContext,
  wantedFacts,
} from './context.ts';
import { inScope } from './scope.ts';

/** A stand-in for the subject or the object that makes the statement false. */
interface Swap {
  subject: Actor;
  objectText: string;
  /** The value swapped in, when the object is one. */
  value?: ClaimValue;
  similarity: number;
  sameStory: boolean;
}

/**
 * Each fact as a true statement, and once more made false by swapping in a plausible wrong actor
 * or value. The swap depends on the fact, not the seed, so a false statement's id always names
 * the same sentence; the swapped statement must not be true by any claim or relation. Nothing
 * here depends on the seed: a fact's statements are made once and reused by later requests.
 */
export function trueFalseQuestions(context: GeneratorContext): Question[] {
  const questions: Question[] = [];
  const { wantedProofs: proofs } = context;
  const facts = collectFacts(context.index, context.includeOffTopic);
  for (const fact of inScope(context, facts, factClaimIds)) {
    const asked = context.wanted(fact.claims, framingSourceId(fact));
    if (!asked && !proofs?.may(fact.predicate.id, fact.objectId)) continue;
    fact.memo.statements ??= statementsOf(context.index, fact);
    if (asked) questions.push(...fact.memo.statements);
    else {
      // A fact the filters reject may still give a false statement they keep: one that shows
      // another claim's quotes, from a source the filter names (see `wantedProofs`).
      for (const q of fact.memo.statements) if (proofs?.shows(q.evidence)) questions.push(q);
    }
  }
  for (const fact of wantedFacts(context, true)) {
    fact.memo.statements ??= deniedStatement(context.index, fact);
    questions.push(...fact.memo.statements);
  }
  return questions;
}

/**
 * What a denial denies, stated, is false by its evidence: "According to Jens Stoltenberg, NATO
 * identified China as an adversary." Not when another claim states it: sources then disagree.
 */
function deniedStatement(index: QuizIndex, fact: Fact): Question[] {
  const subject = index.actors.get(fact.subjectId);
  const object = fact.objectId === null ? null : index.actors.get(fact.objectId);
  if (!subject || object === undefined) return [];
  if (object && namesTheOther(index, subject, object)) return [];
  const p = fact.predicate.id;
  const stated = object
    ? actorStatementHolds(index, subject.id, p, object.id)
    : valueStatementHolds(index, subject.id, p, fact.value as ClaimValue);
  if (stated) return [];
  const objectText = object ? nameInSentence(object) : valueText(fact.value as ClaimValue);
  const statement = sentence(index, fact, subject, objectText);
  const question = freezeForReuse(
    statementQuestion(
      index,
      fact,
      { statement, isTrue: false, similarity: 0.5, template: 'statement-denied' },
      subject,
    ),
  );
  return question ? [question] : [];
}

function statementsOf(index: QuizIndex, fact: Fact): Question[] {
  const subject = index.actors.get(fact.subjectId);
  const object = fact.objectId === null ? null : index.actors.get(fact.objectId);
  if (!subject || object === undefined) return [];
  // "The 2022 summit in Madrid was held in Madrid" is no question, nor is its false twin.
  if (object && namesTheOther(index, subject, object)) return [];
  const objectText = object ? nameInSentence(object) : valueText(fact.value as ClaimValue);
  const truth = sentence(index, fact, subject, objectText);
  const swap = falsify(index, fact, subject, object, searchable(truth));
  const opposed = swap || !object ? null : opposedStatement(index, fact, subject, object);
  const variants = [
    { statement: truth, isTrue: true, similarity: 0 },
    ...(swap
      ? [
          {
            statement: sentence(index, fact, swap.subject, swap.objectText),
            isTrue: false,
            similarity: similarityOf([swap]),
            told: whyFalse(index, fact, subject, object, swap),
          },
        ]
      : []),
    ...(opposed
      ? [{ statement: opposed, isTrue: false, similarity: 1, template: 'statement-opposite' }]
      : []),
  ];
  const questions: Question[] = [];
  for (const variant of variants) {
    const question = freezeForReuse(statementQuestion(index, fact, variant, subject));
    if (question) questions.push(question);
  }
  return questions;
}

function sentence(
  index: QuizIndex,
  fact: Fact,
  subject: Actor,
  objectText: string,
  template = fact.predicate.phrasing.statement,
): string {
  const clause = fillSubject(template, subject, objectText);
  return asSentence(withLeads(clause, leadsOf(index, fact)));
}

/**
 * The fact with the opposite predicate (supports and opposes, `opposite` in predicates.yaml), of
 * its own or of one it implies: "China opposes Russia" where a claim says China supports Russia.
 * False by the base's own word, so it is made even where no swap may be (an open-ended predicate
 * about a country), unless a claim states the opposite too. Only for a plain fact worded as its
 * predicate is (not a plan, not a past state) and in the same tense: "In 2023, Macron supports
 * the office" cannot stand for "Macron blocked it".
 */
function opposedStatement(
  index: QuizIndex,
  fact: Fact,
  subject: Actor,
  object: Actor,
): string | null {
  if (fact.framing.kind !== 'PLAIN' || index.predicates.get(fact.predicate.id) !== fact.predicate)
    return null;
  const tense = statesAState(fact.predicate.phrasing.statement);
  for (const id of [fact.predicate.id, ...fact.predicate.implies]) {
    const oppositeId = index.predicates.get(id)?.opposite;
    const opposite = oppositeId ? index.predicates.get(oppositeId) : undefined;
    if (!opposite?.phrasing || statesAState(opposite.phrasing.statement) !== tense) continue;
    if (actorStatementHolds(index, subject.id, opposite.id, object.id)) return null;
    return sentence(index, fact, subject, nameInSentence(object), opposite.phrasing.statement);
  }
  return null;
}

function statementQuestion(
  index: QuizIndex,
  fact: Fact,
  variant: {
    statement: string;
    isTrue: boolean;
    similarity: number;
    template?: string;
    /** What the base says of a subject swapped in, to show why the statement is false. */
    told?: Claim[];
  },
  subject: Actor,
): Question | null {
  const suffix = fact.framing.kind === 'PLAIN' ? '' : `@${framingKey(fact.framing)}`;
  const kind = variant.template ?? (variant.isTrue ? 'statement-true' : 'statement-false');
  const template = `${kind}${suffix}`;
  const answer = variant.isTrue ? 'true' : 'false';
  return finishQuestion(index, {
    id: questionId('TRUE_FALSE', template, fact.claims, [answer]),
    type: 'TRUE_FALSE',
    template,
    prompt: variant.statement,
    options: [
      { key: 'true', text: 'True', correct: variant.isTrue },
      { key: 'false', text: 'False', correct: !variant.isTrue },
    ],
    selectMany: false,
    answer: variant.isTrue ? 'True' : 'False',
    answerKeys: [],
    explanation: [
      ...new Set((variant.told ?? []).map((c) => c.statement.trim())),
      explainFact(index, fact),
    ].join(' '),
    claims: fact.claims,
    // The claims that show a false statement false: their quotes name who it is about.
    proofs: variant.told ?? [],
    evidenceSourceId: fact.framing.kind === 'SOURCE' ? fact.framing.sourceId : null,
    actorIds: actorIdsOf(fact.claims),
    prominence: index.prominence.get(subject.id) ?? 0,
    distractorSimilarity: variant.similarity,
  });
}

/**
 * What shows a swapped statement false: what the base says of a subject swapped in, or who it
 * gives a value swapped in.
 */
function whyFalse(
  index: QuizIndex,
  fact: Fact,
  subject: Actor,
  object: Actor | null,
  swap: Swap,
): Claim[] {
  if (swap.subject !== subject) return toldOf(index, swap.subject, fact, object);
  return swap.value ? whoHas(index, fact, swap.value) : [];
}

/**
 * What the base says of an actor swapped in as subject, to explain why the statement is false:
 * its claims about the same object ("Macron shot down the office" for "Macron supports the
 * office"), else its claims of the same predicate ("NATO headquarters is in Brussels" for "… is
 * located in Lithuania"). Their quotes come first in the evidence: they name the swapped subject.
 */
function toldOf(index: QuizIndex, swapped: Actor, fact: Fact, object: Actor | null): Claim[] {
  const told: Claim[] = [];
  const add = (key: string) => {
    for (const claim of index.claimsByTriple.get(key) ?? []) told.push(claim);
  };
  // Most swaps have no claim about the object: looked up by predicate only where one links them.
  if (object && index.claimLinks.get(swapped.id)?.has(object.id)) {
    for (const p of index.predicates.keys()) add(`${swapped.id}|${p}|${object.id}`);
  }
  if (told.length === 0) {
    const p = fact.predicate.id;
    for (const other of index.objectsOf.get(`${swapped.id}|${p}`) ?? []) {
      add(`${swapped.id}|${p}|${other}`);
    }
  }
  return [...new Set(told)];
}

/** Who the base gives a value swapped in: who did say the words put in another mouth. */
function whoHas(index: QuizIndex, fact: Fact, value: ClaimValue): Claim[] {
  const id = valueId(value);
  return (index.valueClaimsByPredicate.get(fact.predicate.id) ?? []).filter(
    (claim) => claim.value && valueId(claim.value) === id,
  );
}

/** A statement that gives its object as words in quotation marks: "{subject} said “{object}”". */
const QUOTES_ITS_OBJECT = /[“"]\{object\}[”"]/;

/**
 * Swaps the object, else the subject, for one the base does not make true. The object goes
 * first: for most predicates a subject has one such object (one place, one date, one speaker),
 * so another object is false rather than merely unreported.
 */
function falsify(
  index: QuizIndex,
  fact: Fact,
  subject: Actor,
  object: Actor | null,
  truth: string,
): Swap | null {
  // Free text ("aims to further promote Japan's ties with NATO") is rarely false of another
  // subject, or of this one in other words: only a quote, verbatim and someone's own, and
  // stated as words in quotation marks, is swapped. "Beebe warned that an office in China's
  // backyard would raise tensions" gives Macron's point, which Beebe made in his own words.
  const quoted = isQuoted(fact) && QUOTES_ITS_OBJECT.test(fact.predicate.phrasing.statement);
  if (fact.value?.kind === 'text' && !quoted) return null;
  // "According to Grand, China opposes the office" is false only in who said it, which a learner
  // cannot tell from whether it is so. A quote put in the wrong mouth is plainly false.
  if (fact.framing.kind !== 'PLAIN' && !quoted) return null;
  // Drawn from the fact itself, not the caller's seed: a false statement's id must always name
  // the same sentence.
  const common = {
    storySourceIds: storyOf(fact),
    prompt: truth,
    count: 1,
    rng: createRng(`swap|${fact.key}`),
  };
  // Each swap keeps one side: only one whose others are all wrong (see open-ended.ts).
  const swapped = othersAreWrong(fact.predicate, subject)
    ? swapObject(index, fact, subject, object, common)
    : null;
  if (swapped) return swapped;
  return othersAreWrong(fact.predicate, object)
    ? swapSubject(index, fact, subject, object, common)
    : null;
}

// Module-level functions and returned arrows rather than closures named per fact: under tsx
// (esbuild keepNames) every named closure costs an Object.defineProperty when it is created.

interface SwapDraw {
  storySourceIds: string[];
  prompt: string;
  count: number;
  rng: Rng;
}

function swapObject(
  index: QuizIndex,
  fact: Fact,
  subject: Actor,
  object: Actor | null,
  common: SwapDraw,
): Swap | null {
  const p = fact.predicate.id;
  if (object) {
    const ruledOut = wrongIfOpposed(
      index,
      fact.predicate,
      'object',
      subject.id,
      objectWouldHold(index, fact, subject.id, object.id),
      objectHolds(index, p, subject.id),
    );
    if (!ruledOut) return null;
    const [pick] = pickActorDistractors(index, {
      ...common,
      kinds: onlyKind(object.kind),
      answers: [object],
      role: { predicateId: p, side: 'object' },
      ruledOut,
    });
    return pick ? { subject, objectText: nameInSentence(pick.actor), ...pick } : null;
  }
  const value = fact.value as ClaimValue;
  const [pick] = pickValueDistractors(index, {
    ...common,
    subjectId: subject.id,
    predicateId: p,
    answers: [value],
  });
  return pick
    ? { subject, objectText: valueText(pick), value: pick, similarity: 0.5, sameStory: true }
    : null;
}

const objectHolds = (index: QuizIndex, p: string, subjectId: string) => (id: string) =>
  actorStatementHolds(index, subjectId, p, id);

const subjectHolds = (index: QuizIndex, p: string, objectId: string) => (id: string) =>
  actorStatementHolds(index, id, p, objectId);

const isIn =
  (ids: ReadonlySet<string>) =>
  (id: string): boolean =>
    ids.has(id);

const eitherOf =
  (a: (id: string) => boolean, b: (id: string) => boolean) =>
  (id: string): boolean =>
    a(id) || b(id);

function swapSubject(
  index: QuizIndex,
  fact: Fact,
  subject: Actor,
  object: Actor | null,
  common: SwapDraw,
): Swap | null {
  const p = fact.predicate.id;
  const wouldHold = wrongIfOpposed(
    index,
    fact.predicate,
    'subject',
    object?.id ?? null,
    object
      ? subjectWouldHold(index, fact, subject.id, object.id)
      : valueSubjectsRuledOut(index, p, fact.value as ClaimValue),
    object
      ? subjectHolds(index, p, object.id)
      : valueSubjectsRuledOut(index, p, fact.value as ClaimValue),
  );
  if (!wouldHold) return null;
  const adversary = adversaryOfEventGroup(index, fact.predicate, object?.id ?? null);
  // An outlet whose own text carries the fact told it too ("RS reported …" is no lie).
  const publishers = publishersOf(index, common.storySourceIds);
  const ruledOut = publishers.size > 0 ? eitherOf(wouldHold, isIn(publishers)) : wouldHold;
  const [pick] = pickActorDistractors(index, {
    ...common,
    kinds: onlyKind(subject.kind),
    answers: [subject],
    role: { predicateId: p, side: 'subject' },
    ruledOut: adversary ? eitherOf(ruledOut, adversary) : ruledOut,
  });
  const objectText = object ? nameInSentence(object) : valueText(fact.value as ClaimValue);
  return pick ? { subject: pick.actor, objectText, ...pick } : null;
}

// A swapped-in actor must be ruled out by no rule of truth.ts, fit the statement (see
// swapIsAbsurd), and have no relation to the actor it replaces (the AP4 for NATO, its partner, is
// confused, not false).

const objectWouldHold =
  (index: QuizIndex, fact: Fact, subjectId: string, objectId: string) =>
  (id: string): boolean =>
    ruledOutAsObject(index, fact.predicate.id, subjectId, objectId, id) ||
    swapIsAbsurd(index, fact, 'object', id) ||
    tiedOrSpeaksFor(index, objectId, id);

const subjectWouldHold =
  (index: QuizIndex, fact: Fact, subjectId: string, objectId: string) =>
  (id: string): boolean =>
    ruledOutAsSubject(index, fact.predicate.id, subjectId, objectId, id) ||
    swapIsAbsurd(index, fact, 'subject', id) ||
    tiedOrSpeaksFor(index, id, subjectId);

/**
 * Those a text rarely says did not do something: a person, and an alliance of partners that acts
 * through its members ("the AP4 set up NATO's office in Kuwait" is false only for want of a text).
 */
const ACTS_UNSEEN: ReadonlySet<string> = new Set(['PERSON', 'ALLIANCE']);

/**
 * Dated otherwise by its own name ("In 2011, the 2022 summit …"), or nowhere on this side of this
 * predicate (or its family): "Trump leads China" is absurd rather than false, where "Macron leads
 * Australia" tests who leads what. A person put in as subject must do this elsewhere too: "Camille
 * Grand visited Japan" would be false only because no text says so, where "Frederiksen leads
 * NATO" swaps one leader for another; likewise an alliance. Countries and organizations act in
 * the open: "Russia attended NATO's summit" is false for all to see.
 */
function swapIsAbsurd(index: QuizIndex, fact: Fact, side: Role['side'], id: string): boolean {
  if (fact.time !== null && !timeFitsActor(index, fact.time, id)) return true;
  if (side === 'subject' && !ACTS_UNSEEN.has(index.actors.get(id)?.kind ?? 'PERSON')) return false;
  const role = { predicateId: fact.predicate.id, side };
  return !fillsRole(index, role, id) && !fillsFamilyRole(index, role, id);
}

/** Whether one actor's name contains another's (a name or alias), as whole words. */
const namesTheOther = (index: QuizIndex, named: Actor, other: Actor): boolean =>
  mentionsAny(searchable(named.name), index.nameKeys.get(other.id) ?? []);
