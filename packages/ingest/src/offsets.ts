import type { Span } from './types.ts';

/**
 * Work happens in UTF-16 indexes (what JS strings and regexes give); output is in code points
 * (what evidence offsets count). One table per text, built only when the text has astral
 * characters, so plain texts convert for free.
 */
export function codePointSpans(text: string): (start: number, end: number) => Span {
  let table: Int32Array | null = null;
  if (/[\uD800-\uDBFF]/.test(text)) {
    table = new Int32Array(text.length + 1);
    let cp = 0;
    for (let i = 0; i < text.length; i++) {
      table[i] = cp;
      const unit = text.charCodeAt(i);
      if (unit < 0xd800 || unit > 0xdbff) cp++;
    }
    table[text.length] = cp;
  }
  const at = (i: number) => (table ? (table[i] ?? 0) : i);
  return (start, end) => ({ start: at(start), end: at(end), text: text.slice(start, end) });
}
