import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ClaimFields, ClaimItem, type ClaimView } from '@/components/ClaimItem.tsx';
import { ProblemView } from '@/components/ProblemView.tsx';
import { request } from '@/lib/api.ts';
import { graphql, type ResultOf } from '@/lib/graphql.ts';
import { namesNothing } from '@/lib/missing.ts';
import { problemOf } from '@/lib/problems.ts';

export const metadata: Metadata = { title: 'Actor' };

const RelationFields = graphql(`
  fragment RelationFields on ActorRelation {
    id type start { value } end { value } subject { id name } object { id name }
  }
`);

type Relation = ResultOf<typeof RelationFields>;

const ActorQuery = graphql(
  `
  query Actor($id: ID!) {
    node(id: $id) {
      __typename
      ... on Actor {
        name kind description aliases { name kind }
        memberOf { ...RelationFields } members { ...RelationFields }
        affiliations { ...RelationFields }
        sources { id title }
      }
    }
  }
`,
  [RelationFields],
);

const ActorDid = graphql(
  `
  query ActorDid($id: ID!, $after: String) {
    node(id: $id) {
      ... on Actor {
        page: claimsAsSubject(first: 40, after: $after) {
          pageInfo { hasNextPage endCursor } edges { node { ...ClaimFields } }
        }
      }
    }
  }
`,
  [ClaimFields],
);

const ActorSaid = graphql(
  `
  query ActorSaid($id: ID!, $after: String) {
    node(id: $id) {
      ... on Actor {
        page: quotes(first: 40, after: $after) {
          pageInfo { hasNextPage endCursor } edges { node { ...ClaimFields } }
        }
      }
    }
  }
`,
  [ClaimFields],
);

const Askable = graphql(`
  query ActorAskable($id: ID!) { generateQuestions(input: { actors: [$id], count: 1 }) { id } }
`);

function RelationList({
  title,
  relations,
  side,
}: {
  title: string;
  relations: Relation[];
  side: 'subject' | 'object';
}) {
  if (relations.length === 0) return null;
  return (
    <>
      <h2>{title}</h2>
      <ul>
        {relations.map((r) => {
          const other = r[side];
          const when = [r.start?.value, r.end?.value].filter(Boolean).join(' to ');
          return (
            <li key={r.id}>
              {other ? <a href={`/actors/${encodeURIComponent(other.id)}`}>{other.name}</a> : '?'}
              {when ? <span className="muted"> ({when})</span> : null}
            </li>
          );
        })}
      </ul>
    </>
  );
}

type Page = Extract<NonNullable<ResultOf<typeof ActorDid>['node']>, { page: unknown }>['page'];

/** Every claim of one of the actor's claim lists, a page at a time (within the query cost limit). */
async function loadClaims(id: string, list: typeof ActorDid): Promise<ClaimView[]> {
  const claims: ClaimView[] = [];
  let after: string | null = null;
  do {
    const data: ResultOf<typeof ActorDid> = await request(list, { id, after });
    const connection: Page = data.node && 'page' in data.node ? data.node.page : null;
    claims.push(...(connection?.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? []));
    after = connection?.pageInfo.hasNextPage ? (connection.pageInfo.endCursor ?? null) : null;
  } while (after);
  return claims;
}

export default async function ActorPage({ params }: { params: Promise<{ id: string }> }) {
  const id = decodeURIComponent((await params).id);
  let loaded: [ResultOf<typeof ActorQuery>, ClaimView[], ClaimView[], boolean];
  try {
    loaded = await Promise.all([
      request(ActorQuery, { id }),
      loadClaims(id, ActorDid),
      loadClaims(id, ActorSaid),
      // A quiz on an actor with nothing recorded would be a dead end: offer it only when the
      // engine has at least one question about them.
      request(Askable, { id }).then(
        (data) => Boolean(data.generateQuestions?.length),
        () => false,
      ),
    ]);
  } catch (error) {
    const problem = problemOf(error);
    if (namesNothing(problem)) notFound();
    return <ProblemView problem={problem} />;
  }
  const [result, did, quotes, askable] = loaded;
  const actor = result.node;
  if (actor?.__typename !== 'Actor') notFound();
  const didIds = new Set(did.map((c) => c.id));
  const said = quotes.filter((c) => !didIds.has(c.id));
  const aliases = (actor.aliases ?? []).filter((a) => a.name && a.name !== actor.name);
  return (
    <article>
      <h1>{actor.name}</h1>
      <p className="muted">
        {[actor.kind?.toLowerCase(), actor.description].filter(Boolean).join(' · ')}
      </p>
      {aliases.length > 0 ? <p>Also called: {aliases.map((a) => a.name).join(', ')}</p> : null}
      {askable ? (
        <p className="actions">
          <a className="button secondary" href={`/quiz/new?actor=${encodeURIComponent(id)}`}>
            Quiz me on {actor.name}
          </a>
        </p>
      ) : null}
      <RelationList title="Member of" relations={actor.memberOf ?? []} side="object" />
      <RelationList title="Members" relations={actor.members ?? []} side="subject" />
      <RelationList
        title="Roles and affiliations"
        relations={actor.affiliations ?? []}
        side="object"
      />
      <h2>What the sources say {actor.name} did or plans</h2>
      {did.length === 0 ? <p className="muted">Nothing recorded.</p> : null}
      <ul className="plain">
        {did.map((c) => (
          <ClaimItem key={c.id} claim={c} />
        ))}
      </ul>
      {said.length > 0 ? (
        <>
          <h2>What {actor.name} said</h2>
          <ul className="plain">
            {said.map((c) => (
              <ClaimItem key={c.id} claim={c} showSubject />
            ))}
          </ul>
        </>
      ) : null}
      {actor.sources?.length ? (
        <>
          <h2>Mentioned in</h2>
          <ul>
            {actor.sources.map((s) => (
              <li key={s.id}>
                <a href={`/sources/${encodeURIComponent(s.id)}`}>{s.title}</a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </article>
  );
}
