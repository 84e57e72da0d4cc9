import type { Actor, Claim, KnowledgeBase, Relation, Source } from '@attest/knowledge';
import type { GenerateOptions } from '../../src/types.ts';

/** Options a quiz asks with: seeds, counts, filters, orders, seen lists. */
export function optionsFor(kb: KnowledgeBase, i: number): GenerateOptions {
  const actor = kb.actors[(i * 7) % kb.actors.length]?.id ?? '';
  const claim = kb.claims[(i * 13) % kb.claims.length];
  const variants: GenerateOptions[] = [
    {},
    { count: 20 },
    { count: 5, types: ['TRUE_FALSE', 'WHO_SAID'] },
    { count: 10, actorIds: [actor] },
    { count: 10, order: 'difficulty' },
    { order: 'difficulty', includeOffTopic: true },
    { count: 12, includeOffTopic: true, types: ['MULTI_SELECT'] },
    { count: 8, claimIds: claim ? [claim.id] : [] },
    { count: 8, sourceIds: claim?.evidence.map((e) => e.sourceId) ?? [] },
    { count: 8, predicateIds: claim ? [claim.predicateId] : [] },
    { count: 1 },
    { count: 0 },
  ];
  return { ...variants[i % variants.length], seed: `seed ${i}` };
}

/** One random edit, as a new base object sharing what it did not change (as a reload would). */
export function edit(kb: KnowledgeBase, rng: () => number, step: number): KnowledgeBase {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T;
  const claim = pick(kb.claims);
  switch (Math.floor(rng() * 9)) {
    case 0: {
      // A copy of a claim: at the end (an id that sorts last) or, on odd steps, right after it
      // (an id that sorts among the others: a read by id puts it there).
      const copy = { ...claim, id: `${claim.id}~added${step}` };
      const at = step % 2 === 1 ? kb.claims.indexOf(claim) + 1 : kb.claims.length;
      return { ...kb, claims: kb.claims.toSpliced(at, 0, copy) };
    }
    case 1: {
      const others = kb.actors.filter((a) => a.id !== claim.subjectId);
      const edited = claim.objectId ? { ...claim, objectId: pick(others).id } : claim;
      return { ...kb, claims: kb.claims.map((c) => (c === claim ? edited : c)) };
    }
    case 2:
      return {
        ...kb,
        claims: kb.claims.map((c) => (c === claim ? { ...c, offTopic: !c.offTopic } : c)),
      };
    case 3:
      return {
        ...kb,
        claims: kb.claims.filter((c) => c !== claim),
        disputes: kb.disputes.filter((d) => d.firstId !== claim.id && d.secondId !== claim.id),
      };
    case 4: {
      const actor = pick(kb.actors);
      const copy = { ...actor, id: `${actor.id}~added${step}`, name: `${actor.name} Junior` };
      return { ...kb, actors: [...kb.actors, copy] };
    }
    case 5: {
      const other = kb.claims.find(
        (c) =>
          c !== claim && c.subjectId === claim.subjectId && c.predicateId === claim.predicateId,
      );
      const model = kb.disputes[0];
      if (!other || !model) return { ...kb };
      return {
        ...kb,
        disputes: [...kb.disputes, { ...model, firstId: claim.id, secondId: other.id }],
      };
    }
    case 6:
      return kb.disputes.length > 0 ? { ...kb, disputes: kb.disputes.slice(1) } : { ...kb };
    case 7: {
      // A claim added about one of the least mentioned actors of its subject's kind.
      const mentions = new Map<string, number>();
      for (const c of kb.claims) {
        for (const id of [c.subjectId, c.objectId]) {
          if (id !== null) mentions.set(id, (mentions.get(id) ?? 0) + 1);
        }
      }
      const kind = kb.actors.find((a) => a.id === claim.subjectId)?.kind;
      const [little] = kb.actors
        .filter((a) => a.kind === kind && a.id !== claim.objectId)
        .sort((a, b) => (mentions.get(a.id) ?? 0) - (mentions.get(b.id) ?? 0));
      if (!little) return { ...kb };
      const added = { ...claim, id: `${claim.id}~little${step}`, subjectId: little.id };
      return { ...kb, claims: [...kb.claims, added] };
    }
    default:
      // A reload after a write no quiz reads: every row a new object, equal in content.
      return structuredClone(kb);
  }
}

