import { describe, expect, it } from 'vitest';
import { LayeredMap } from '../src/layered-map.ts';

describe('a layered map', () => {
  it('reads the changes over the base, and leaves the map it was made from as it was', () => {
    const base = new Map(Array.from({ length: 100 }, (_, i) => [`k${i}`, i]));
    const first = LayeredMap.of(base);
    const second = first.with(
      new Map<string, number | undefined>([
        ['k1', 101],
        ['k2', undefined],
        ['new', 7],
      ]),
    );
    expect([second.get('k1'), second.get('k2'), second.get('new'), second.get('k3')]).toEqual([
      101,
      undefined,
      7,
      3,
    ]);
    expect([first.get('k1'), first.get('k2'), first.get('new')]).toEqual([1, 2, undefined]);
    // A version of a version: the earlier changes hold unless set again.
    const third = second.with(new Map<string, number | undefined>([['k2', 22]]));
    expect([third.get('k1'), third.get('k2')]).toEqual([101, 22]);
    expect(second.get('k2')).toBeUndefined();
    expect(base.get('k2')).toBe(2);
  });

  it('folds many changes into a new base with the same entries', () => {
    const base = new Map(Array.from({ length: 16 }, (_, i) => [i, `v${i}`]));
    let map = LayeredMap.of(base);
    const expected = new Map(base);
    for (let i = 0; i < 40; i++) {
      const key = (i * 7) % 24;
      const value = i % 5 === 0 ? undefined : `w${i}`;
      map = map.with(new Map([[key, value]]));
      if (value === undefined) expected.delete(key);
      else expected.set(key, value);
      for (let k = 0; k < 24; k++) expect(map.get(k), `step ${i}, key ${k}`).toBe(expected.get(k));
    }
    expect([...base.values()]).toEqual(Array.from({ length: 16 }, (_, i) => `v${i}`));
  });
});
