import {
  ChangeWatch,
  CORPUS_COLLECTION_ID,
  type DatabaseChange,
  type HeardUpToNow,
  type OnChange,
  type PrismaClient,
  rankSearchesInMemory,
  readKnowledgeBase,
  warmSearch as warmSearchIndexes,
} from '@attest/db';
import type { KnowledgeBase } from '@attest/knowledge';
import { countQuestions, deriveQuiz, generateQuestions, sameKnowledge } from '@attest/quiz';
import { DEFAULT_PAGE_SIZE } from '../page-size.ts';

interface Cached {
  fingerprint: string;
  kb: Promise<KnowledgeBase>;
  /** The watch generation at which the fingerprint was last read back equal (see Watch). */
  checked: number;
}

// Keyed by the long-lived client (not Db): a transaction's knowledge base is never cached.
/**
 * What this process has heard of changes to the tables a knowledge base is read from
 * (`ChangeWatch` in @attest/db). While notifications are heard, a cached base checked at the
 * current generation is current: no query. Any change (or a gap in hearing them) bumps the
 * generation, and the next request reads again what changed.
 */
interface Watch {
  changes: ChangeWatch;
  /** When a mutation through this node last finished, until a change is heard after it. */
  localWriteAt?: number;
  /**
   * The generation a mutation through this node last finished at. Its notification may not have
   * been heard yet, so a base checked before it is read by comparing every row's version.
   */
  localWriteGeneration: number;
  /** Tells when every change committed so far has been heard (Database.heardUpToNow). */
  heardUpToNow?: HeardUpToNow;
  /**
   * The latest localWriteGeneration whose write's notifications are known heard (heardUpToNow
   * answered true after it): from then on the notifications name what it wrote.
   */
  localWritesHeard: number;
  /** The heardUpToNow asked after the last mutation. */
  hearing?: Promise<boolean>;
}

/**
 * How long at most after a mutation through this node search runs in SQL while waiting to hear
 * which collections it wrote: until its notifications are known heard (knowledgeMayHaveChanged
 * asks), or one of them arrives.
 */
const LOCAL_WRITE_MS = 1000;

const caches = new WeakMap<PrismaClient, Map<string, Cached>>();
const watches = new WeakMap<PrismaClient, Watch>();

/**
 * Lets the knowledge cache of this client trust what it holds while the database's change
 * notifications are heard (`Database.onChange`), instead of asking a fingerprint query on every
 * request. Returns the unsubscribe function. Without a watch every request checks the fingerprint.
 * A client watched already (several APIs over one database, as tests make) keeps its one watch.
 */
export function watchKnowledge(
  prisma: PrismaClient,
  onChange: OnChange,
  heardUpToNow?: HeardUpToNow,
): () => void {
  if (watches.has(prisma)) return () => {};
  const watch: Watch = {
    changes: new ChangeWatch(),
    localWriteGeneration: 0,
    localWritesHeard: 0,
    heardUpToNow,
  };
  watches.set(prisma, watch);
  const stop = onChange((change: DatabaseChange) => {
    if (watch.changes.hear(change)) watch.localWriteAt = undefined;
  });
  // Search ranks from claims held in memory, per collection, while no heard change names it.
  const freshness = watch.changes.freshness();
  const stopSearch = rankSearchesInMemory(prisma, () => {
    if (!watch.changes.listening) return undefined;
    if (watch.localWriteAt !== undefined && Date.now() - watch.localWriteAt < LOCAL_WRITE_MS)
      return undefined;
    return freshness;
  });
  return () => {
    stop();
    stopSearch();
    if (watches.get(prisma) === watch) watches.delete(prisma);
  };
}

/**
 * Makes the next request check again: called when a mutation through this process is done, so
 * its writer reads it back at once. It asks at once whether the mutation's notifications are
 * heard (Database.heardUpToNow: a millisecond or two); the next request waits for that answer
 * (currentKnowledgeBase), then reads the rows they named; only if that cannot be told does it check
 * the fingerprint and every row's version. Search runs in SQL (always current) until then (at
 * most LOCAL_WRITE_MS), so only the collections the mutation wrote have their indexes patched.
 */