/**
 * An article brought in (packages/ingest, then the API's mutations): a new source, one or two new
 * actors, and a few claims about them evidenced in the new source, modelled on the claims of an
 * existing source (its copy, so every quote's offsets hold). The database reads rows by id, so
 * new rows may come anywhere: each is put at a random place, claims sometimes at the end (the
 * common case of ids that sort last). Sometimes one actor is named by no claim (found, not used).
 */
export function ingest(
  kb: KnowledgeBase,
  rng: () => number,
  step: number,
  /**
   * Whether the article states a relation (its first claim modelled on a relation claim: a new
   * member of an existing group), written as a relation row too, as the API does (relation-edits.ts).
   */
  related = false,
): KnowledgeBase {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T;
  const insert = <T>(list: readonly T[], rows: readonly T[]): T[] => {
    const out = [...list];
    for (const row of rows) out.splice(Math.floor(rng() * (out.length + 1)), 0, row);
    return out;
  };
  const relations = new Set(kb.predicates.filter((p) => p.relation).map((p) => p.id));
  const stated = related ? kb.claims : kb.claims.filter((c) => !relations.has(c.predicateId));
  const usable = stated.filter((c) => c.evidence.length > 0 && !c.background);
  const relationClaims = usable.filter((c) => relations.has(c.predicateId) && c.objectId !== null);
  const model = pick(related && relationClaims.length > 0 ? relationClaims : usable);
  const sourceId = model.evidence[0]?.sourceId ?? '';
  const original = kb.sources.find((s) => s.id === sourceId);
  if (!original) return { ...kb };
  const tag = `~ingest${step}`;
  const source = {
    ...structuredClone(original),
    id: `${sourceId}${tag}`,
    title: `${original.title} (brought in)`,
    contentHash: `${original.contentHash}${tag}`,
  };
  const inSource = [
    model,
    ...stated.filter((c) => c !== model && c.evidence.some((e) => e.sourceId === sourceId)),
  ];
  const subject = kb.actors.find((a) => a.id === model.subjectId);
  if (!subject) return { ...kb };
  const newcomer = { ...subject, id: `${subject.id}${tag}`, name: `${subject.name} Newcomer` };
  const other = pick(kb.actors);
  const second = { ...other, id: `${other.id}${tag}`, name: `${other.name} Second`, aliases: [] };
  const secondNamed = rng() < 0.5;
  const claims = inSource.slice(0, 1 + Math.floor(rng() * 3)).map((c, i) => ({
    ...structuredClone(c),
    id: `${c.id}${tag}`,
    subjectId: i === 0 ? newcomer.id : c.subjectId,
    objectId: secondNamed && i === 1 && c.objectId !== null ? second.id : c.objectId,
    evidence: c.evidence
      .filter((e) => e.sourceId === sourceId)
      .map((e) => ({ ...e, sourceId: source.id })),
  }));
  const written = { ...kb, claims };
  return {
    ...kb,
    sources: insert(kb.sources, [source]),
    actors: insert(kb.actors, [newcomer, second]),
    claims: rng() < 0.5 ? [...kb.claims, ...claims] : insert(kb.claims, claims),
    relations: related
      ? insert(kb.relations, relationRows(written, claims, kb.relations))
      : kb.relations,
  };
}

/**
 * The relation rows the API writes for these claims (`writeRelation` in @attest/collections): one
 * per claim of a relation predicate with an actor object, unless the base has that relation.
 */
function relationRows(
  kb: KnowledgeBase,
  claims: readonly Claim[],
  existing: readonly Relation[],
): Relation[] {
  const rows: Relation[] = [];
  const has = new Set(existing.map((r) => `${r.type}|${r.subjectId}|${r.objectId}`));
  for (const claim of claims) {
    const type = kb.predicates.find((p) => p.id === claim.predicateId)?.relation;
    const key = `${type}|${claim.subjectId}|${claim.objectId}`;
    if (!type || claim.objectId === null || has.has(key)) continue;
    has.add(key);
    rows.push({
      type,
      subjectId: claim.subjectId,
      objectId: claim.objectId,
      start: null,
      end: null,
      claimId: claim.id,
    });
  }
  return rows;
}

