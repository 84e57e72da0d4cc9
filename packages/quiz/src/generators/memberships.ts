import type { Actor, Claim, RelationType } from '@attest/knowledge';
import { distinctSources } from '../evidence.ts';
import { askable, isPlainClaim } from '../facts.ts';
import type { QuizIndex } from '../kb-index.ts';
import { outsideEveryRegionOf } from '../places.ts';
import { adversaryOfGroup, eitherFitsPoorly } from '../poor-fits.ts';
import { relationHolds } from '../truth.ts';
import type { Question } from '../types.ts';
import { joinList, kindPlural, nameInSentence } from '../wording.ts';
import type { GeneratorContext } from './context.ts';
import { multiSelect } from './multi-select.ts';
import { inScope } from './scope.ts';

/** Relation types worth a "which of these" question, and how the question says them. */
const PHRASES: Partial<Record<RelationType, string>> = {
  MEMBER_OF: 'are members of',
  PART_OF: 'are part of',
  AFFILIATED_WITH: 'are affiliated with',
};

/**
 * "Which of these countries are members of the AP4?": the members that claims state (they carry
 * the evidence); background relations only keep their actors out of the distractors.
 */
export function membershipQuestions(context: GeneratorContext): Question[] {
  const { index } = context;
  const questions: Question[] = [];
  const groups = membershipGroups(index, context.includeOffTopic);
  for (const { type, objectId, claims } of inScope(context, groups, (g) =>
    g.claims.map((c) => c.id),
  )) {
    const object = index.actors.get(objectId);
    if (!object || !context.wanted(claims)) continue;
    const members = [...new Set(claims.map((c) => c.subjectId))].flatMap((id) => {
      const actor = index.actors.get(id);
      return actor ? [actor] : [];
    });
    if (members.length < 2) continue;
    const question = multiSelect(context, {
      template: `members:${type}`,
      prompt: `Which of these ${noun(members)}${PHRASES[type]} ${nameInSentence(object)}?`,
      claims,
      answers: {
        kind: 'actors',
        actors: members,
        ruledOut: (id) => relationHolds(index, type, id, objectId),
        fitsPoorly: eitherFitsPoorly(
          outsideEveryRegionOf(index, members),
          adversaryOfGroup(index, objectId),
        ),
      },
      storySourceIds: [...distinctSources(claims)],
      explanation: membersExplained(claims, members, `${PHRASES[type]} ${nameInSentence(object)}`),
    });
    if (question) questions.push(question);
  }
  return questions;
}

/** "countries " when all members are of one kind, else nothing ("Which of these are …"). */
function noun(members: readonly Actor[]): string {
  const kinds = new Set(members.map((m) => m.kind));
  const [kind] = kinds;
  return kinds.size === 1 && kind ? `${kindPlural(kind)} ` : '';
}

interface Group {
  type: RelationType;
  objectId: string;
  claims: Claim[];
}

const groupsCache = new WeakMap<QuizIndex, Map<boolean, Group[]>>();

/** The claims each membership question asks together, grouped once per base and flag. */
function membershipGroups(index: QuizIndex, includeOffTopic: boolean): Group[] {
  const byFlag = groupsCache.get(index) ?? new Map<boolean, Group[]>();
  groupsCache.set(index, byFlag);
  const cached = byFlag.get(includeOffTopic);
  if (cached) return cached;
  const groups = new Map<string, Group>();
  for (const claim of index.kb.claims) {
    const type = index.predicates.get(claim.predicateId)?.relation;
    if (!type || !PHRASES[type] || claim.objectId === null || claim.modality === 'DENIAL') continue;
    if (!askable(claim, includeOffTopic)) continue;
    if (!isPlainClaim(index, claim)) continue;
    const key = `${type}|${claim.objectId}`;
    const group = groups.get(key);
    if (group) group.claims.push(claim);
    else groups.set(key, { type, objectId: claim.objectId, claims: [claim] });
  }
  const list = [...groups.values()];
  byFlag.set(includeOffTopic, list);
  return list;
}

/**
 * "Japan, South Korea, Australia and New Zealand are members of the AP4." where every member's
 * statement says the same of it ("Japan is one of the four Asia-Pacific partners …", "South
 * Korea is one of …"): one sentence, not the same one four times. Statements that differ are
 * each told.
 */
function membersExplained(claims: readonly Claim[], members: readonly Actor[], phrase: string) {
  const byId = new Map(members.map((m) => [m.id, m]));
  const shapes = new Set(
    claims.map((c) => {
      const name = byId.get(c.subjectId)?.name ?? '';
      return name === '' ? c.statement : c.statement.trim().replace(name, '{member}');
    }),
  );
  if (shapes.size > 1 || members.length < 2) return undefined;
  const [shape = ''] = shapes;
  // What the statements add ("one of the four Asia-Pacific partners …"), said once of each.
  const listed = `${joinList(members.map((m) => m.name))} ${phrase}.`;
  const each = shape.replace('{member}', 'Each');
  // "Each is a member of the Quad Four" after "… are members of the Quad Four" adds nothing.
  const said = new Set(words(`${listed} each is a`));
  const adds =
    shape.startsWith('{member}') && words(each).some((w) => w.length > 3 && !said.has(w));
  return adds ? `${listed} ${each}` : listed;
}

const words = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '')
    .flatMap((w) => [w, w.replace(/s$/, '')]);
