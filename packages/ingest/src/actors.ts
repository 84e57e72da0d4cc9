import type { ActorKind } from '@attest/knowledge';
import { type Entry, type Target, targetId, targetName } from './gazetteer.ts';
import { PLACE_PREPOSITIONS, SPEECH_VERBS } from './lexicon.ts';
import type { Mention } from './mentions.ts';
import type { Token } from './tokens.ts';
import type { LinkVia } from './types.ts';

/** One actor of the text: its mentions, and the known actor (or country) it is, if any. */
export interface Entity {
  key: string;
  name: string;
  kind: ActorKind;
  target: Target | null;
  via: LinkVia | null;
  mentions: Mention[];
  confidence: number;
  /** Speaks in the text: a quote is attributed to it. */
  speaker: boolean;
}

const VIA_SCORE: Record<LinkVia, number> = {
  name: 3,
  'title-stripped': 3,
  alias: 2.5,
  surname: 2,
  demonym: 1.5,
  'country-name': 1.5,
  capital: 1,
};

export const LINK_CONFIDENCE: Record<LinkVia, number> = {
  name: 0.95,
  'title-stripped': 0.9,
  alias: 0.9,
  surname: 0.8,
  demonym: 0.75,
  'country-name': 0.9,
  capital: 0.65,
};

/**
 * Groups mentions into actors. Known forms group by what they stand for; new names by their
 * words, a surname alone joining the one full name in the text that ends with it. Two people
 * who share a surname stay two actors; a bare surname then goes to the one named last.
 */
export function groupMentions(
  mentions: Mention[],
  tokens: Token[],
): {
  entities: Entity[];
  entityOf: Map<Mention, Entity>;
} {
  const entities: Entity[] = [];
  const entityOf = new Map<Mention, Entity>();
  const byId = new Map<string, Entity>();
  const add = (
    mention: Mention,
    id: string,
    make: () => Omit<Entity, 'key' | 'mentions' | 'speaker'>,
  ) => {
    let entity = byId.get(id);
    if (!entity) {
      entity = { key: `a${entities.length + 1}`, mentions: [], speaker: false, ...make() };
      entities.push(entity);
      byId.set(id, entity);
    }
    entity.mentions.push(mention);
    entityOf.set(mention, entity);
  };

  // Full names of people, by last word: a surname alone refers back to the last one of them.
  const fullNames = new Map<string, Mention[]>();
  for (const m of mentions) {
    const words = m.name.split(/\s+/);
    const last = words[words.length - 1] as string;
    const person = m.kind === 'PERSON' || m.entries.some((e) => e.kind === 'PERSON');
    if (person && words.length > 1) fullNames.set(last, [...(fullNames.get(last) ?? []), m]);
  }

  for (const mention of mentions) {
    const words = mention.name.split(/\s+/);
    const antecedent =
      words.length === 1 ? lastBefore(fullNames.get(words[0] as string), mention) : null;
    const antecedentEntity = antecedent ? entityOf.get(antecedent) : undefined;
    if (antecedentEntity) {
      antecedentEntity.mentions.push(mention);
      entityOf.set(mention, antecedentEntity);
      continue;
    }
    const entry = mention.entries.length > 0 ? pickEntry(mention, tokens) : null;
    if (!entry && mention.entries.length > 0) {
      // "in Madrid" with only Spain known: the city itself, proposed as a new place.
      mention.kind = 'PLACE';
      add(mention, `new:${mention.name}`, () => newEntity(mention));
      continue;
    }
    if (entry) {
      const via: LinkVia = mention.title && entry.via === 'name' ? 'title-stripped' : entry.via;
      add(mention, targetId(entry.target), () => ({
        name: targetName(entry.target),
        kind: 'known' in entry.target ? entry.target.known.kind : 'COUNTRY',
        target: entry.target,
        via,
        confidence: LINK_CONFIDENCE[via],
      }));
      continue;
    }
    add(mention, `new:${mention.name}`, () => newEntity(mention));
  }
  for (const entity of entities) refine(entity, tokens);
  mergeAcronyms(entities, entityOf);
  return { entities, entityOf };
}

