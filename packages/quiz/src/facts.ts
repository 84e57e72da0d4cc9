import type {
  Claim,
  ClaimValue,
  PartialDate,
  Predicate,
  PredicatePhrasing,
} from '@attest/knowledge';
import { type Carry, carryOf, claimPlaces, mergeByPlace } from './carry.ts';
import type { QuizIndex } from './kb-index.ts';
import type { Question } from './types.ts';
import { valueId } from './values.ts';
import {
  asOfLead,
  capitalize,
  nameInSentence,
  pastTense,
  planned as plannedTemplate,
  reportedLead,
  sourceName,
  statesAState,
  timeLead,
  untilLead,
} from './wording.ts';

/**
 * Who vouches for a fact. Plain facts are stated as true; a disputed or deprecated claim is only
 * ever what one source says; an opinion is what its speaker thinks.
 */
export type Framing =
  | { kind: 'PLAIN' }
  | { kind: 'SOURCE'; sourceId: string }
  | { kind: 'SPEAKER'; speakerId: string };

export type PhrasedPredicate = Predicate & { phrasing: PredicatePhrasing };

/** One askable statement: claims that say the same thing under the same framing, merged. */
export interface Fact {
  key: string;
  subjectId: string;
  predicate: PhrasedPredicate;
  objectId: string | null;
  value: ClaimValue | null;
  time: PartialDate | null;
  asOf: PartialDate | null;
  /** The last time it held (Wikidata's end time): "Before 2017, the dialogue covered …". */
  until: PartialDate | null;
  framing: Framing;
  claims: Claim[];
  /**
   * Worked out on first use and shared by every question about the fact. Kept on the fact, not
   * in weak maps: at 100× the corpus a weak map lookup is a cache miss of its own. `statements`
   * are its true/false questions, which no seed changes: every later request reuses them.
   */
  memo: { leads?: string[]; story?: string[]; explanation?: string; statements?: Question[] };
}

/**
 * When a claim or fact holds, as a key: its time, else the date it is known as of, and its end.
 * Facts of one statement at different times stay apart.
 */
export const whenKey = (when: Pick<Fact, 'time' | 'asOf' | 'until'>): string =>
  `${when.time?.value ?? `as-of:${when.asOf?.value ?? ''}`}-${when.until?.value ?? ''}`;

/** Claims in a dispute or ranked deprecated never become plain facts. */
export const needsSourceFraming = (index: QuizIndex, claim: Claim): boolean =>
  claim.rank === 'DEPRECATED' || index.disputesByClaim.has(claim.id);

export const framingKey = (framing: Framing): string =>
  framing.kind === 'PLAIN'
    ? 'plain'
    : framing.kind === 'SOURCE'
      ? `source:${framing.sourceId}`
      : `speaker:${framing.speakerId}`;

function framingsOf(index: QuizIndex, claim: Claim): Framing[] {
  if (needsSourceFraming(index, claim)) {
    const sourceIds = [...new Set(claim.evidence.map((e) => e.sourceId))];
    return sourceIds.map((sourceId) => ({ kind: 'SOURCE', sourceId }));
  }
  const voiced =
    claim.modality === 'OPINION' || claim.modality === 'QUOTE' || claim.modality === 'DENIAL';
  if (voiced && claim.speakerId !== null && claim.speakerId !== claim.subjectId) {
    return [{ kind: 'SPEAKER', speakerId: claim.speakerId }];
  }
  return [{ kind: 'PLAIN' }];
}

/**
 * Whether questions may ask about a claim: not background the curator marked (who leads a
 * country, where a headquarters is: kept as knowledge for what is true, never asked), and not
 * off-topic unless asked for.
 */
export const askable = (claim: Claim, includeOffTopic: boolean): boolean =>
  !claim.background && (includeOffTopic || !claim.offTopic);

const cache = new WeakMap<QuizIndex, Map<string, Fact[]>>();

/**
 * Every fact the template questions may ask about: claims of predicates with phrasing, minus
 * denials (a template would state them positively) and, by default, off-topic claims. With
 * `denied`, the denials only: what a template states positively is then what the claim denies.
 */
