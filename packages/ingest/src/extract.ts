import { type Entity, groupMentions } from './actors.ts';
import type { Context } from './attribution.ts';
import type { ClaimDraft } from './claims/draft.ts';
import { listClaims } from './claims/lists.ts';
import type { PhraseDeps } from './claims/phrases.ts';
import { roleClaims } from './claims/roles.ts';
import { saidClaims } from './claims/said.ts';
import { verbClaims } from './claims/verbs.ts';
import { eventMentions, linkPossessives } from './compounds.ts';
import { describedEntity } from './described.ts';
import { buildGazetteer, formKey, type Gazetteer } from './gazetteer.ts';
import { assertExtractable } from './input.ts';
import { keepEntity } from './keep.ts';
import { findMentions, type Mention } from './mentions.ts';
import { codePointSpans } from './offsets.ts';
import { findQuotedRuns } from './quote-marks.ts';
import { findQuotes } from './quotes.ts';
import { suggest } from './suggestions.ts';
import { tokenize } from './tokens.ts';
import type {
  DraftActor,
  DraftClaim,
  DraftQuote,
  Extraction,
  ExtractOptions,
  KnownActor,
} from './types.ts';

const gazetteers = new WeakMap<readonly KnownActor[], Gazetteer>();

/**
 * Drafts from a text: the actors it names (linked to known ones where they are the same), its
 * direct quotes with their speakers, claims in the controlled vocabulary with verbatim
 * evidence, and how those claims relate to known ones. Pure and offline; offsets are code points.
 */
export function extract(text: string, options: ExtractOptions): Extraction {
  assertExtractable(text);
  let gazetteer = gazetteers.get(options.actors);
  if (!gazetteer) {
    gazetteer = buildGazetteer(options.actors);
    gazetteers.set(options.actors, gazetteer);
  }
  const tokens = tokenize(text);
  const mentions = findMentions(text, tokens, gazetteer);
  linkPossessives(tokens, mentions, gazetteer);
  const events = eventMentions(text, tokens, mentions, gazetteer);
  const { entities, entityOf } = groupMentions([...mentions, ...events], tokens);

  const runs = findQuotedRuns(text);
  const ctx: Context = {
    text,
    tokens,
    mentionAt: new Map(mentions.map((m) => [m.first, m])),
    runs,
  };
  const inQuote = (offset: number) => runs.some((r) => r.start <= offset && offset < r.end);
  const quotes = findQuotes({
    ctx,
    mentions,
    entityOf,
    inQuote,
    describe: (start, end) => describedEntity(text, start, end, entities),
  });

  const predicates = new Set(options.predicates.map((p) => p.id));
  const phraseDeps: PhraseDeps = {
    text,
    tokens,
    mentions,
    entityOf,
    lookupPhrase: (phrase) => {
      const entry = gazetteer.lookup(formKey(phrase.replace(/^(a|an|the|its|their)\s+/i, '')))?.[0];
      if (!entry || !('known' in entry.target)) return null;
      const id = entry.target.known.id;
      return (
        entities.find((e) => e.target && 'known' in e.target && e.target.known.id === id) ??
        knownEntity(entry.target.known, entities)
      );
    },
  };
  const drafts: ClaimDraft[] = [
    ...saidClaims(text, quotes),
    ...roleClaims({ text, tokens, mentions, entityOf }),
    ...listClaims(phraseDeps, predicates),
    ...verbClaims(phraseDeps, predicates),
  ].filter((c) => predicates.has(c.predicateId));

  const kept = new Set(entities.filter((e) => keepEntity(e, tokens)));
  for (const c of drafts) for (const e of [c.subject, c.object, c.speaker]) if (e) kept.add(e);
  for (const q of quotes) if (q.speaker) kept.add(q.speaker);

  const span = codePointSpans(text);
  const actors: DraftActor[] = entities
    .filter((e) => kept.has(e))
    .map((e) => toDraftActor(e, span));
  const draftQuotes: DraftQuote[] = quotes.map((q) => ({
    ...span(q.run.start, q.run.end),
    speakerKey: q.speaker?.key ?? null,
    attribution: q.attribution ? span(q.attribution.start, q.attribution.end) : null,
    confidence: q.confidence,
  }));
  const claims: DraftClaim[] = dedupe(drafts).map((c, i) => ({
    key: `c${i + 1}`,
    subjectKey: c.subject.key,
    predicateId: c.predicateId,
    objectKey: c.object?.key ?? null,
    value: c.value,
    statement: c.statement,
    modality: c.modality,
    speakerKey: c.speaker?.key ?? null,
    evidence: span(c.evidence.start, c.evidence.end),
    confidence: c.confidence,
  }));
  const matchOf = new Map(actors.map((a) => [a.key, a.match?.id ?? null]));
  const suggestions = suggest(
    claims,
    (key) => matchOf.get(key) ?? null,
    options.claims ?? [],
    options.predicates,
  );
  return { actors, quotes: draftQuotes, claims, suggestions };
}

function toDraftActor(e: Entity, span: ReturnType<typeof codePointSpans>): DraftActor {
  const known = e.target && 'known' in e.target ? e.target.known : null;
  return {
    key: e.key,
    name: e.name,
    kind: e.kind,
    confidence: Math.round(e.confidence * 100) / 100,
    mentions: e.mentions.map((m: Mention) => span(m.start, m.end)),
    match:
      known && e.via
        ? { id: known.id, name: known.name, via: e.via, confidence: e.confidence }
        : null,
  };
}

/** A known actor a claim's object phrase names though the text never names it as such. */
function knownEntity(actor: KnownActor, entities: Entity[]): Entity {
  const entity: Entity = {
    key: `a${entities.length + 1}`,
    name: actor.name,
    kind: actor.kind,
    target: { known: actor },
    via: 'alias',
    mentions: [],
    confidence: 0.6,
    speaker: false,
  };
  entities.push(entity);
  return entity;
}

/** One claim per subject, predicate, object and evidence span. */
function dedupe(claims: ClaimDraft[]): ClaimDraft[] {
  const seen = new Set<string>();
  return claims.filter((c) => {
    const key = [
      c.subject.key,
      c.predicateId,
      c.object?.key,
      c.value && JSON.stringify(c.value),
      c.evidence.start,
    ].join('|');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
