import type { Metadata } from 'next';
import { ProblemView } from '@/components/ProblemView.tsx';
import { ScopeNote } from '@/components/ScopeNote.tsx';
import { query } from '@/lib/api.ts';
import { listScope, scopedHref } from '@/lib/scope.ts';

export const metadata: Metadata = { title: 'Actors' };

interface Data {
  actors: {
    totalCount: number;
    edges: {
      node: { id: string; name: string | null; kind: string | null; description: string | null };
    }[];
  } | null;
}

export default async function ActorsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const q = params.q;
  const search = (Array.isArray(q) ? q[0] : q)?.trim() || undefined;
  const scoped = await listScope(params);
  if (!scoped.ok) return <ProblemView problem={scoped.problem} retryHref="/actors" />;
  const { scope } = scoped;
  const result = await query<Data>(
    `query ($search: String, $c: ID) { actors(first: 100, search: $search, collection: $c) {
      totalCount edges { node { id name kind description } } } }`,
    { search, c: scope?.collection.id ?? null },
  );
  if (!result.ok)
    return <ProblemView problem={result.problem} retryHref={scopedHref('/actors', scope)} />;
  const actors = result.data.actors?.edges.map((e) => e.node) ?? [];
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