function lastBefore(candidates: Mention[] | undefined, mention: Mention): Mention | null {
  const before = (candidates ?? []).filter((c) => c.start < mention.start);
  return before[before.length - 1] ?? null;
}

function newEntity(mention: Mention): Omit<Entity, 'key' | 'mentions' | 'speaker'> {
  return {
    name: mention.name,
    kind: mention.kind ?? 'ORGANIZATION',
    target: null,
    via: null,
    confidence: 0,
  };
}

/** Kind and confidence of a new actor from all its mentions and what surrounds them. */
function refine(entity: Entity, tokens: Token[]): void {
  if (entity.target) return;
  const longest = entity.mentions.reduce((a, b) => (b.name.length > a.name.length ? b : a));
  entity.name = longest.name;
  const kinds = entity.mentions.map((m) => m.kind).filter((k): k is ActorKind => k !== null);
  let personScore = Math.max(...entity.mentions.map((m) => m.personScore));
  // "Bowers said", "said Bowers": a bare name that speaks is a person's.
  const speaks = entity.mentions.some(
    (m) =>
      isSpeech(tokens[m.last + 1]) ||
      (isSpeech(tokens[m.first - 1]) && /^\p{Ll}/u.test(tokens[m.first - 1]?.text ?? '')),
  );
  if (speaks && kinds.length === 0) personScore = Math.max(personScore, 0.6);
  const locative = entity.mentions.every((m) =>
    PLACE_PREPOSITIONS.has(tokens[m.first - 1]?.text.toLowerCase() ?? ''),
  );
  entity.kind = personScore >= 0.5 ? 'PERSON' : (kinds[0] ?? (locative ? 'PLACE' : 'ORGANIZATION'));
  entity.confidence =
    entity.kind === 'PERSON'
      ? 0.5 + 0.4 * personScore
      : kinds.length > 0
        ? 0.7
        : locative
          ? 0.5
          : 0.35;
}

/**
 * Which known actor a form stands for here. "Tokyo" names the city after "in", and the
 * government when it acts ("Tokyo also plans", "Beijing’s support").
 */
function pickEntry(mention: Mention, tokens: Token[]): Entry | null {
  const before = tokens[mention.first - 1];
  const after = tokens[mention.last + 1];
  const locative = !!before && PLACE_PREPOSITIONS.has(before.text.toLowerCase());
  const acting =
    !locative &&
    !!after &&
    (after.pos === 'VERB' ||
      after.pos === 'AUX' ||
      after.pos === 'ADV' ||
      /^[’']s$/.test(after.text));
  let best: Entry | null = null;
  let bestScore = -Infinity;
  for (const entry of mention.entries) {
    let score = VIA_SCORE[entry.via] + ('known' in entry.target ? 0.5 : 0);
    if (entry.metonym) score += acting ? 2.5 : locative ? -1.5 : 1;
    if (!entry.metonym && entry.kind === 'PLACE' && locative) score += 1;
    if (score > bestScore) {
      best = entry;
      bestScore = score;
    }
  }
  // A capital or metonym after "in" is the city, not its country's government: with no known
  // place of that name, it is a new place.
  if (best?.metonym && (locative || (best.via === 'capital' && !acting))) return null;
  return best;
}

const isSpeech = (t: Token | undefined) => !!t && SPEECH_VERBS.has(t.text.toLowerCase());

/**
 * "EU" after "European Union": a new acronym is the actor whose capitalized words it spells,
 * when exactly one does.
 */
function mergeAcronyms(entities: Entity[], entityOf: Map<Mention, Entity>): void {
  for (const acronym of entities.filter((e) => !e.target && /^[A-Z]{2,6}$/.test(e.name))) {
    const spelled = entities.filter(
      (e) =>
        e !== acronym &&
        e.kind !== 'PERSON' &&
        e.name
          .split(/\s+/)
          .filter((w) => /^\p{Lu}/u.test(w))
          .map((w) => w[0])
          .join('') === acronym.name,
    );
    const [full] = spelled;
    if (spelled.length !== 1 || !full) continue;
    for (const m of acronym.mentions) {
      full.mentions.push(m);
      entityOf.set(m, full);
    }
    full.mentions.sort((a, b) => a.start - b.start);
    entities.splice(entities.indexOf(acronym), 1);
  }
}
