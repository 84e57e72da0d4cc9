import type { Metadata } from 'next';
import { AddSourceForm } from '@/components/AddSourceForm.tsx';
import { ClaimFields, ClaimItem } from '@/components/ClaimItem.tsx';
import { CuratorManager } from '@/components/CuratorManager.tsx';
import { type ChangeRow, HistoryList } from '@/components/HistoryList.tsx';
import { ProblemView } from '@/components/ProblemView.tsx';
import { TextField } from '@/components/TextField.tsx';
import { VisibilitySwitch } from '@/components/VisibilitySwitch.tsx';
import { request } from '@/lib/api.ts';
import {
  type CollectionDetail,
  collectionHref,
  formatMoment,
  holdings,
  loadCollection,
  sourceHref,
} from '@/lib/collections.ts';
import { graphql, type ResultOf } from '@/lib/graphql.ts';
import { problemOf } from '@/lib/problems.ts';
import { actorKinds } from '@/lib/review.ts';

export const metadata: Metadata = { title: 'Collection' };

const Contents = graphql(
  `
  query CollectionContents($c: ID!, $search: String) {
    sources(collection: $c, first: 100) { edges { node { id title publisher published { value } } } }
    actors(collection: $c, first: 100) { totalCount edges { node { id name kind } } }
    claims(collection: $c, search: $search, first: 50) {
      totalCount edges { node { ...ClaimFields } }
    }
  }
`,
  [ClaimFields],
);

const History = graphql(`
  query CollectionHistory($slug: String!) {
    collection(slug: $slug) {
      history(first: 30) { edges { node { id summary by at revertOf revertedAt } } }
    }
  }
`);