export function knowledgeMayHaveChanged(prisma: PrismaClient): void {
  const watch = watches.get(prisma);
  if (!watch) return;
  watch.changes.bump();
  const at = Date.now();
  watch.localWriteAt = at;
  const through = watch.changes.generation;
  watch.localWriteGeneration = through;
  if (!watch.heardUpToNow) return;
  const heard = watch.heardUpToNow();
  watch.hearing = heard;
  void heard.then((ok) => {
    if (!ok) return;
    watch.localWritesHeard = Math.max(watch.localWritesHeard, through);
    // Its notifications, heard, named what it wrote: search may rank in memory again.
    if (watch.localWriteAt === at) watch.localWriteAt = undefined;
  });
}

/**
 * A collection's knowledge base as the quiz engine reads it, loaded once and reused until the
 * collection changes. Under `watchKnowledge`, after a change is heard, the rows its notification
 * named are read again (ChangeLog); after a mutation through this node, once its notifications
 * are heard. Where that cannot be told (a change naming no rows, a gap in
 * hearing, a mutation whose notifications were not heard within a second), and on every
 * request without a watch, a one-row query fingerprints the collection's knowledge rows, and
 * the rows whose versions moved are read again when it changed. Either way a write by any API
 * process is seen by all of them (with a watch, as soon as its notification arrives); nothing
 * here is state another node would need.
 */
export async function currentKnowledgeBase(
  prisma: PrismaClient,
  collectionId: string = CORPUS_COLLECTION_ID,
): Promise<KnowledgeBase> {
  const cache = caches.get(prisma) ?? new Map<string, Cached>();
  caches.set(prisma, cache);
  const watch = watches.get(prisma);
  const cached = cache.get(collectionId);
  const changes = watch?.changes;
  if (changes?.listening && cached && cached.checked === changes.generation) return cached.kb;
  // After a mutation through this node, its notifications are waited for (knowledgeMayHaveChanged
  // asked): then they, not a fingerprint and every row's version, tell what it wrote (at 100×
  // ~50 ms against ~300). When that cannot be told, the fingerprint decides below.
  if (
    watch &&
    cached &&
    cached.checked < watch.localWriteGeneration &&
    watch.localWritesHeard < watch.localWriteGeneration
  )
    await watch.hearing;
  // Read before the query: a change heard while it runs leaves the entry to be checked again.
  const generation = changes?.generation ?? -1;
  // Every change since the cached version was checked heard, with the rows it wrote: read those.
  const changed =
    changes?.listening &&
    watch &&
    cached &&
    (cached.checked >= watch.localWriteGeneration ||
      watch.localWritesHeard >= watch.localWriteGeneration)
      ? changes.log.since(collectionId, cached.checked)
      : undefined;
  if (cached && changed) {
    if (changed.tables.size === 0) {
      cached.checked = generation;
      return cached.kb;
    }
    return remember(
      cache,
      collectionId,
      { fingerprint: UNKNOWN, checked: generation },
      nextVersion(cached.kb, (previous) =>
        readKnowledgeBase(prisma, collectionId, previous ?? undefined, changed),
      ),
    );
  }
  const fingerprint = await knowledgeFingerprint(prisma, collectionId);
  const latest = cache.get(collectionId);
  if (latest?.fingerprint === fingerprint) {
    latest.checked = generation;
    return latest.kb;
  }
  return remember(
    cache,
    collectionId,
    { fingerprint, checked: generation },
    nextVersion(latest?.kb, (previous) =>
      readKnowledgeBase(prisma, collectionId, previous ?? undefined),
    ),
  );
}

/** A version read without its fingerprint: the next check by fingerprint reads the rows again. */
const UNKNOWN = '';

/** Caches a version being read, until its read fails. */
function remember(
  cache: Map<string, Cached>,
  collectionId: string,
  checked: Omit<Cached, 'kb'>,
  kb: Promise<KnowledgeBase>,
): Promise<KnowledgeBase> {
  const entry: Cached = { ...checked, kb };
  cache.set(collectionId, entry);
  kb.catch(() => {
    if (cache.get(collectionId) === entry) cache.delete(collectionId);
  });
  return kb;
}