export function collectFacts(index: QuizIndex, includeOffTopic: boolean, denied = false): Fact[] {
  const byFlag = cache.get(index) ?? new Map<string, Fact[]>();
  cache.set(index, byFlag);
  const flag = (offTopic: boolean) => `${denied}|${offTopic}`;
  const cached = byFlag.get(flag(includeOffTopic));
  if (cached) return cached;

  const other = byFlag.get(flag(!includeOffTopic));
  const carry = carryOf(index);
  const previous =
    carry && samePredicates(carry.from, index)
      ? cache.get(carry.from)?.get(flag(includeOffTopic))
      : undefined;
  const list =
    carry && previous
      ? carriedFacts(index, carry, previous, other, includeOffTopic, denied)
      : factsOf(index, index.kb.claims, includeOffTopic, denied, keyed(other));
  byFlag.set(flag(includeOffTopic), list);
  return list;
}

/**
 * Whether two indexes hold the very same predicate objects: a fact keeps its predicate's object
 * (a reworded one is another: true-false.ts tells them apart by identity), so facts are carried
 * over only between such indexes.
 */
function samePredicates(a: QuizIndex, b: QuizIndex): boolean {
  if (a.predicates === b.predicates) return true;
  if (a.predicates.size !== b.predicates.size) return false;
  for (const [id, predicate] of b.predicates) if (a.predicates.get(id) !== predicate) return false;
  return true;
}

/** A list's facts by key (for the other list's sharing), or nothing. */
const keyed = (facts: readonly Fact[] | undefined): ReadonlyMap<string, Fact> =>
  new Map(facts?.map((f) => [f.key, f]));

/**
 * A changed base's facts from its previous version's (carry.ts): a fact is made of claims that
 * share subject and predicate, which a reach takes all or none of (reach.ts), so the facts of
 * unreached claims are the previous version's, unchanged (and shared, with what they memoized:
 * their questions are the kept ones); those of reached claims are made again, each put at its
 * first claim's place as a full build puts it.
 */
function carriedFacts(
  index: QuizIndex,
  carry: Carry,
  previous: readonly Fact[],
  other: readonly Fact[] | undefined,
  includeOffTopic: boolean,
  denied: boolean,
): Fact[] {
  const { reach } = carry;
  const places = claimPlaces(index, carry);
  const reached = [...reach.claims].flatMap((id) => {
    const claim = index.claims.get(id);
    return claim ? [claim] : [];
  });
  reached.sort((a, b) => (places.get(a.id) ?? 0) - (places.get(b.id) ?? 0));
  // A fact of the other list with this one's key is made of reached claims too: among its made
  // ones when that list was carried over as well.
  const otherChange = other && carry.lists.get(other);
  const sameIn = keyed(otherChange ? (otherChange.added as Fact[]) : other);
  const added = factsOf(index, reached, includeOffTopic, denied, sameIn);
  const removed: Fact[] = [];
  const kept: Fact[] = [];
  for (const fact of previous) {
    if (fact.claims.some((c) => reach.dropped.has(c.id))) removed.push(fact);
    else kept.push(fact);
  }
  const place = (f: object) => factPlace(places, f as Fact);
  const list = mergeByPlace(kept, added, place);
  carry.lists.set(list, { from: previous, removed, added, place });
  return list;
}

/**
 * A fact's place in its list as a number: facts come in the order of their first claim, and of
 * the first claim's framings (a source-framed claim gives one fact per source, in evidence order).
 */
export function factPlace(places: ReadonlyMap<string, number>, fact: Fact): number {
  const [first] = fact.claims;
  const place = places.get(first?.id ?? '') ?? -1;
  if (fact.framing.kind !== 'SOURCE' || !first || first.evidence.length < 2) return place;
  const { sourceId } = fact.framing;
  const sources = [...new Set(first.evidence.map((e) => e.sourceId))];
  return place + sources.indexOf(sourceId) / sources.length;
}

