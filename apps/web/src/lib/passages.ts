/**
 * Passages of a source text in code points (end exclusive), as the API counts evidence offsets;
 * the DOM and String methods count UTF-16 units, so every crossing goes through here.
 */
export interface Range {
  start: number;
  end: number;
}

export const cpLength = (s: string) => Array.from(s).length;

/** The code point offset of a UTF-16 index into `text`. */
export const toCodePoints = (text: string, utf16: number) => cpLength(text.slice(0, utf16));

/** The UTF-16 index of a code point offset into `text`. */
export function toUtf16(text: string, codePoints: number): number {
  let units = 0;
  let n = 0;
  for (const ch of text) {
    if (n === codePoints) break;
    units += ch.length;
    n++;
  }
  return units;
}

export const slice = (chars: string[], r: Range) => chars.slice(r.start, r.end).join('');

/** The range without the white space at either end (a double-click takes the next space too). */
export function trimRange(chars: string[], r: Range): Range | null {
  let { start, end } = r;
  while (start < end && /\s/u.test(chars[start] ?? '')) start++;
  while (end > start && /\s/u.test(chars[end - 1] ?? '')) end--;
  return end > start ? { start, end } : null;
}

/**
 * The next place the words occur after `after` (wrapping round to the start), ignoring case;
 * with how many times they occur in all, so the person knows to look for another.
 */
export function findPassage(
  text: string,
  words: string,
  after = -1,
): { range: Range; index: number; count: number } | null {
  const needle = words.trim().toLowerCase();
  if (!needle) return null;
  const haystack = text.toLowerCase();
  // Lower-casing can change lengths in a few scripts; only positions that still line up count.
  if (haystack.length !== text.length) return null;
  const starts: number[] = [];
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1))
    starts.push(toCodePoints(text, i));
  if (starts.length === 0) return null;
  const next = starts.findIndex((s) => s > after);
  const index = next === -1 ? 0 : next;
  const start = starts[index] as number;
  return { range: { start, end: start + cpLength(needle) }, index, count: starts.length };
}

export interface Layer {
  name: string;
  ranges: Range[];
}

export interface Run {
  start: number;
  text: string;
  /** The layers that cover this run. */
  layers: string[];
}

/** The text cut into runs, each uniformly inside or outside every layer's ranges. */
export function runs(chars: string[], layers: Layer[]): Run[] {
  const n = chars.length;
  const clamp = (x: number) => Math.min(Math.max(x, 0), n);
  const cuts = [
    ...new Set([
      0,
      n,
      ...layers.flatMap((l) => l.ranges.flatMap((r) => [clamp(r.start), clamp(r.end)])),
    ]),
  ].sort((a, b) => a - b);
  const out: Run[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const a = cuts[i] as number;
    const b = cuts[i + 1] as number;
    if (a === b) continue;
    out.push({
      start: a,
      text: chars.slice(a, b).join(''),
      layers: layers
        .filter((l) => l.ranges.some((r) => r.start <= a && r.end >= b))
        .map((l) => l.name),
    });
  }
  return out;
}

/**
 * A DOM selection point inside the rendered text as a code point offset: each run is an element
 * with its offset in `data-start` holding one text node.
 */
export function pointOffset(root: HTMLElement, node: Node, offset: number, total: number) {
  if (node.nodeType === Node.TEXT_NODE) {
    const run = node.parentElement?.closest<HTMLElement>('[data-start]');
    if (!run || !root.contains(run)) return null;
    return Number(run.dataset.start) + toCodePoints((node as Text).data, offset);
  }
  if (!(node instanceof Element) || !root.contains(node)) return null;
  const child = node.childNodes[offset];
  if (!child) {
    if (node === root) return total;
    const start = (node as HTMLElement).dataset?.start;
    return start === undefined ? null : Number(start) + cpLength(node.textContent ?? '');
  }
  const run =
    child instanceof HTMLElement
      ? (child.closest<HTMLElement>('[data-start]') ??
        child.querySelector<HTMLElement>('[data-start]'))
      : child.parentElement?.closest<HTMLElement>('[data-start]');
  return run ? Number(run.dataset.start) : null;
}
