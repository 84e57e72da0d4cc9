import type { ClaimValue } from '@attest/knowledge';
import { adversaryOfEventGroup } from '../adversaries.ts';
import { type Carry, carryOf, type ListChange, mergeByPlace } from '../carry.ts';
import { distinctSources } from '../evidence.ts';
import { collectFacts, type Fact, leadsOf, untimedLeadsOf, whenKey } from '../facts.ts';
import { actorsOf, type QuizIndex } from '../kb-index.ts';
import { LayeredMap } from '../layered-map.ts';
import { othersAreWrong, wrongIfOpposed } from '../open-ended.ts';
import {
  actorStatementHolds,
  ruledOutAsObject,
  ruledOutAsSubject,
  valueStatementHolds,
} from '../truth.ts';
import type { Question } from '../types.ts';
import { valueId } from '../values.ts';
import {
  askedOfMany,
  fillSubject,
  fillTemplate,
  nameInSentence,
  valueText,
  withLeads,
} from '../wording.ts';
import type { GeneratorContext } from './context.ts';
import { multiSelect } from './multi-select.ts';
import { inScope } from './scope.ts';

/**
 * Lists: several plain facts that share predicate and object ("Who will attend the summit?")
 * or subject and predicate ("What did NATO name in its Strategic Concept?"), asked together.
 * Object-side lists of relation predicates are left to membershipQuestions.
 */
export function listQuestions(context: GeneratorContext): Question[] {
  const { bySubjectSide, byObjectSide } = listGroups(
    context.index,
    collectFacts(context.index, context.includeOffTopic),
  );
  const questions: Question[] = [];
  for (const facts of inScope(context, bySubjectSide.lists, claimsOfFacts)) {
    const question = subjectList(context, facts);
    if (question) questions.push(question);
  }
  for (const facts of inScope(context, byObjectSide.lists, claimsOfFacts)) {
    const question = objectList(context, facts);
    if (question) questions.push(question);
  }
  return questions;
}

/** The lists of one side, in order, and by the key their facts share. */
interface Groups {
  lists: Fact[][];
  byKey: LayeredMap<string, Fact[]>;
}

interface ListGroups {
  bySubjectSide: Groups;
  byObjectSide: Groups;
}

const groupsCache = new WeakMap<readonly Fact[], ListGroups>();

const claimsOfFacts = (facts: Fact[]) => facts.flatMap((f) => f.claims.map((c) => c.id));

/** The list a fact joins to be asked for its subject with others: predicate, object, time. */
function subjectSideKey(fact: Fact): string | null {
  if (fact.framing.kind !== 'PLAIN') return null;
  if (!fact.predicate.phrasing.askSubject || fact.predicate.relation) return null;
  const object = fact.objectId ?? (fact.value ? valueId(fact.value) : '');
  return `${fact.predicate.id}|${object}|${whenKey(fact)}`;
}

/** The list a fact joins to be asked for its object with others: subject, predicate, time. */
function objectSideKey(fact: Fact): string | null {
  if (fact.framing.kind !== 'PLAIN' || !fact.predicate.phrasing.askObject) return null;
  return `${fact.subjectId}|${fact.predicate.id}|${whenKey(fact)}`;
}

/**
 * The facts each list asks together; no seed changes them, so they are grouped once per base.
 * A changed base's facts carried over from the previous version's (carry.ts) are grouped from
 * the previous groups: only lists a made or dropped fact joins are grouped again.
 */
function listGroups(index: QuizIndex, all: readonly Fact[]): ListGroups {
  const cached = groupsCache.get(all);
  if (cached) return cached;
  const carry = carryOf(index);
  const change = carry?.lists.get(all);
  const previous = change && groupsCache.get(change.from as Fact[]);
  const groups =
    carry && change && previous
      ? {
          bySubjectSide: carriedGroups(carry, previous.bySubjectSide, change, subjectSideKey),
          byObjectSide: carriedGroups(carry, previous.byObjectSide, change, objectSideKey),
        }
      : { bySubjectSide: grouped(all, subjectSideKey), byObjectSide: grouped(all, objectSideKey) };
  groupsCache.set(all, groups);
  return groups;
}

function grouped(facts: Iterable<Fact>, keyOf: (fact: Fact) => string | null): Groups {
  const byKey = new Map<string, Fact[]>();
  for (const fact of facts) {
    const key = keyOf(fact);
    if (key === null) continue;
    const list = byKey.get(key);
    if (list) list.push(fact);
    else byKey.set(key, [fact]);
  }
  return { lists: [...byKey.values()], byKey: LayeredMap.of(byKey) };
}

/**
 * One side's groups of a carried-over facts list: the previous groups no made or dropped fact
 * joins, as they were; the others grouped again from their kept facts and the made ones. A
 * group's place is its first fact's, a fact's its first claim's (facts come in that order), as
 * in a full grouping.
 */
