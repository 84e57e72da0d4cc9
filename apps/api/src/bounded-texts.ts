/**
 * Texts by key, least recently used dropped first, bounded both in entries and in characters:
 * the response cache keys its answers by what clients send, so a count alone would let a flood
 * of distinct large reads (pages of 100 with every nested list) hold a thousand large answers.
 * A text longer than the whole character budget is not kept at all.
 */
export interface BoundedTexts {
  get(key: string): string | undefined;
  set(key: string, text: string): void;
  clear(): void;
  /** Entries kept, and their characters in all. */
  readonly size: number;
  readonly chars: number;
}

export function boundedTexts(maxEntries: number, maxChars: number): BoundedTexts {
  // Insertion order is use order (get moves an entry last), so the first key is the oldest.
  const entries = new Map<string, string>();
  let chars = 0;
  const drop = (key: string) => {
    const text = entries.get(key);
    if (text === undefined) return;
    entries.delete(key);
    chars -= text.length;
  };
  return {
    get(key) {
      const text = entries.get(key);
      if (text === undefined) return undefined;
      entries.delete(key);
      entries.set(key, text);
      return text;
    },
    set(key, text) {
      drop(key);
      if (text.length > maxChars) return;
      entries.set(key, text);
      chars += text.length;
      while (entries.size > maxEntries || chars > maxChars) {
        const oldest = entries.keys().next().value;
        if (oldest === undefined) break;
        drop(oldest);
      }
    },
    clear() {
      entries.clear();
      chars = 0;
    },
    get size() {
      return entries.size;
    },
    get chars() {
      return chars;
    },
  };
}