/**
 * One random change of relations, as a curator or the API makes it: a claim of a relation
 * predicate added (about another actor of its subject's kind, with its relation row), removed
 * (with its row and disputes) or given another object (its row written again); a relation with
 * no claim added (a place put in another's region, a member to another group), removed, or
 * ended (or no longer); or an article brought in that states a relation.
 */
export function editRelation(kb: KnowledgeBase, rng: () => number, step: number): KnowledgeBase {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T;
  const insert = <T>(list: readonly T[], rows: readonly T[]): T[] => {
    const out = [...list];
    for (const row of rows) out.splice(Math.floor(rng() * (out.length + 1)), 0, row);
    return out;
  };
  const kindOf = new Map(kb.actors.map((a) => [a.id, a.kind]));
  // Of the same copy of a scaled base (`~2`), as an article of one copy would name them.
  const copyOf = (id: string) => /~\d+$/.exec(id)?.[0] ?? '';
  const sameKind = (id: string) =>
    kb.actors.filter(
      (a) => a.id !== id && a.kind === kindOf.get(id) && copyOf(a.id) === copyOf(id),
    );
  const relationPredicates = new Set(kb.predicates.filter((p) => p.relation).map((p) => p.id));
  const stating = kb.claims.filter((c) => relationPredicates.has(c.predicateId) && c.objectId);
  const background = kb.relations.filter((r) => r.claimId === null);
  const withoutClaim = (id: string) => kb.relations.filter((r) => r.claimId !== id);
  const move = Math.floor(rng() * 7);
  if (move === 0 && stating.length > 0) {
    const model = pick(stating);
    const subject = pick(sameKind(model.subjectId));
    if (!subject) return { ...kb };
    const added = { ...model, id: `${model.id}~related${step}`, subjectId: subject.id };
    return {
      ...kb,
      claims: rng() < 0.5 ? [...kb.claims, added] : insert(kb.claims, [added]),
      relations: insert(kb.relations, relationRows(kb, [added], kb.relations)),
    };
  }
  if (move === 1 && stating.length > 0) {
    const gone = pick(stating);
    return {
      ...kb,
      claims: kb.claims.filter((c) => c !== gone),
      relations: withoutClaim(gone.id),
      disputes: kb.disputes.filter((d) => d.firstId !== gone.id && d.secondId !== gone.id),
    };
  }
  if (move === 2 && stating.length > 0) {
    const claim = pick(stating);
    const object = pick(sameKind(claim.objectId as string));
    if (!object || object.id === claim.subjectId) return { ...kb };
    const edited = { ...claim, objectId: object.id };
    const relations = withoutClaim(claim.id);
    return {
      ...kb,
      claims: kb.claims.map((c) => (c === claim ? edited : c)),
      relations: insert(relations, relationRows(kb, [edited], relations)),
    };
  }
  if (move === 3 && kb.relations.length > 0) {
    // A relation like another, for another actor of one side's kind.
    const model = pick(kb.relations);
    const side = rng() < 0.5 ? 'subjectId' : 'objectId';
    const other = pick(sameKind(model[side]));
    if (!other) return { ...kb };
    const added = { ...model, [side]: other.id, claimId: null };
    if (added.subjectId === added.objectId) return { ...kb };
    return { ...kb, relations: insert(kb.relations, [added]) };
  }
  if (move === 4 && background.length > 0) {
    const gone = pick(background);
    return { ...kb, relations: kb.relations.filter((r) => r !== gone) };
  }
  if (move === 5 && kb.relations.length > 0) {
    const relation = pick(kb.relations);
    const end = relation.end
      ? null
      : { value: `${2015 + (step % 10)}`, precision: 'YEAR' as const };
    return { ...kb, relations: kb.relations.map((r) => (r === relation ? { ...r, end } : r)) };
  }
  return ingest(kb, rng, step, true);
}

/**
 * One random edit of an existing actor in place (same id and place), as a curator makes them:
 * renamed (to a fresh name, to another actor's name or alias, to a source's publisher, to words
 * other claims' statements hold, to a name with a year in it or one that names nobody), an alias
 * added or removed, a description reworded (to another actor's, or with a short form "the
 * office"). Sometimes its kind changes (kind-edits.ts), or a country is edited (made in full).
 */
