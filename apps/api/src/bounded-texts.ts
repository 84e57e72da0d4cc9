import { LRUCache } from 'lru-cache';

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
  // lru-cache counts sizes in positive integers: an empty text counts as one character.
  const entries = new LRUCache<string, string>({
    max: maxEntries,
    maxSize: maxChars,
    sizeCalculation: (text) => Math.max(1, text.length),
  });
  return {
    get: (key) => entries.get(key),
    set(key, text) {
      // lru-cache refuses a text over the budget but would keep the key's older text.
      entries.delete(key);
      entries.set(key, text);
    },
    clear: () => entries.clear(),
    get size() {
      return entries.size;
    },
    get chars() {
      return entries.calculatedSize;
    },
  };
}
