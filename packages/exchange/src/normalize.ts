/** Folds case, width and spacing, so "Paris" and " paris " count as the same option. */
export const sameTextKey = (text: string): string =>
  text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/** "a", "a and b", "a, b and c": the answer in words, as the quiz writes it. */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
