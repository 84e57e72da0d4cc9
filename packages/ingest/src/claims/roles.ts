import type { Entity } from '../actors.ts';
import { ROLE_NOUNS } from '../lexicon.ts';
import type { Mention } from '../mentions.ts';
import type { Token } from '../tokens.ts';
import { type ClaimDraft, textValue, withArticle } from './draft.ts';

/** Titles that make their holder the head of what qualifies them: "French President" leads France. */
const LEADER_TITLES =
  /^(President|Prime Minister|Chancellor|Premier|King|Queen|Emir|Secretary-General|Secretary General|Director-General|Director General|Chairman|Chairwoman|Chair|CEO|Leader|Head)$/;
const ORGANIZATIONS = new Set(['ORGANIZATION', 'GOVERNMENT', 'ALLIANCE', 'MEDIA']);

interface RoleDeps {
  text: string;
  tokens: Token[];
  mentions: Mention[];
  entityOf: Map<Mention, Entity>;
}

/**
 * Offices from titles: "NATO Secretary-General Jens Stoltenberg" holds the position, leads NATO;
 * "Chinese Foreign Ministry spokeswoman Mao Ning" is affiliated with the ministry; "George Beebe
 * of the Quincy Institute" and "X, a researcher at Y," are affiliated with Y.
 */
export function roleClaims({ text, tokens, mentions, entityOf }: RoleDeps): ClaimDraft[] {
  const claims: ClaimDraft[] = [];
  const mentionAt = new Map(mentions.map((m) => [m.first, m]));
  const mentionEnding = new Map(mentions.map((m) => [m.last, m]));
  for (const mention of mentions) {
    const person = entityOf.get(mention);
    if (person?.kind !== 'PERSON') continue;
    let title = mention.title ? { ...mention.title } : null;
    const before = tokens[mention.first - 1];
    if (!title && before && ROLE_NOUNS.has(before.text) && /^\p{Ll}/u.test(before.text)) {
      const qualifier = mentionEnding.get(before.index - 1) ?? null;
      title = { start: before.start, end: before.end, text: before.text, qualifier };
    }
    if (title) {
      const qualifierEntity = title.qualifier ? entityOf.get(title.qualifier) : undefined;
      const from = title.qualifier?.start ?? title.start;
      // "former U.S. President Donald Trump" held the office; he does not lead the country.
      const formerWord = text.slice(Math.max(0, from - 10), from).match(/\b(former|ex-|late)\s+$/i);
      const former = formerWord !== null;
      const role = `${former ? 'former ' : ''}${text.slice(from, title.end)}`;
      const evidence = { start: from - (formerWord?.[0].length ?? 0), end: mention.end };
      claims.push({
        subject: person,
        predicateId: 'holds_position',
        object: null,
        value: textValue(withArticle(role)),
        statement: `${person.name} is ${withArticle(role)}.`,
        modality: 'FACT',
        speaker: null,
        evidence,
        confidence: 0.8,
      });
      if (qualifierEntity && !former) {
        const leads = LEADER_TITLES.test(
          title.text.replace(/^(Foreign|Deputy|Vice|Acting)\s+/, ''),
        );
        const predicateId = leads
          ? 'leads'
          : ORGANIZATIONS.has(qualifierEntity.kind)
            ? 'affiliated_with'
            : null;
        if (predicateId && qualifierEntity !== person) {
          claims.push({
            subject: person,
            predicateId,
            object: qualifierEntity,
            value: null,
            statement: `${person.name} ${leads ? 'leads' : 'is affiliated with'} ${qualifierEntity.name}.`,
            modality: 'FACT',
            speaker: null,
            evidence,
            confidence: 0.7,
          });
        }
      }
    }
    const org = affiliation(tokens, mention, mentionAt, entityOf);
    if (org) {
      claims.push({
        subject: person,
        predicateId: 'affiliated_with',
        object: org.entity,
        value: null,
        statement: `${person.name} is affiliated with ${org.entity.name}.`,
        modality: 'FACT',
        speaker: null,
        evidence: { start: mention.start, end: org.end },
        confidence: 0.65,
      });
    }
  }
  return claims;
}

/** "Name of the Quincy Institute", "Name, a researcher at the Norwegian Institute …". */
function affiliation(
  tokens: Token[],
  mention: Mention,
  mentionAt: Map<number, Mention>,
  entityOf: Map<Mention, Entity>,
): { entity: Entity; end: number } | null {
  let i = mention.last + 1;
  if (tokens[i]?.text === ',') {
    // An appositive: ", a distinguished policy fellow at"; at most eight words to the preposition.
    const article = tokens[i + 1]?.text.toLowerCase();
    if (article !== 'a' && article !== 'an' && article !== 'the') return null;
    let j = i + 2;
    while (j < tokens.length && j < i + 10 && !/^(at|of|with|for)$/.test(tokens[j]?.text ?? '')) {
      if ((tokens[j] as Token).pos === 'PUNCT') return null;
      j++;
    }
    i = j;
  }
  if (!/^(at|of|with|for)$/.test(tokens[i]?.text ?? '')) return null;
  i++;
  if (tokens[i]?.text.toLowerCase() === 'the') i++;
  const org = mentionAt.get(i);
  const entity = org ? entityOf.get(org) : undefined;
  if (!org || !entity || !ORGANIZATIONS.has(entity.kind)) return null;
  return { entity, end: org.end };
}