export default async function CollectionPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const slug = decodeURIComponent((await params).slug);
  const q = (await searchParams).q;
  const search = (Array.isArray(q) ? q[0] : q)?.trim().slice(0, 300) ?? '';
  const href = collectionHref(slug);

  let c: CollectionDetail;
  let viewer: { email: string } | null;
  let contents: ResultOf<typeof Contents>;
  let history: ResultOf<typeof History> | null;
  try {
    ({ collection: c, viewer } = await loadCollection(slug));
    [contents, history] = await Promise.all([
      request(Contents, { c: c.id, search: search || null }),
      // The history is for editors, and the page stands without it.
      c.viewerCanEdit ? request(History, { slug }).catch(() => null) : null,
    ]);
  } catch (error) {
    return <ProblemView problem={problemOf(error)} retryHref={href} />;
  }
  const owner = c.viewerIsOwner;
  const sources = (contents.sources?.edges ?? []).map((e) => e.node);
  const actors = (contents.actors?.edges ?? []).map((e) => e.node);
  const claims = (contents.claims?.edges ?? []).map((e) => e.node);
  const changes: ChangeRow[] | null = history?.collection?.history
    ? history.collection.history.edges.map(({ node: h }) => ({
        id: h.id,
        summary: h.summary ?? 'A change',
        by: h.by,
        at: formatMoment(h.at),
        reverted: h.revertedAt !== null,
        isRevert: h.revertOf !== null,
      }))
    : null;

  return (
    <>
      <p className="muted breadcrumb">
        <a href="/collections">Collections</a>
      </p>
      <h1>
        {c.name} <span className="badge">{c.visibility === 'PUBLIC' ? 'public' : 'private'}</span>
      </h1>
      <p className="muted">
        {c.ownerName ? `By ${c.ownerName}` : 'The curated corpus'} · {holdings(c)}
        {owner ? ' · you own it' : c.viewerCanEdit ? ' · you curate it' : ''}
      </p>
      {c.description ? <p>{c.description}</p> : null}
      {c.claimCount > 0 ? (
        <p className="actions">
          <a className="button" href={`/quiz/new?collection=${encodeURIComponent(c.id)}`}>
            Quiz me on this collection
          </a>
          {viewer ? (
            <a
              className="button secondary"
              href={`/studio?collection=${encodeURIComponent(slug)}#new-set`}
            >
              Build a question set from this collection
            </a>
          ) : null}
        </p>
      ) : null}
      <nav aria-label="This collection's lists">
        <p className="actions">
          <a href={`/sources?collection=${encodeURIComponent(slug)}`}>Its sources</a>
          <a href={`/actors?collection=${encodeURIComponent(slug)}`}>Its actors</a>
          <a href={`/disputes?collection=${encodeURIComponent(slug)}`}>
            Where its sources disagree
          </a>
        </p>
      </nav>

      <h2 id="sources">Sources</h2>
      {sources.length === 0 ? (
        <p className="muted">No sources yet.</p>
      ) : (
        <ul className="plain">
          {sources.map((s) => (
            <li key={s.id}>
              <a href={sourceHref(slug, s.id)}>{s.title ?? 'Untitled source'}</a>
              <span className="muted">
                {[s.publisher, s.published?.value].filter(Boolean).length
                  ? ` · ${[s.publisher, s.published?.value].filter(Boolean).join(' · ')}`
                  : ''}
              </span>
              {c.viewerCanEdit ? (
                <span className="hint"> · open it to review its drafts</span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {c.viewerCanEdit ? (
        // Open while the collection is empty: adding a source is then the only thing to do.
        <details className="card" open={sources.length === 0}>
          <summary>Add a source</summary>
          <AddSourceForm collectionId={c.id} slug={slug} />
        </details>
      ) : null}

      <h2 id="claims">Claims</h2>
      <search>
        <form method="get" action={`${href}#claims`} className="inline-form">
          <TextField
            id="claim-search"
            label="Search the claims"
            name="q"
            type="search"
            maxLength={300}
            defaultValue={search}
            placeholder="Words or a question"
          />
          <button type="submit" className="secondary">
            Search
          </button>
        </form>
      </search>
      <p className="muted" aria-live="polite">
        {search
          ? `${claims.length} ${claims.length === 1 ? 'claim matches' : 'claims match'} “${search}”.`
          : `${contents.claims?.totalCount ?? claims.length} claims.`}
        {search ? (
          <>
            {' '}
            <a href={`${href}#claims`}>Show all claims</a>
          </>
        ) : null}
      </p>
      {claims.length ? (
        <ul className="plain">
          {claims.map((claim) => (
            <ClaimItem key={claim.id} claim={claim} showSubject />
          ))}
        </ul>
      ) : null}

      <h2 id="actors">Actors</h2>
      {(contents.actors?.totalCount ?? 0) > actors.length ? (
        <p className="muted">
          The first {actors.length} of {contents.actors?.totalCount}, by name.
        </p>
      ) : null}
      {actors.length === 0 ? (
        <p className="muted">No actors yet.</p>
      ) : (
        <ul className="tags">
          {actors.map((a) => (
            <li key={a.id}>
              <a href={`/actors/${encodeURIComponent(a.id)}`}>{a.name ?? 'Unnamed'}</a>
              {a.kind && actorKinds[a.kind] ? (
                <span className="muted"> ({actorKinds[a.kind]})</span>
              ) : null}
            </li>
          ))}
        </ul>
      )}

      {c.viewerCanEdit ? (
        <>
          {owner ? (
            <>
              <h2 id="visibility">Who sees it</h2>
              <VisibilitySwitch
                collectionId={c.id}
                visibility={c.visibility === 'PUBLIC' ? 'PUBLIC' : 'PRIVATE'}
              />
            </>
          ) : null}
          <h2 id="curators">Curators</h2>
          {owner ? (
            <CuratorManager collectionId={c.id} curators={c.curators ?? []} />
          ) : (
            <p className="muted">
              {(c.curators ?? []).join(', ') || 'None'}. Only the owner invites or removes curators.
            </p>
          )}
          <h2 id="history">History</h2>
          {changes ? (
            <HistoryList collectionId={c.id} changes={changes} />
          ) : (
            <p className="problem">
              The history could not be loaded. Reload the page to try again.
            </p>
          )}
        </>
      ) : null}
    </>
  );
}
