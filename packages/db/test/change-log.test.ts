import { describe, expect, it } from 'vitest';
import { ChangeLog } from '../src/change-log.ts';

const sorted = (set: ReadonlySet<string> | undefined) => [...(set ?? [])].sort();

describe('ChangeLog', () => {
  it('tells the rows of a collection written after a generation, by part', () => {
    const log = new ChangeLog();
    log.record(1, { table: 'Claim', collectionIds: ['a'], keys: ['c1'] });
    log.record(2, { table: 'Evidence', collectionIds: ['a', 'b'], keys: ['c2', 'c3'] });
    log.record(3, { table: 'ActorAlias', collectionIds: ['a'], keys: ['x1'] });
    log.record(4, { table: 'NoiseRegion', collectionIds: ['b'], keys: ['s1'] });
    log.record(5, { table: 'Dispute', collectionIds: ['a'] });
    const all = log.since('a', 0);
    expect(sorted(all?.claims)).toEqual(['c1', 'c2', 'c3']);
    expect(sorted(all?.actors)).toEqual(['x1']);
    expect(sorted(all?.sources)).toEqual([]);
    expect(sorted(all?.tables)).toEqual(['ActorAlias', 'Claim', 'Dispute', 'Evidence']);
    expect(sorted(log.since('a', 2)?.claims)).toEqual([]);
    expect(sorted(log.since('a', 2)?.tables)).toEqual(['ActorAlias', 'Dispute']);
    expect(sorted(log.since('b', 0)?.sources)).toEqual(['s1']);
    expect(sorted(log.since('b', 0)?.claims)).toEqual(['c2', 'c3']);
    expect(sorted(log.since('c', 0)?.tables)).toEqual([]);
  });

  it('answers unknown where a change named no keys or no collection', () => {
    const log = new ChangeLog();
    log.record(1, { table: 'Claim', collectionIds: ['a'], keys: ['c1'] });
    log.record(2, { table: 'Claim', collectionIds: ['a'] });
    log.record(3, { table: 'Actor', collectionIds: ['b'], keys: ['x'] });
    expect(log.since('a', 0)).toBeUndefined();
    expect(log.since('a', 1)).toBeUndefined();
    expect(sorted(log.since('a', 2)?.claims)).toEqual([]);
    expect(sorted(log.since('b', 0)?.actors)).toEqual(['x']);
    log.record(4, { table: 'Source' });
    expect(log.since('b', 3)).toBeUndefined();
    expect(log.since('b', 4)?.sources.size).toBe(0);
    // Tables read whole name no keys, and need none; a predicate names no collection.
    log.record(5, { table: 'Predicate' });
    log.record(6, { table: 'ActorRelation', collectionIds: ['b'] });
    expect(sorted(log.since('b', 4)?.tables)).toEqual(['ActorRelation', 'Predicate']);
  });

  it('forgets on a gap, and its oldest entries past its bound', () => {
    const log = new ChangeLog();
    log.record(1, { table: 'Claim', collectionIds: ['a'], keys: ['c1'] });
    log.forgetUpTo(2);
    expect(log.since('a', 0)).toBeUndefined();
    expect(log.since('a', 1)).toBeUndefined();
    expect(log.since('a', 2)?.claims.size).toBe(0);
    const keys = Array.from({ length: 30_000 }, (_, i) => `k${i}`);
    log.record(3, { table: 'Claim', collectionIds: ['a'], keys });
    log.record(4, { table: 'Claim', collectionIds: ['a'], keys });
    expect(log.since('a', 2)).toBeUndefined();
    expect(log.since('a', 3)?.claims.size).toBe(keys.length);
  });
});
