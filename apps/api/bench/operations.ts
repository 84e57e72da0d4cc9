import type { Database } from '@attest/db';
import { encodeGlobalID } from '@pothos/plugin-relay';

export interface Operation {
  name: string;
  /** A named GraphQL document: the ceiling server finds its stored response by that name. */
  query: string;
  /** How many items the response holds: the bench refuses to measure an empty answer. */
  items(data: Record<string, unknown>): number;
}

interface Edges {
  edges: { node: unknown }[];
}

const claimFields = 'statement evidence { quote source { title } }';

/** The three operations, (b) about the actor who is the subject of the most claims. */
export async function operations(db: Pick<Database, 'prisma'>): Promise<Operation[]> {
  const [top] = await db.prisma.claim.groupBy({
    by: ['subjectId'],
    _count: { subjectId: true },
    orderBy: [{ _count: { subjectId: 'desc' } }, { subjectId: 'asc' }],
    take: 1,
  });
  if (!top) throw new Error('The database holds no claims: nothing to benchmark.');
  const actor = await db.prisma.actor.findUniqueOrThrow({ where: { id: top.subjectId } });
  const actorId = encodeGlobalID('Actor', actor.id);
  return [
    {
      name: 'claim search',
      query: `query ClaimSearch { claims(search: "Who blocked the Tokyo office?", first: 10) { edges { node { ${claimFields} } } } }`,
      items: (data) => (data.claims as Edges).edges.length,
    },
    {
      name: `actor + claims (${actor.name}, ${top._count.subjectId} claims)`,
      query: `query ActorClaims { node(id: "${actorId}") { ... on Actor { name claimsAsSubject(first: 20) { edges { node { ${claimFields} } } } quotes(first: 20) { edges { node { ${claimFields} } } } } } }`,
      items: (data) => (data.node as { claimsAsSubject: Edges }).claimsAsSubject.edges.length,
    },
    {
      name: '50 claims',
      query:
        'query ClaimList { claims(first: 50) { edges { node { statement subject { name } evidence { quote start end source { title publisher } } } } } }',
      items: (data) => (data.claims as Edges).edges.length,
    },
  ];
}
