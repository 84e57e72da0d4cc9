/**
 * The sentences around a quote in its source text, for evidence that must name whom it is about:
 * a curated quote is often the clause that states the fact ("the alliance's 31 member countries"),
 * while the sentence it stands in, or that one with the sentence before it ("… Billström said.
 * “Putting up a liaison office …,” he said."), names the subject. Offsets are code points, as
 * the knowledge base's; what is returned is verbatim text of the source at those offsets.
 */
export interface Passage {
  quote: string;
  start: number;
  end: number;
}

/** The sentence holding [start, end), and that sentence with the one before it. */
export function widenings(text: string, start: number, end: number): Passage[] {
  const at = toUnits(text, start);
  const to = toUnits(text, end);
  if (at < 0 || to > text.length || at > to) return [];
  const first = sentenceStart(text, at);
  const last = sentenceEnd(text, to);
  const sentence = passage(text, first, last);
  const out = sentence ? [sentence] : [];
  if (first > 0) {
    const before = passage(text, sentenceStart(text, previousEnd(text, first)), last);
    if (before && before.quote.length <= MAX_LENGTH) out.push(before);
  }
  return out;
}

/** Longer than this a passage reads as an excerpt of the article, not as evidence. */
const MAX_LENGTH = 700;

function passage(text: string, from: number, to: number): Passage | null {
  const quote = text.slice(from, to).trim();
  if (quote.length === 0) return null;
  const lead = text.slice(from, to).length - text.slice(from, to).trimStart().length;
  const begin = from + lead;
  return {
    quote,
    start: toCodePoints(text, begin),
    end: toCodePoints(text, begin + quote.length),
  };
}

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']']);

/** Whether a sentence ends at `i` (a full stop, ! or ?, maybe before closing quotes). */
function endsSentence(text: string, i: number): boolean {
  const c = text[i];
  if (c === '\n') return true;
  if (c !== '.' && c !== '!' && c !== '?') return false;
  // "U.S." and "J. Smith": a capital letter alone before the dot is an initial.
  if (c === '.' && /[A-Z]/.test(text[i - 1] ?? '') && !/[A-Za-z]/.test(text[i - 2] ?? ' ')) {
    return false;
  }
  let j = i + 1;
  while (j < text.length && CLOSERS.has(text[j] as string)) j++;
  return j >= text.length || /\s/.test(text[j] as string);
}

/** Where the sentence holding unit `at` begins. */
function sentenceStart(text: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) {
    if (endsSentence(text, i)) {
      let j = i + 1;
      while (j < text.length && CLOSERS.has(text[j] as string)) j++;
      return j;
    }
  }
  return 0;
}

/** Where the sentence holding the unit before `to` ends, after its closing quotes. */
function sentenceEnd(text: string, to: number): number {
  for (let i = Math.max(0, to - 1); i < text.length; i++) {
    if (i >= to - 1 && endsSentence(text, i)) {
      if (text[i] === '\n') return i;
      let j = i + 1;
      while (j < text.length && CLOSERS.has(text[j] as string)) j++;
      return j;
    }
  }
  return text.length;
}

/** The unit that ends the sentence before the one starting at `start` (its full stop). */
function previousEnd(text: string, start: number): number {
  let i = start - 1;
  while (i > 0 && (/\s/.test(text[i] as string) || CLOSERS.has(text[i] as string))) i--;
  return i;
}

/**
 * Whether the text holds characters outside the BMP (then code points and units differ). A
 * source's text is scanned once: every quote widened in it asks again.
 */
function hasAstral(text: string): boolean {
  let known = astral.get(text);
  if (known === undefined) {
    if (astral.size >= 1000) astral.clear();
    known = /[\uD800-\uDFFF]/.test(text);
    astral.set(text, known);
  }
  return known;
}
const astral = new Map<string, boolean>();

function toUnits(text: string, codePoints: number): number {
  if (!hasAstral(text)) return codePoints;
  let units = 0;
  for (let n = 0; n < codePoints && units < text.length; n++) {
    units += (text.codePointAt(units) ?? 0) > 0xffff ? 2 : 1;
  }
  return units;
}

function toCodePoints(text: string, units: number): number {
  if (!hasAstral(text)) return units;
  return Array.from(text.slice(0, units)).length;
}
