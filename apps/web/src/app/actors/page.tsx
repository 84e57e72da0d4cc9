import type { Metadata } from 'next';
import { ProblemView } from '@/components/ProblemView.tsx';
import { ScopeNote } from '@/components/ScopeNote.tsx';
import { request } from '@/lib/api.ts';
import { graphql, type ResultOf } from '@/lib/graphql.ts';
import { problemOf } from '@/lib/problems.ts';
import { listScope, type Scope, scopedHref } from '@/lib/scope.ts';

export const metadata: Metadata = { title: 'Actors' };

const Actors = graphql(`
  query Actors($search: String, $c: ID) {
    actors(first: 100, search: $search, collection: $c) {
      totalCount edges { node { id name kind description } }
    }
  }
`);

export default async function ActorsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const q = params.q;
  const search = (Array.isArray(q) ? q[0] : q)?.trim() || undefined;
  let scope: Scope = null;
  let data: ResultOf<typeof Actors>;
  try {
    scope = await listScope(params);
    data = await request(Actors, { search, c: scope?.collection.id ?? null });
  } catch (error) {
    return <ProblemView problem={problemOf(error)} retryHref={scopedHref('/actors', scope)} />;
  }
  const actors = data.actors?.edges.map((e) => e.node) ?? [];
  const groups = new Map<string, typeof actors>();
  for (const a of actors) {
    const kind = a.kind ?? 'OTHER';
    groups.set(kind, [...(groups.get(kind) ?? []), a]);
  }
  return (
    <>
      <h1>Actors</h1>
      <p className="lede">People, countries, governments and groups the sources talk about.</p>
      <ScopeNote scope={scope} all="/actors" what="actors" />
      <form method="get" className="row">
        {scope ? <input type="hidden" name="collection" value={scope.slug} /> : null}
        <div className="field">
          <label htmlFor="q">Find by name or alias</label>
          <input id="q" name="q" type="search" defaultValue={search ?? ''} />
        </div>
        <div className="field">
          <button type="submit" className="secondary">
            Search
          </button>
        </div>
      </form>
      {actors.length === 0 ? (
        <p>{search ? `No actor matches “${search}”.` : 'No actors yet.'}</p>
      ) : null}
      {[...groups].map(([kind, list]) => (
        <section key={kind} aria-labelledby={`k-${kind}`}>
          <h2 id={`k-${kind}`}>{kind.charAt(0) + kind.slice(1).toLowerCase()}</h2>
          <ul>
            {list.map((a) => (
              <li key={a.id}>
                <a href={`/actors/${encodeURIComponent(a.id)}`}>{a.name}</a>
                {a.description ? <span className="muted"> · {a.description}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
