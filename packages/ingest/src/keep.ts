import type { Entity } from './actors.ts';
import type { Token } from './tokens.ts';

const ACRONYM = /^[\p{Lu}][\p{Lu}\d&.-]+$/u;

/**
 * Whether a new actor is worth proposing. Known actors always are. A new one-word name is
 * kept when it recurs, is an acronym or speaks; a capitalized word seen once ("Asian", a
 * heading's word) is more often noise than an actor.
 */
export function keepEntity(entity: Entity, tokens: Token[]): boolean {
  if (entity.target || entity.speaker) return true;
  if (entity.confidence < 0.35) return false;
  const multiWord = entity.mentions.some((m) => /\s/.test(m.name));
  if (multiWord) return true;
  // "European leaders", "Asian affairs": an adjective of origin, not an actor.
  const adjectival = entity.mentions.filter((m) => {
    const next = tokens[m.last + 1];
    return (
      /(an|ese|ish|ic|i)$/.test(m.name) &&
      !!next &&
      /^\p{Ll}/u.test(next.text) &&
      (next.pos === 'NOUN' || next.pos === 'ADJ')
    );
  });
  if (adjectival.length * 2 >= entity.mentions.length) return false;
  if (entity.mentions.length >= 2) return true;
  // "the Guardian", "near Hawaii": a proper noun after an article or a place preposition.
  if (entity.kind === 'PLACE' || entity.kind === 'MEDIA') return true;
  if (entity.mentions.some((m) => /^the$/i.test(tokens[m.first - 1]?.text ?? ''))) return true;
  const [only] = entity.mentions;
  const token = only ? tokens[only.first] : undefined;
  return !!token && ACRONYM.test(token.text) && token.text.length >= 2;
}
