import type { ClaimValue } from '@attest/knowledge';
import { adversaryOfEventGroup } from '../adversaries.ts';
import { distinctSources } from '../evidence.ts';
import { collectFacts, type Fact, leadsOf, untimedLeadsOf, whenKey } from '../facts.ts';
import { actorsOf } from '../kb-index.ts';
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
    collectFacts(context.index, context.includeOffTopic),
  );
  const questions: Question[] = [];
  for (const facts of inScope(context, bySubjectSide, claimsOfFacts)) {
    const question = subjectList(context, facts);
    if (question) questions.push(question);
  }
  for (const facts of inScope(context, byObjectSide, claimsOfFacts)) {
    const question = objectList(context, facts);
    if (question) questions.push(question);
  }
  return questions;
}

interface ListGroups {
  bySubjectSide: Fact[][];
  byObjectSide: Fact[][];
}

const groupsCache = new WeakMap<readonly Fact[], ListGroups>();

const claimsOfFacts = (facts: Fact[]) => facts.flatMap((f) => f.claims.map((c) => c.id));

/** The facts each list asks together; no seed changes them, so they are grouped once per base. */
function listGroups(all: readonly Fact[]): ListGroups {
  const cached = groupsCache.get(all);
  if (cached) return cached;
  const bySubjectSide = new Map<string, Fact[]>();
  const byObjectSide = new Map<string, Fact[]>();
  for (const fact of all) {
    if (fact.framing.kind !== 'PLAIN') continue;
    const when = whenKey(fact);
    const object = fact.objectId ?? (fact.value ? valueId(fact.value) : '');
    const { askSubject, askObject } = fact.predicate.phrasing;
    if (askSubject && !fact.predicate.relation) {
      group(bySubjectSide, `${fact.predicate.id}|${object}|${when}`, fact);
    }
    if (askObject) group(byObjectSide, `${fact.subjectId}|${fact.predicate.id}|${when}`, fact);
  }
  const groups = {
    bySubjectSide: [...bySubjectSide.values()],
    byObjectSide: [...byObjectSide.values()],
  };
  groupsCache.set(all, groups);
  return groups;
}

const group = (map: Map<string, Fact[]>, key: string, fact: Fact) => {
  const list = map.get(key);
  if (list) list.push(fact);
  else map.set(key, [fact]);
};

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