export function editActor(kb: KnowledgeBase, rng: () => number, step: number): KnowledgeBase {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T;
  // Mostly an actor some claim names: an actor no claim names reaches little.
  const named = new Set(kb.claims.flatMap((c) => [c.subjectId, c.objectId, c.speakerId]));
  const candidates = kb.actors.filter((a) => named.has(a.id) && a.kind !== 'COUNTRY');
  const actor = rng() < 0.9 && candidates.length > 0 ? pick(candidates) : pick(kb.actors);
  const other = pick(kb.actors.filter((a) => a.id !== actor.id));
  const words = (pick(kb.claims).statement.match(/\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?/gu) ?? []).at(0);
  const publisher = pick(kb.sources).publisher;
  const moves: (() => Partial<Actor>)[] = [
    () => ({ name: `${actor.name} Renamed${step}` }),
    () => ({ name: other.name }),
    () => ({ name: pick([other.name, ...other.aliases.map((a) => a.name)]) }),
    () => ({ name: publisher ?? `${actor.name} Press` }),
    () => ({ name: words ?? `${actor.name} Again` }),
    () => ({ name: `the ${2015 + (step % 10)} ${actor.name}` }),
    () => ({ name: `An anonymous official ${step}` }),
    () => ({ aliases: [...actor.aliases, { name: other.name, kind: 'NAME' as const }] }),
    () => ({
      aliases: [...actor.aliases, { name: `${actor.name}sson`, kind: 'MISSPELLING' as const }],
    }),
    () => ({ aliases: actor.aliases.slice(1) }),
    () => ({ description: other.description }),
    () => ({ description: `${actor.description ?? actor.name}, the liaison office` }),
    () => ({ description: null }),
    () => ({ kind: other.kind }),
  ];
  const changed = { ...actor, ...pick(moves)() };
  return { ...kb, actors: kb.actors.map((a) => (a === actor ? changed : a)) };
}

/**
 * One actor's kind changed in place, as a curator fixes it ("organization" → "alliance",
 * "person" → "organization"): mostly an actor some claim names, to another kind the base has.
 * Now and then a place or a country is made another kind, or something a place or country:
 * those are made in full.
 */
export function editKind(kb: KnowledgeBase, rng: () => number): KnowledgeBase {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T;
  const named = new Set(kb.claims.flatMap((c) => [c.subjectId, c.objectId, c.speakerId]));
  const unbounded = (kind: Actor['kind']) => kind === 'PLACE' || kind === 'COUNTRY';
  const bounded = rng() < 0.85;
  const candidates = kb.actors.filter(
    (a) => (named.has(a.id) || rng() < 0.1) && (!bounded || !unbounded(a.kind)),
  );
  const actor = pick(candidates.length > 0 ? candidates : kb.actors);
  const kinds = [...new Set(kb.actors.map((a) => a.kind))].filter(
    (k) => k !== actor.kind && (!bounded || !unbounded(k)),
  );
  if (kinds.length === 0) return kb;
  const changed = { ...actor, kind: pick(kinds) };
  return { ...kb, actors: kb.actors.map((a) => (a === actor ? changed : a)) };
}

/**
 * One random edit of an existing source in place (same id and place), as a curator corrects one:
 * its title (to another source's, to a supplied "[…]" title), its publisher (to another
 * source's, to an actor's name, so that actor comes to publish it; with a comma; none), its date
 * (another year, none), its genre (a blog), its url, or its text (the same length, so every
 * quote's offsets hold: an actor's name blanked out of it, sentences run together).
 */
