import type { Actor } from '@attest/knowledge';
import { answersAreClosed } from '../closed-answers.ts';
import { acceptedNamesOf } from '../country-names.ts';
import { explainFact } from '../facts.ts';
import { actorsOf, type QuizIndex } from '../kb-index.ts';
import { placesAround } from '../places.ts';
import { sharedGiveaways } from '../quality.ts';
import { finishQuestion, freezeForReuse, questionId } from '../question.ts';
import { relationHolds } from '../truth.ts';
import type { Question } from '../types.ts';
import { valueKey } from '../values.ts';
import { type Ask, asksOf, type Phrasing } from './ask.ts';
import { actorIdsOf, framingSourceId, type GeneratorContext, wantedFacts } from './context.ts';

/**
 * "Who blocked the Tokyo office?" answered by typing. Accepted: the name and aliases of every
 * actor the base says answers it, so a second right answer is not marked wrong.
 */
export function fillInQuestions(context: GeneratorContext): Question[] {
  const { index } = context;
  const questions: Question[] = [];
  for (const fact of wantedFacts(context)) {
    for (const ask of asksOf(index, fact)) {
      // Typed answers have no options to draw: the question is the same under every seed.
      if (ask.memo.fillIn === undefined) ask.memo.fillIn = freezeForReuse(fillIn(index, ask));
      if (ask.memo.fillIn) questions.push(ask.memo.fillIn);
    }
  }
  return questions;
}

function fillIn(index: QuizIndex, ask: Ask): Question | null {
  const { fact } = ask;
  const answer = ask.answerActor;
  // Asks never want an actor named only by a description (ask.ts): nobody types one either.
  if (!answer || !answersAreClosed(index, ask)) return null;
  // The date in the prompt and in the answer's name ("In 2011, …" for "the 2011
  // intervention") is a hint: ask without it (then any time's answer is right). Other shared
  // words stay: with nothing to pick from, "the Alliance" does not point at one option.
  const timedHints = hints(ask, answer);
  const untimed = timedHints > 0 ? ask.untimed() : null;
  const phrased = untimed && hints(untimed, answer) < timedHints ? untimed : ask;
  const timed = phrased === ask;
  const { names, keys, unique } = rightAnswers(index, ask, answer, timed);
  // Two right answers in the base: whichever the learner types, a teacher sees a guess.
  if (!unique || !typeable(answer, names)) return null;
  // "What aimed to strengthen dialogue with partners in the Indo-Pacific?" names nothing the
  // answer is about: a free description fits the office as well as the Strategic Concept.
  // "Who argued that …" points at one person's words; a thing described is too open.
  if (ask.direction === 'subject' && fact.value?.kind === 'text' && answer.kind !== 'PERSON') {
    return null;
  }
  return finishQuestion(index, {
    id: questionId('FILL_IN', ask.template, fact.claims, [answer.id]),
    type: 'FILL_IN',
    template: ask.template,
    prompt: phrased.prompt,
    promptSearch: phrased.search,
    options: [],
    selectMany: false,
    acceptedAnswers: names,
    answer: answer.name,
    answerKeys: keys,
    explanation: explainFact(index, fact),
    claims: fact.claims,
    evidenceSourceId: framingSourceId(fact),
    actorIds: actorIdsOf(fact.claims),
    prominence: index.prominence.get(answer.id) ?? 0,
    distractorSimilarity: 0,
  });
}

/** The names a learner may type, and their keys (which the prompt must not contain). */
interface RightAnswers {
  names: string[];
  keys: string[];
  /** One actor answers (with the country its government body speaks for). */
  unique: boolean;
}

/** Kinds with names a learner can type: a thing's name is often a description of it. */
const TYPEABLE_KINDS = new Set([
  'PERSON',
  'COUNTRY',
  'ORGANIZATION',
  'ALLIANCE',
  'GOVERNMENT',
  'PLACE',
]);
const MAX_TYPED_WORDS = 4;

/**
 * Whether a learner could type the answer: a short proper name ("Stoltenberg", "NATO", "Keio
 * University"), not a description ("NATO–China relations", "The NATO liaison office in Tokyo")
 * nor a title ("I Read, I Write, You Know").
 */
function typeable(answer: Actor, names: readonly string[]): boolean {
  if (!TYPEABLE_KINDS.has(answer.kind) || /[–—,]/.test(answer.name)) return false;
  return names.some((n) => n.replace(/^the /i, '').split(/\s+/).length <= MAX_TYPED_WORDS);
}

/**
 * `wider`: also right, but no giveaway when the prompt names them ("Where in Japan is …?"
 * does not give Tokyo away).
 */