/** The facts of these claims, in their order; `sameIn`: the other list's, shared when equal. */
function factsOf(
  index: QuizIndex,
  claims: readonly Claim[],
  includeOffTopic: boolean,
  denied: boolean,
  sameIn: ReadonlyMap<string, Fact>,
): Fact[] {
  const facts = new Map<string, Fact>();
  for (const claim of claims) {
    const predicate = index.predicates.get(claim.predicateId);
    if (!predicate?.phrasing || (claim.modality === 'DENIAL') !== denied) continue;
    if (!askable(claim, includeOffTopic)) continue;
    const object = claim.objectId ?? (claim.value ? valueId(claim.value) : '');
    const time = whenKey(claim.qualifiers);
    for (const framing of framingsOf(index, claim)) {
      const key = [claim.subjectId, predicate.id, object, time, framingKey(framing)].join('|');
      const fact = facts.get(key);
      if (fact) {
        fact.claims.push(claim);
        continue;
      }
      facts.set(key, {
        key,
        subjectId: claim.subjectId,
        predicate: predicate as PhrasedPredicate,
        objectId: claim.objectId,
        value: claim.value,
        time: claim.qualifiers.time,
        asOf: claim.qualifiers.time ? null : claim.qualifiers.asOf,
        until: claim.qualifiers.until,
        framing,
        claims: [claim],
        memo: {},
      });
    }
  }
  // A fact of the same claims in the other list is the same fact: sharing it shares what its
  // questions cost to make (an answer check builds both lists' questions).
  const plans = new Map<string, PhrasedPredicate>();
  const pasts = new Map<string, PhrasedPredicate>();
  const list: Fact[] = [];
  for (const fact of facts.values()) {
    const same = sameIn.get(fact.key);
    if (same && same.claims.length === fact.claims.length) {
      list.push(same);
      continue;
    }
    // Worded as planned only when every claim is a plan: one report of it as done is enough.
    if (fact.claims.every((c) => c.modality === 'PLAN'))
      fact.predicate = reworded(fact.predicate, plans, plannedTemplate);
    else if (isPastState(index, fact)) fact.predicate = reworded(fact.predicate, pasts, pastTense);
    list.push(fact);
  }
  return list;
}

/**
 * The predicate worded another way: for what is planned ("is to be located in") or what held
 * only in the past ("led"), made once per predicate.
 */
function reworded(
  predicate: PhrasedPredicate,
  made: Map<string, PhrasedPredicate>,
  reword: (template: string) => string,
) {
  let result = made.get(predicate.id);
  if (!result) {
    const { statement, askSubject, askObject } = predicate.phrasing;
    result = {
      ...predicate,
      phrasing: {
        statement: reword(statement),
        askSubject: askSubject && reword(askSubject),
        askObject: askObject && reword(askObject),
      },
    };
    made.set(predicate.id, result);
  }
  return result;
}

/**
 * Whether a fact is a state (worded in the present: "leads") that its claims date to a year
 * before every text reporting it ("Trump leads the United States" in 2017, told in 2024), or that
 * ended before every such text came out ("the dialogue covers …" until 2017, told in 2023).
 */
function isPastState(index: QuizIndex, fact: Fact): boolean {
  if (!statesAState(fact.predicate.phrasing.statement)) return false;
  if (fact.until) return toldAfter(index, fact, fact.until.value);
  return fact.time !== null && toldAfter(index, fact, fact.time.value.slice(0, 4));
}

/** Whether every text reporting the fact came out after a date ("2017", "2024-03"), not within it. */
const toldAfter = (index: QuizIndex, fact: Fact, after: string): boolean =>
  fact.claims.every((claim) =>
    claim.evidence.every((e) => {
      const published = index.sources.get(e.sourceId)?.published?.value;
      return published !== undefined && published > after && !published.startsWith(after);
    }),
  );

/** "According to Foreign Policy", "In 2023": what goes before a fact's sentence. */
export function leadsOf(index: QuizIndex, fact: Fact): string[] {
  fact.memo.leads ??= leadsFor(index, fact);
  return fact.memo.leads;
}