export function editSource(kb: KnowledgeBase, rng: () => number, step: number): KnowledgeBase {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T;
  const cited = new Set(kb.claims.flatMap((c) => c.evidence.map((e) => e.sourceId)));
  const candidates = kb.sources.filter((s) => cited.has(s.id));
  const source = rng() < 0.9 && candidates.length > 0 ? pick(candidates) : pick(kb.sources);
  const other = pick(kb.sources);
  const inSource = kb.claims.filter((c) => c.evidence.some((e) => e.sourceId === source.id));
  const named = kb.actors.filter((a) =>
    inSource.some((c) => [c.subjectId, c.objectId, c.speakerId].includes(a.id)),
  );
  const actor = named.length > 0 ? pick(named) : pick(kb.actors);
  const blank = (text: string, name: string) =>
    name.length > 2 ? text.split(name).join('x'.repeat(name.length)) : text;
  const moves: (() => Partial<Source>)[] = [
    () => ({ title: `${source.title} (corrected ${step})` }),
    () => ({ title: other.title }),
    () => ({ title: `[an untitled piece ${step}]` }),
    () => ({ publisher: other.publisher }),
    () => ({ publisher: actor.name }),
    () => ({ publisher: `${source.publisher ?? 'A Press'}, Inc.` }),
    () => ({ publisher: null }),
    () => ({ published: { value: `${2015 + (step % 11)}`, precision: 'YEAR' as const } }),
    () => ({ published: null }),
    () => ({ genre: 'BLOG' as const }),
    () => ({ url: `https://example.org/${step}` }),
    () => ({ text: blank(source.text, actor.name) }),
    () => ({ text: source.text.split('. ').join('; ') }),
  ];
  let changed = { ...source, ...pick(moves)() };
  // A move that changed nothing (a publisher set to its own) corrects the title instead.
  if (JSON.stringify(changed) === JSON.stringify(source)) {
    changed = { ...source, title: `${source.title} (corrected ${step})` };
  }
  return { ...kb, sources: kb.sources.map((s) => (s === source ? changed : s)) };
}

/**
 * A source removed, as a curator withdraws one: its evidence goes with it, and the claims it
 * alone evidenced (with their disputes). Mostly a source that evidences no relation claim (as
 * articles brought in mostly do not; every source of the corpus evidences one).
 */
export function removeSource(kb: KnowledgeBase, rng: () => number): KnowledgeBase {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T;
  const relations = new Set(kb.predicates.filter((p) => p.relation).map((p) => p.id));
  const plain = kb.sources.filter(
    (s) =>
      !kb.claims.some(
        (c) => relations.has(c.predicateId) && c.evidence.some((e) => e.sourceId === s.id),
      ),
  );
  const source = rng() < 0.9 && plain.length > 0 ? pick(plain) : pick(kb.sources);
  const claims = kb.claims.flatMap((c) => {
    if (!c.evidence.some((e) => e.sourceId === source.id)) return [c];
    const evidence = c.evidence.filter((e) => e.sourceId !== source.id);
    return evidence.length > 0 ? [{ ...c, evidence }] : [];
  });
  const kept = new Set(claims.map((c) => c.id));
  return {
    ...kb,
    sources: kb.sources.filter((s) => s !== source),
    claims,
    disputes: kb.disputes.filter((d) => kept.has(d.firstId) && kept.has(d.secondId)),
  };
}

/**
 * An actor removed, as a curator deletes one: the claims naming it go first (with their
 * disputes), in the same version. Never one a relation names (relations are another part), and
 * mostly one no relation claim names either.
 */
export function removeActor(kb: KnowledgeBase, rng: () => number): KnowledgeBase {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T;
  const related = new Set(kb.relations.flatMap((r) => [r.subjectId, r.objectId]));
  const relations = new Set(kb.predicates.filter((p) => p.relation).map((p) => p.id));
  const names = (c: Claim, id: string) =>
    [c.subjectId, c.objectId, c.speakerId, c.qualifiers.placeId].includes(id);
  const free = kb.actors.filter((a) => !related.has(a.id));
  const plain = free.filter(
    (a) => !kb.claims.some((c) => relations.has(c.predicateId) && names(c, a.id)),
  );
  const actor = rng() < 0.9 && plain.length > 0 ? pick(plain) : pick(free);
  if (!actor) return { ...kb };
  const claims = kb.claims.filter((c) => !names(c, actor.id));
  const kept = new Set(claims.map((c) => c.id));
  return {
    ...kb,
    actors: kb.actors.filter((a) => a !== actor),
    claims,
    disputes: kb.disputes.filter((d) => kept.has(d.firstId) && kept.has(d.secondId)),
  };
}