function answersOf(
  index: QuizIndex,
  right: readonly Actor[],
  wider: readonly Actor[] = [],
): RightAnswers {
  const actors = [...new Set([...right, ...right.flatMap((a) => countryOfGovernment(index, a))])];
  return {
    names: [...new Set([...actors, ...wider].flatMap(acceptedNamesOf))],
    keys: actors.flatMap((a) => index.nameKeys.get(a.id) ?? []),
    unique: right.length === 1,
  };
}

/** The places around a place, up to its country: Brussels, Belgium; a country alone. */
function upToItsCountry(index: QuizIndex, place: Actor): Actor[] {
  if (place.kind === 'COUNTRY') return [];
  const around = placesAround(index, place);
  const country = around.findIndex((p) => p.kind === 'COUNTRY');
  return country < 0 ? [] : around.slice(0, country + 1);
}

/**
 * The country a government body is part of: "China" answers "Who criticized the office?" when
 * its Foreign Ministry did, as the news itself says "Beijing criticized".
 */
function countryOfGovernment(index: QuizIndex, actor: Actor): Actor[] {
  if (actor.kind !== 'GOVERNMENT') return [];
  return actorsOf(index, index.groupsOf.get(actor.id) ?? []).filter(
    (whole) => whole.kind === 'COUNTRY' && relationHolds(index, 'PART_OF', actor.id, whole.id),
  );
}

/**
 * The answer and every other actor the base makes right. "Who has this value?" has the same
 * right answers whoever it was asked about, worked out once for all of them: a value many
 * subjects share would otherwise cost each of its questions a pass over all of them.
 */
function rightAnswers(index: QuizIndex, ask: Ask, answer: Actor, timed: boolean): RightAnswers {
  const { fact } = ask;
  if (ask.direction === 'object' || fact.value === null) {
    const right = [answer, ...otherRightAnswers(index, ask, answer, timed)];
    // What is in Brussels is in Belgium: "Where is NATO headquarters?" takes either, but not
    // "Europe", which answers nothing a teacher asked.
    const wider = ask.direction === 'object' && fact.predicate.singleValue;
    return answersOf(index, right, wider ? right.flatMap((a) => upToItsCountry(index, a)) : []);
  }
  const key = `${fact.predicate.id}|${valueKey(fact.value)}`;
  let shared = index.valueAnswers.get(key);
  if (!shared) {
    shared = answersOf(index, actorsOf(index, index.subjectsOf.get(key) ?? []));
    index.valueAnswers.set(key, shared);
  }
  return shared as RightAnswers;
}

/**
 * Other actors for which the base makes the asked statement true, at the asked time: "In 2022,
 * what was the AP4 invited to?" does not accept the 2024 summit.
 */
function otherRightAnswers(index: QuizIndex, ask: Ask, answer: Actor, timed: boolean): Actor[] {
  const { fact } = ask;
  const candidates =
    ask.direction === 'subject' && fact.objectId !== null
      ? [
          ...(index.subjectsOf.get(`${fact.predicate.id}|${fact.objectId}`) ?? []),
          ...(fact.predicate.relation
            ? (index.relationSubjectsOf.get(`${fact.predicate.relation}|${fact.objectId}`) ?? [])
            : []),
        ]
      : ask.direction === 'object'
        ? (index.objectsOf.get(`${fact.subjectId}|${fact.predicate.id}`) ?? [])
        : [];
  const others = new Set(candidates);
  others.delete(answer.id);
  return [...others].flatMap((id) => {
    const actor = index.actors.get(id);
    return actor && ask.isRight(id) && (!timed || atAskedTime(index, ask, id)) ? [actor] : [];
  });
}

/** Words the prompt shares with the answer's name (module-level: tsx names every closure). */
const hints = (phrasing: Phrasing, answer: Actor): number =>
  sharedGiveaways(phrasing.prompt, [{ text: answer.name, correct: true }], phrasing.search).length;

/** Whether a claim makes the asked statement true for this actor at the asked time. */
function atAskedTime(index: QuizIndex, ask: Ask, id: string): boolean {
  const { fact } = ask;
  if (!fact.time) return true;
  const [s, o] = ask.direction === 'subject' ? [id, fact.objectId] : [fact.subjectId, id];
  const claims = index.claimsByTriple.get(`${s}|${fact.predicate.id}|${o}`);
  // Background relations carry no claim and no time: they hold throughout.
  if (!claims) return true;
  return claims.some((c) => !c.qualifiers.time || c.qualifiers.time.value === fact.time?.value);
}
