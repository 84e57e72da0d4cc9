import type { Entity } from './actors.ts';

const LEADING = /^(one|a|an|the|two|three|several|some|another|other)\s+/i;
const GROUP_WORDS = /(ministry|government|agency|statement|office)$/i;

/**
 * The actor a description names ("one Indo-Pacific nation diplomat"), one per wording: the
 * reviewer decides whether two descriptions are one person.
 */
export function describedEntity(
  text: string,
  start: number,
  end: number,
  entities: Entity[],
): Entity {
  const phrase = text.slice(start, end);
  const name = phrase.replace(LEADING, '').replace(LEADING, '');
  const existing = entities.find((e) => !e.target && e.name === name);
  const mention = {
    start,
    end,
    first: -1,
    last: -1,
    entries: [],
    name: phrase,
    kind: null,
    personScore: 0.5,
    title: null,
  };
  if (existing) {
    existing.mentions.push(mention);
    return existing;
  }
  const entity: Entity = {
    key: `a${entities.length + 1}`,
    name,
    kind: GROUP_WORDS.test(name) ? 'GOVERNMENT' : 'PERSON',
    target: null,
    via: null,
    mentions: [mention],
    confidence: 0.5,
    speaker: true,
  };
  entities.push(entity);
  return entity;
}
