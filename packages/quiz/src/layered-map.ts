/**
 * A read-only map made of a previous version's map and the entries a change set or deleted, so
 * a new version costs what it changed, not a copy of every entry. Layers never pile up: a
 * version of a version keeps the first one's base and copies only the changes; when those grow
 * past a share of the base, they are folded into a new base (a copy now and then, so linear in
 * the changes over many versions).
 */
export class LayeredMap<K, V> {
  private constructor(
    private readonly base: ReadonlyMap<K, V>,
    /** Entries set (a value) or deleted (undefined) since the base. */
    private readonly top: ReadonlyMap<K, V | undefined>,
  ) {}

  static of<K, V>(map: ReadonlyMap<K, V>): LayeredMap<K, V> {
    return new LayeredMap(map, new Map());
  }

  get(key: K): V | undefined {
    return this.top.has(key) ? this.top.get(key) : this.base.get(key);
  }

  /** This map with these entries set or (undefined) deleted; this one is left as it is. */
  with(changes: ReadonlyMap<K, V | undefined>): LayeredMap<K, V> {
    const top = new Map(this.top);
    for (const [key, value] of changes) top.set(key, value);
    if (top.size * FOLD_AT <= this.base.size) return new LayeredMap(this.base, top);
    const base = new Map(this.base);
    for (const [key, value] of top) {
      if (value === undefined) base.delete(key);
      else base.set(key, value);
    }
    return LayeredMap.of(base);
  }
}

/**
 * Folded when the changes reach one in this many of the base's entries: a version copies its
 * changes, so folding costs at most as much again.
 */
const FOLD_AT = 2;
