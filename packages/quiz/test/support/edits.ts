import type { KnowledgeBase } from '@attest/knowledge';
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
    case 0:
      return { ...kb, claims: [...kb.claims, { ...claim, id: `${claim.id}~added${step}` }] };
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