function leadsFor(index: QuizIndex, fact: Fact): string[] {
  const leads: string[] = [];
  const { framing } = fact;
  if (framing.kind === 'SOURCE') {
    const source = index.sources.get(framing.sourceId);
    if (source) leads.push(`According to ${sourceName(source)}`);
  } else if (framing.kind === 'SPEAKER') {
    const speaker = index.actors.get(framing.speakerId);
    if (speaker) leads.push(`According to ${nameInSentence(speaker)}`);
  }
  const time = timeLeadOf(fact);
  if (time) leads.push(time);
  // The date of the text a state is known from ("As of July 2024, Stoltenberg leads …"); an
  // event happened before it, at no known time: it was reported then ("As reported in July
  // 2024, Macron argued …"), which "According to" a source already says.
  else if (fact.asOf && statesAState(fact.predicate.phrasing.statement))
    leads.push(asOfLead(fact.asOf));
  else if (fact.asOf && framing.kind !== 'SOURCE' && !TELLS_ITSELF.test(statement(fact)))
    leads.push(reportedLead(fact.asOf));
  return leads;
}

/** A statement that says it was reported already: no "As reported in 2023, X reported …". */
const TELLS_ITSELF = /\breported\b/;

const statement = (fact: Fact): string => fact.predicate.phrasing.statement;

/**
 * The leads without the date, for when the date would point at a right option; null when the
 * fact has none. Only an event's time may go: an "As of" date is part of what a figure means.
 */
export function untimedLeadsOf(index: QuizIndex, fact: Fact): string[] | null {
  // leadsFor puts the time last.
  return fact.time ? leadsOf(index, fact).slice(0, -1) : null;
}

/** Whether every claim of the fact is a quote: verbatim, and its speaker's own words. */
export const isQuoted = (fact: Fact): boolean => fact.claims.every((c) => c.modality === 'QUOTE');

/**
 * When the fact happened ("In 2023"), since when it holds for a state ("As of 2017"), or until
 * when it held ("Before 2017", "From 2009 until 2017").
 */
function timeLeadOf(fact: Fact): string | null {
  // A state that ended is worded in the past by now (collectFacts): no longer a state.
  const state = statesAState(statement(fact));
  if (fact.until) return untilLead(fact.time, fact.until, !state);
  if (!fact.time) return null;
  return state ? asOfLead(fact.time) : timeLead(fact.time);
}

/** The claims' statements, with who vouches for them when that is not the base itself. */
export function explainFact(index: QuizIndex, fact: Fact): string {
  fact.memo.explanation ??= explanationOf(index, fact);
  return fact.memo.explanation;
}

function explanationOf(index: QuizIndex, fact: Fact): string {
  const statements = [...new Set(fact.claims.map((c) => c.statement.trim()))].join(' ');
  if (fact.framing.kind !== 'SOURCE') return statements;
  const source = index.sources.get(fact.framing.sourceId);
  const disputed = fact.claims.some((c) => index.disputesByClaim.has(c.id));
  const deprecated = fact.claims.some((c) => c.rank === 'DEPRECATED');
  const who = capitalize(source ? sourceName(source) : fact.framing.sourceId);
  return [
    `${who} reports: ${statements}`,
    // A dispute's description tells both sides and names other sources: it belongs to the
    // sources-disagree questions. Here one sentence says why the question names its source.
    ...(disputed ? ['Other sources report this differently.'] : []),
    ...(deprecated ? ['Other reporting is preferred over this claim.'] : []),
  ].join(' ');
}

/** Claims the quiz may state as true without naming who says so. */
export function isPlainClaim(index: QuizIndex, claim: Claim): boolean {
  const [framing] = framingsOf(index, claim);
  return framing?.kind === 'PLAIN';
}

/** The sources a fact's question comes from: its one source when framed by it, else all. */
export function storyOf(fact: Fact): string[] {
  fact.memo.story ??=
    fact.framing.kind === 'SOURCE'
      ? [fact.framing.sourceId]
      : [...new Set(fact.claims.flatMap((c) => c.evidence.map((e) => e.sourceId)))];
  return fact.memo.story;
}