async function knowledgeFingerprint(prisma: PrismaClient, collectionId: string): Promise<string> {
  const [row] = await prisma.$queryRaw<{ fingerprint: string }[]>`
    SELECT concat_ws('/',
      (SELECT count(*) || ':' || coalesce(max("updatedAt")::text, '') FROM "Claim"
        WHERE "collectionId" = ${collectionId}),
      (SELECT count(*) || ':' || coalesce(max("updatedAt")::text, '') FROM "Actor"
        WHERE "collectionId" = ${collectionId}),
      (SELECT count(*) || ':' || coalesce(max("updatedAt")::text, '') FROM "Source"
        WHERE "collectionId" = ${collectionId}),
      (SELECT count(*) FROM "Evidence" e JOIN "Claim" c ON c.id = e."claimId"
        WHERE c."collectionId" = ${collectionId}),
      (SELECT count(*) FROM "ActorAlias" a JOIN "Actor" x ON x.id = a."actorId"
        WHERE x."collectionId" = ${collectionId}),
      (SELECT count(*) FROM "ActorRelation" r JOIN "Actor" x ON x.id = r."subjectId"
        WHERE x."collectionId" = ${collectionId}),
      (SELECT count(*) FROM "Dispute" d JOIN "Claim" c ON c.id = d."firstId"
        WHERE c."collectionId" = ${collectionId}),
      (SELECT count(*) || ':' || coalesce(string_agg(id, ',' ORDER BY id), '') FROM "Predicate")
    ) AS fingerprint`;
  return row?.fingerprint ?? '';
}

/**
 * The version to serve after a change, read from the previous one (only the rows whose version
 * changed are read again: readKnowledgeBase): the previous base object itself when the rows read
 * back equal to it (a write no quiz reads: its index, question banks and every cache keyed by the
 * base object carry over), the new rows otherwise, with their index and question banks derived
 * from the previous version's (`deriveQuiz` in @attest/quiz: only the questions of the claims the
 * change reaches are made again, or, where that cannot be bounded, the new version is banked in
 * full on first use). The comparison stops at the first difference. A previous load that failed
 * is no version to keep.
 */
async function nextVersion(
  previous: Promise<KnowledgeBase> | undefined,
  read: (previous: KnowledgeBase | null) => Promise<KnowledgeBase>,
): Promise<KnowledgeBase> {
  const before = (await previous?.catch(() => null)) ?? null;
  const after = await read(before);
  if (!before) return after;
  if (sameKnowledge(before, after)) return before;
  try {
    deriveQuiz(before, after);
  } catch {
    // Derivation only saves work: the new version is then indexed and banked on first use.
  }
  return after;
}

/**
 * Loads the knowledge base and makes its question bank once, so that the first learner after a
 * start does not wait for the load, the index, the bank (every question no seed changes: seconds
 * at 100× the corpus) and the compiler. Resolves to how many questions the base gives.
 */
export async function warmQuiz(prisma: PrismaClient): Promise<number> {
  const kb = await currentKnowledgeBase(prisma);
  generateQuestions(kb, { count: DEFAULT_PAGE_SIZE });
  return countQuestions(kb);
}

/** How long warmSearch waits for the change notifications to be heard. */
const LISTENING_WAIT_MS = 5000;

/**
 * Loads the search indexes of the public collections (what a signed-out search reads) once
 * the change notifications are heard (search keeps nothing in memory without them), so that the
 * first searches after a start rank in memory instead of in SQL while the indexes load (seconds
 * at 100× the corpus). Resolves false, having loaded nothing, when not watched or not heard.
 */
export async function warmSearch(prisma: PrismaClient): Promise<boolean> {
  const watch = watches.get(prisma);
  if (!watch) return false;
  const collections = await prisma.collection.findMany({
    where: { visibility: 'PUBLIC' },
    select: { id: true },
  });
  const ids = collections.map((c) => c.id);
  for (let waited = 0; ; waited += 50) {
    if (await warmSearchIndexes(prisma, ids)) return true;
    if (waited >= LISTENING_WAIT_MS) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
