import type { Actor, Claim, KnowledgeBase, Source } from '@attest/knowledge';

/** What bringing one article in adds to a base (packages/ingest, then the API's mutations). */
export interface Article {
  source: Source;
  /** The person the article is about (new), then an organization it names in passing (new). */
  actors: Actor[];
  claims: Claim[];
}

/**
 * An article brought into a copy of the base (ids ending in `copy`, '' for the first): a copy of
 * one of its sources (so every quote's offsets hold), a new person, and that person as the
 * subject of the on-topic claims about a person the source holds (actor objects, no relation),
 * at most `claims` of them; plus a new organization no claim names (found in the text, not
 * used), and with `newObjects` new actors for the claims' objects. Null when the copy has no
 * source with such a claim.
 */
export function articleIn(
  kb: KnowledgeBase,
  copy: string,
  claims = 3,
  /** Whether the claims' objects are new actors too (copies of the models'): an article about
   * things the base never named, so no existing actor is mentioned once more. */
  newObjects = false,
): Article | null {
  const relations = new Set(kb.predicates.filter((p) => p.relation).map((p) => p.id));
  const kinds = new Map(kb.actors.map((a) => [a.id, a.kind]));
  const fits = (c: Claim) =>
    c.id.endsWith(copy) &&
    kinds.get(c.subjectId) === 'PERSON' &&
    c.objectId !== null &&
    c.value === null &&
    !relations.has(c.predicateId) &&
    !c.offTopic &&
    !c.background;
  const bySource = new Map<string, Claim[]>();
  for (const claim of kb.claims.filter(fits)) {
    const sourceId = claim.evidence[0]?.sourceId;
    if (sourceId !== undefined) bySource.set(sourceId, [...(bySource.get(sourceId) ?? []), claim]);
  }
  const [sourceId, models] = [...bySource].sort((a, b) => b[1].length - a[1].length)[0] ?? [];
  const original = kb.sources.find((s) => s.id === sourceId);
  if (!original || !models) return null;
  const id = `${original.id}-brought-in`;
  const source = { ...structuredClone(original), id, title: `${original.title} (brought in)` };
  const person: Actor = {
    id: `newcomer${copy}`,
    name: `Ingrid Newcomer${copy}`,
    kind: 'PERSON',
    description: 'A diplomat the article is about',
    aliases: [],
  };
  const passing: Actor = {
    id: `passing-org${copy}`,
    name: `Institute of Passing Mentions${copy}`,
    kind: 'ORGANIZATION',
    description: null,
    aliases: [],
  };
  const chosen = models.slice(0, claims);
  const objects = new Map<string, Actor>();
  for (const id of newObjects ? chosen.map((c) => c.objectId) : []) {
    const actor = kb.actors.find((a) => a.id === id);
    if (!actor || objects.has(actor.id)) continue;
    objects.set(actor.id, {
      ...structuredClone(actor),
      id: `${actor.id}-brought-in`,
      name: `${actor.name} (brought in)`,
      aliases: [],
    });
  }
  return {
    source,
    actors: [person, passing, ...objects.values()],
    claims: chosen.map((c, i) => ({
      ...structuredClone(c),
      id: `brought-in-${i}${copy}`,
      subjectId: person.id,
      objectId: objects.get(c.objectId ?? '')?.id ?? c.objectId,
      evidence: c.evidence
        .filter((e) => e.sourceId === sourceId)
        .map((e) => ({ ...e, sourceId: id })),
    })),
  };
}

/**
 * The base with the article's rows where a read by id would put them (ids sorted as the
 * database sorts them, when the base's rows are; else in the middle: new ids sort anywhere).
 */
export function withArticle(kb: KnowledgeBase, article: Article, atEnd = false): KnowledgeBase {
  return {
    ...kb,
    sources: placed(kb.sources, [article.source], atEnd),
    actors: placed(kb.actors, article.actors, atEnd),
    claims: placed(kb.claims, article.claims, atEnd),
  };
}

/** `atEnd`: as in a collection whose ids are all made by the database (cuids sort by time). */
function placed<T extends { id: string }>(rows: readonly T[], added: readonly T[], atEnd: boolean) {
  const sorted = rows.every((row, i) => i === 0 || (rows[i - 1] as T).id < row.id);
  const out = [...rows];
  for (const row of added) {
    const middle = Math.floor(out.length / 2);
    const at = atEnd ? -1 : sorted ? out.findIndex((r) => r.id > row.id) : middle;
    out.splice(at < 0 ? out.length : at, 0, row);
  }
  return out;
}
