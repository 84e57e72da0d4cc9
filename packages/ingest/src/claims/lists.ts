import type { Entity } from '../actors.ts';
import type { Mention } from '../mentions.ts';
import type { Token } from '../tokens.ts';
import type { ClaimDraft } from './draft.ts';
import type { PhraseDeps } from './phrases.ts';

const GROUPS: Record<string, { predicateId: string; verb: string }> = {
  members: { predicateId: 'member_of', verb: 'is a member of' },
  member: { predicateId: 'member_of', verb: 'is a member of' },
  partners: { predicateId: 'partner_of', verb: 'is a partner of' },
  allies: { predicateId: 'ally_of', verb: 'is an ally of' },
};
const GROUP_OWNERS = new Set(['ALLIANCE', 'ORGANIZATION', 'GOVERNMENT', 'COUNTRY']);

/**
 * Memberships from lists: "NATO and its Pacific partners, including Japan, South Korea and
 * Australia"; "NATO’s members such as …"; "Japan and Australia are members of the Quad".
 */
export function listClaims(deps: PhraseDeps, predicates: Set<string>): ClaimDraft[] {
  const { tokens } = deps;
  const mentionAt = new Map<number, Mention>(deps.mentions.map((m) => [m.first, m]));
  const mentionEnding = new Map<number, Mention>(deps.mentions.map((m) => [m.last, m]));
  const claims: ClaimDraft[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const word = (tokens[i] as Token).text.toLowerCase();
    const group = GROUPS[word];
    if (!group || !predicates.has(group.predicateId)) continue;
    // "members of X, such as A and B" / "X's members, including A" / "A and B are members of X".
    let owner: { entity: Entity; start: number } | null = null;
    let listFrom = i + 1;
    if (tokens[i + 1]?.text === 'of') {
      const m = mentionAt.get(tokens[i + 2]?.text.toLowerCase() === 'the' ? i + 3 : i + 2);
      const entity = m && deps.entityOf.get(m);
      if (m && entity) {
        owner = { entity, start: m.start };
        listFrom = m.last + 1;
      }
    }
    owner ??= possessor(deps, mentionEnding, i);
    if (!owner || !GROUP_OWNERS.has(owner.entity.kind)) continue;
    let members: Mention[] = [];
    let end = -1;
    let start = owner.start;
    let k = listFrom;
    while (
      k < tokens.length &&
      k < listFrom + 3 &&
      /^(,|including|such|as|like|:|include|are|is)$/.test((tokens[k] as Token).text)
    )
      k++;
    if (k > listFrom) ({ members, end } = readList(deps, mentionAt, k));
    if (members.length === 0) {
      // "A, B and C are (all) members of X": the list before the verb.
      const back = listBefore(deps, mentionEnding, i);
      if (!back || tokens[i + 1]?.text !== 'of') continue;
      members = back.members;
      start = Math.min(back.start, start);
      end = owner.start + 1;
      const ownerMention = mentionAt.get(
        tokens[i + 2]?.text.toLowerCase() === 'the' ? i + 3 : i + 2,
      );
      end = ownerMention?.end ?? end;
    }
    for (const m of members) {
      const member = deps.entityOf.get(m);
      if (!member || member === owner.entity) continue;
      claims.push({
        subject: member,
        predicateId: group.predicateId,
        object: owner.entity,
        value: null,
        statement: `${member.name} ${group.verb} ${owner.entity.name}.`,
        modality: 'FACT',
        speaker: null,
        evidence: { start: Math.min(start, m.start), end: Math.max(end, m.end) },
        confidence: 0.6,
      });
    }
  }
  return claims;
}

/** "NATO’s Pacific partners": the possessor; "its partners": the last group named in the sentence. */
function possessor(
  deps: PhraseDeps,
  mentionEnding: Map<number, Mention>,
  i: number,
): { entity: Entity; start: number } | null {
  const { tokens } = deps;
  for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
    const t = tokens[j] as Token;
    if (/^[’']s$/.test(t.text)) {
      const m = mentionEnding.get(j - 1);
      const entity = m && deps.entityOf.get(m);
      return m && entity ? { entity, start: m.start } : null;
    }
    if (/^(its|their)$/i.test(t.text)) {
      const sentence = t.sentence;
      const before = deps.mentions.filter(
        (m) => m.last < j && (tokens[m.first] as Token).sentence === sentence,
      );
      for (let b = before.length - 1; b >= 0; b--) {
        const entity = deps.entityOf.get(before[b] as Mention);
        if (entity && GROUP_OWNERS.has(entity.kind) && entity.kind !== 'COUNTRY')
          return { entity, start: (before[b] as Mention).start };
      }
      return null;
    }
    if (t.pos === 'PUNCT' || t.pos === 'VERB') return null;
  }
  return null;
}

/** Actors listed from token k: "Japan, South Korea, New Zealand, and Australia". */
function readList(
  deps: PhraseDeps,
  mentionAt: Map<number, Mention>,
  k: number,
): { members: Mention[]; end: number } {
  const members: Mention[] = [];
  let end = -1;
  let i = k;
  while (i < deps.tokens.length) {
    if (deps.tokens[i]?.text.toLowerCase() === 'the') i++;
    const m = mentionAt.get(i);
    if (!m) break;
    members.push(m);
    end = m.end;
    i = m.last + 1;
    while (/^(,|and|or)$/.test(deps.tokens[i]?.text ?? '')) i++;
  }
  return { members, end };
}

/** "Japan, South Korea and Australia are members": the list ending before "are". */
function listBefore(
  deps: PhraseDeps,
  mentionEnding: Map<number, Mention>,
  i: number,
): { members: Mention[]; start: number } | null {
  let j = i - 1;
  while (j >= 0 && /^(are|were|all|both|also|now|already|is)$/i.test(deps.tokens[j]?.text ?? ''))
    j--;
  const members: Mention[] = [];
  while (j >= 0) {
    const m = mentionEnding.get(j);
    if (!m) break;
    members.unshift(m);
    j = m.first - 1;
    while (j >= 0 && /^(,|and)$/.test(deps.tokens[j]?.text ?? '')) j--;
  }
  const first = members[0];
  return first && members.length >= 1 ? { members, start: first.start } : null;
}