function carriedGroups(
  carry: Carry,
  previous: Groups,
  change: ListChange,
  keyOf: (fact: Fact) => string | null,
): Groups {
  const placeOf = (fact: Fact | undefined) => (fact ? change.place(fact) : -1);
  const removed = new Set(change.removed as Fact[]);
  const dirty = new Set<string>();
  for (const fact of [...(change.removed as Fact[]), ...(change.added as Fact[])]) {
    const key = keyOf(fact);
    if (key !== null) dirty.add(key);
  }
  if (dirty.size === 0) return previous;
  const byKey = new Map<string, Fact[] | undefined>();
  const made = grouped(change.added as Fact[], keyOf);
  const regrouped: Fact[][] = [];
  for (const key of dirty) {
    const kept = (previous.byKey.get(key) ?? []).filter((f) => !removed.has(f));
    const list = mergeByPlace(kept, made.byKey.get(key) ?? [], placeOf);
    byKey.set(key, list.length === 0 ? undefined : list);
    if (list.length > 0) regrouped.push(list);
  }
  regrouped.sort((a, b) => placeOf(a[0]) - placeOf(b[0]));
  const stale = new Set(
    [...dirty].flatMap((key) => {
      const list = previous.byKey.get(key);
      return list ? [list] : [];
    }),
  );
  const lists = mergeByPlace(
    previous.lists.filter((list) => !stale.has(list)),
    regrouped,
    (list) => placeOf(list[0]),
  );
  const place = (list: object) => placeOf((list as Fact[])[0]);
  carry.lists.set(lists, { from: previous.lists, removed: [...stale], added: regrouped, place });
  return { lists, byKey: previous.byKey.with(byKey) };
}

const selectAll = (context: GeneratorContext, first: Fact, question: string) =>
  `${withLeads(question, leadsOf(context.index, first))} Select all that apply.`;

/** The same without the time lead ("In 2011"), should the date point at a right option. */
function untimed(context: GeneratorContext, first: Fact, question: string): string | undefined {
  const leads = untimedLeadsOf(context.index, first);
  if (!leads) return undefined;
  return `${withLeads(question, leads)} Select all that apply.`;
}

function subjectList(context: GeneratorContext, facts: Fact[]): Question | null {
  const { index } = context;
  const [first] = facts;
  const template = first?.predicate.phrasing.askSubject;
  if (!first || !template || facts.length < 2) return null;
  const claims = facts.flatMap((f) => f.claims);
  if (!context.wanted(claims)) return null;
  const subjects = actorsOf(
    index,
    facts.map((f) => f.subjectId),
  );
  const object = first.objectId === null ? null : index.actors.get(first.objectId);
  if (subjects.length < 2 || object === undefined) return null;
  if (!othersAreWrong(first.predicate, object)) return null;
  const objectText = object ? nameInSentence(object) : valueText(first.value as ClaimValue);
  const p = first.predicate.id;
  // Not only right: ruled out as for one answer ("invited" Australia is no wrong answer to who
  // attended); for an open-ended predicate, only the opposed are wrong (open-ended.ts).
  const ruledOut = wrongIfOpposed(
    index,
    first.predicate,
    'subject',
    object?.id ?? null,
    (id) =>
      object
        ? subjects.some((s) => ruledOutAsSubject(index, p, s.id, object.id, id))
        : valueStatementHolds(index, id, p, first.value as ClaimValue),
    (id) => object !== null && actorStatementHolds(index, id, p, object.id),
  );
  if (!ruledOut) return null;
  const question = askedOfMany(fillTemplate(template, { object: objectText }), 'subject');
  return multiSelect(context, {
    template: 'list-subjects',
    prompt: selectAll(context, first, question),
    untimedPrompt: untimed(context, first, question),
    claims,
    answers: {
      kind: 'actors',
      actors: subjects,
      role: { predicateId: p, side: 'subject' },
      fitsPoorly: adversaryOfEventGroup(index, first.predicate, object?.id ?? null),
      ruledOut,
    },
    storySourceIds: [...distinctSources(claims)],
  });
}

function objectList(context: GeneratorContext, facts: Fact[]): Question | null {
  const { index } = context;
  const [first] = facts;
  const template = first?.predicate.phrasing.askObject;
  const subject = first && index.actors.get(first.subjectId);
  if (!first || !template || !subject || facts.length < 2) return null;
  if (!othersAreWrong(first.predicate, subject)) return null;
  const claims = facts.flatMap((f) => f.claims);
  if (!context.wanted(claims)) return null;
  const question = askedOfMany(fillSubject(template, subject), 'object');
  const prompt = selectAll(context, first, question);
  const untimedPrompt = untimed(context, first, question);
  const storySourceIds = [...distinctSources(claims)];
  const p = first.predicate.id;
  if (facts.every((f) => f.objectId !== null)) {
    const objects = actorsOf(
      index,
      facts.map((f) => f.objectId as string),
    );
    if (objects.length < 2) return null;
    const ruledOut = wrongIfOpposed(
      index,
      first.predicate,
      'object',
      subject.id,
      (id) => objects.some((o) => ruledOutAsObject(index, p, subject.id, o.id, id)),
      (id) => actorStatementHolds(index, subject.id, p, id),
    );
    if (!ruledOut) return null;
    return multiSelect(context, {
      template: 'list-objects',
      prompt,
      untimedPrompt,
      claims,
      answers: {
        kind: 'actors',
        actors: objects,
        role: { predicateId: p, side: 'object' },
        ruledOut,
      },
      storySourceIds,
    });
  }
  const values = facts.flatMap((f) => (f.value ? [f.value] : []));
  if (values.length !== facts.length || new Set(values.map((v) => v.kind)).size !== 1) return null;
  return multiSelect(context, {
    template: 'list-objects',
    prompt,
    untimedPrompt,
    claims,
    answers: { kind: 'values', values, subjectId: subject.id, predicateId: p },
    storySourceIds,
  });
}
