import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CLAIM_FIELDS, ClaimItem, type ClaimView } from '@/components/ClaimItem.tsx';
import { ProblemView } from '@/components/ProblemView.tsx';
import { query, type Result } from '@/lib/api.ts';
import { namesNothing } from '@/lib/missing.ts';

export const metadata: Metadata = { title: 'Actor' };

interface Relation {
  id: string;
  type: string | null;
  start: { value: string | null } | null;
  end: { value: string | null } | null;
  subject: { id: string; name: string | null } | null;
  object: { id: string; name: string | null } | null;
}

interface Data {
  node: {
    __typename: string;
    name?: string | null;
    kind?: string | null;
    description?: string | null;
    aliases?: { name: string | null; kind: string | null }[] | null;
    memberOf?: Relation[] | null;
    members?: Relation[] | null;
    affiliations?: Relation[] | null;
    sources?: { id: string; title: string | null }[] | null;
  } | null;
}

const RELATION = 'id type start { value } end { value } subject { id name } object { id name }';

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

interface ClaimConnection {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: ClaimView }[];
}

interface ClaimPage {
  node: { page?: ClaimConnection | null } | null;
}

/** Every claim of one of the actor's claim lists, a page at a time (within the query cost limit). */
async function loadClaims(
  id: string,
  field: 'claimsAsSubject' | 'quotes',
): Promise<Result<ClaimView[]>> {
  const claims: ClaimView[] = [];
  let after: string | null = null;
  do {
    const page: Result<ClaimPage> = await query<ClaimPage>(
      `query ($id: ID!, $after: String) { node(id: $id) { ... on Actor {
        page: ${field}(first: 40, after: $after) {
          pageInfo { hasNextPage endCursor } edges { node { ${CLAIM_FIELDS} } }
        } } } }`,
      { id, after },
    );
    if (!page.ok) return page;
    const connection: ClaimConnection | null | undefined = page.data.node?.page;
    claims.push(...(connection?.edges.map((e) => e.node) ?? []));
    after = connection?.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
  } while (after);
  return { ok: true, data: claims };
}

export default async function ActorPage({ params }: { params: Promise<{ id: string }> }) {
  const id = decodeURIComponent((await params).id);
  const [result, claims, quotes, askable] = await Promise.all([
    query<Data>(
      `query ($id: ID!) { node(id: $id) { __typename ... on Actor {
        name kind description aliases { name kind }
        memberOf { ${RELATION} } members { ${RELATION} } affiliations { ${RELATION} }
        sources { id title }
      } } }`,
      { id },
    ),
    loadClaims(id, 'claimsAsSubject'),
    loadClaims(id, 'quotes'),
    // A quiz on an actor with nothing recorded would be a dead end: offer it only when the
    // engine has at least one question about them.
    query<{ generateQuestions: unknown[] | null }>(
      'query ($id: ID!) { generateQuestions(input: { actors: [$id], count: 1 }) { id } }',
      { id },
    ),
  ]);
  if (!result.ok && namesNothing(result.problem)) notFound();
  if (!result.ok) return <ProblemView problem={result.problem} />;
  if (!claims.ok && namesNothing(claims.problem)) notFound();
  if (!claims.ok) return <ProblemView problem={claims.problem} />;
  if (!quotes.ok) return <ProblemView problem={quotes.problem} />;
  const actor = result.data.node;
  if (actor?.__typename !== 'Actor') notFound();
  const did = claims.data;
  const didIds = new Set(did.map((c) => c.id));
  const said = quotes.data.filter((c) => !didIds.has(c.id));
  const aliases = (actor.aliases ?? []).filter((a) => a.name && a.name !== actor.name);
  return (
    <article>
      <h1>{actor.name}</h1>
      <p className="muted">
        {[actor.kind?.toLowerCase(), actor.description].filter(Boolean).join(' · ')}
      </p>
      {aliases.length > 0 ? <p>Also called: {aliases.map((a) => a.name).join(', ')}</p> : null}
      {askable.ok && askable.data.generateQuestions?.length ? (
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
