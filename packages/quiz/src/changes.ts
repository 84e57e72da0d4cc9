import type { Claim, Dispute } from '@attest/knowledge';
import { sameRow } from './rows.ts';

/** What changed between two versions' claims and disputes, or why it cannot be told apart. */
export interface RowChanges {
  /** Claims whose row changed: old versions (removed or edited) and new (added or edited). */
  before: Claim[];
  after: Claim[];
  /** Ids of claims the new version no longer has. */
  removed: Set<string>;
  /** Disputes added or removed. */
  disputes: Dispute[];
}

/**
 * The claims and disputes that differ between two versions, by id (claims) and by content
 * (disputes); null when the rows both versions keep are not in the same order (the generators
 * walk them in order, so a move reorders questions everywhere) or a pair of claims is disputed
 * twice (its questions would have no one place).
 */
export function rowChanges(
  previous: { claims: readonly Claim[]; disputes: readonly Dispute[] },
  next: { claims: readonly Claim[]; disputes: readonly Dispute[] },
): RowChanges | string {
  const before: Claim[] = [];
  const after: Claim[] = [];
  // The rows both versions share in place (the same objects, as a version made from another
  // shares them) differ in nothing: only the rows between are compared by id. (A claim's id is
  // its own in a version, so one of those rows is no kept row of the others.)
  let head = 0;
  const shorter = Math.min(previous.claims.length, next.claims.length);
  while (head < shorter && previous.claims[head] === next.claims[head]) head++;
  let tail = 0;
  while (
    tail < shorter - head &&
    previous.claims[previous.claims.length - 1 - tail] ===
      next.claims[next.claims.length - 1 - tail]
  ) {
    tail++;
  }
  const was = previous.claims.slice(head, previous.claims.length - tail);
  const is = next.claims.slice(head, next.claims.length - tail);
  const old = new Map(was.map((c) => [c.id, c]));
  const kept = new Set<string>();
  for (const claim of is) {
    const prior = old.get(claim.id);
    if (prior) kept.add(claim.id);
    if (prior === claim) continue;
    if (prior && sameRow(prior, claim)) continue;
    if (prior) before.push(prior);
    after.push(claim);
  }
  const removed = new Set<string>();
  for (const claim of was) {
    if (kept.has(claim.id)) continue;
    removed.add(claim.id);
    before.push(claim);
  }
  if (!sameOrder(was, is, kept, (c) => c.id)) {
    return 'claims both versions hold moved';
  }

  for (const version of [previous, next]) {
    const pairs = new Set<string>();
    for (const d of version.disputes) {
      const pair = disputedPair(d);
      if (pairs.has(pair)) return 'a pair of claims is disputed twice';
      pairs.add(pair);
    }
  }
  const content = (d: Dispute) => JSON.stringify([d.firstId, d.secondId, d.aspect, d.description]);
  const oldDisputes = new Set(previous.disputes.map(content));
  const newDisputes = new Set(next.disputes.map(content));
  const disputes = [
    ...previous.disputes.filter((d) => !newDisputes.has(content(d))),
    ...next.disputes.filter((d) => !oldDisputes.has(content(d))),
  ];
  const both = new Set([...oldDisputes].filter((d) => newDisputes.has(d)));
  if (!sameOrder(previous.disputes, next.disputes, both, content)) {
    return 'disputes both versions hold moved';
  }
  return { before, after, removed, disputes };
}

/** A dispute's two claims, whichever is first: its questions name them in either order. */
export const disputedPair = (d: { firstId: string; secondId: string }): string =>
  d.firstId < d.secondId ? `${d.firstId}|${d.secondId}` : `${d.secondId}|${d.firstId}`;

/** Whether the rows of both lists whose keys are in `kept` come in the same order in each. */
function sameOrder<T>(
  a: readonly T[],
  b: readonly T[],
  kept: ReadonlySet<string>,
  key: (row: T) => string,
) {
  let j = 0;
  for (const row of a) {
    const k = key(row);
    if (!kept.has(k)) continue;
    while (j < b.length && !kept.has(key(b[j] as T))) j++;
    if (j === b.length || key(b[j] as T) !== k) return false;
    j++;
  }
  return true;
}
