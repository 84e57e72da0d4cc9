export interface Range {
  start: number;
  end: number;
}

/** The items with both offsets: the schema leaves them nullable, stored passages have them. */
export const located = <T extends { start: number | null; end: number | null }>(
  items: readonly T[],
): (T & Range)[] => items.filter((i): i is T & Range => i.start != null && i.end != null);

export interface Segment {
  text: string;
  start: number;
  /** Ranges that begin where this segment begins. */
  opens: Range[];
  marked: boolean;
  target: boolean;
  noise: boolean;
}

const covers = (r: Range, a: number, b: number) => r.start <= a && r.end >= b;

/**
 * Cuts a text into runs that are uniformly inside or outside the highlighted ranges. Offsets
 * count code points, as the API's evidence offsets do, not UTF-16 units.
 */
export function segment(
  text: string,
  marks: Range[],
  noise: Range[],
  target: Range | undefined,
): Segment[] {
  const chars = Array.from(text);
  const n = chars.length;
  const clamp = (x: number) => Math.min(Math.max(x, 0), n);
  const all = [...marks, ...noise, ...(target ? [target] : [])];
  const cuts = [...new Set([0, n, ...all.flatMap((r) => [clamp(r.start), clamp(r.end)])])].sort(
    (a, b) => a - b,
  );
  const segments: Segment[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const a = cuts[i] as number;
    const b = cuts[i + 1] as number;
    if (a === b) continue;
    segments.push({
      text: chars.slice(a, b).join(''),
      start: a,
      opens: marks.filter((r) => r.start === a),
      marked: marks.some((r) => covers(r, a, b)),
      target: target ? covers(target, a, b) : false,
      noise: noise.some((r) => covers(r, a, b)),
    });
  }
  return segments;
}

export function parseRange(value: string | undefined): Range | undefined {
  const match = /^(\d+)-(\d+)$/.exec(value ?? '');
  if (!match) return undefined;
  const start = Number(match[1]);
  const end = Number(match[2]);
  return end > start ? { start, end } : undefined;
}

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => escapes[c] ?? c);

/**
 * The segments as HTML: evidence passages marked, the target passage marked as such, an anchor
 * where each passage starts (`#ev-<start>-<end>`, and `#passage` for the target), noise greyed.
 */
export function segmentsHtml(segments: Segment[], target: Range | undefined): string {
  const seen = new Set<string>();
  let html = '';
  for (const s of segments) {
    for (const r of s.opens) {
      const id = `ev-${r.start}-${r.end}`;
      if (seen.has(id)) continue;
      seen.add(id);
      html += `<span id="${id}" class="anchor"></span>`;
    }
    if (target && s.start === target.start) html += '<span id="passage" class="anchor"></span>';
    let body = escapeHtml(s.text);
    if (s.target) body = `<mark class="target">${body}</mark>`;
    else if (s.marked) body = `<mark>${body}</mark>`;
    html += s.noise ? `<span class="noise">${body}</span>` : body;
  }
  return html;
}

export interface SupportedClaim {
  statement: string | null;
  subject: { id: string; name: string | null } | null;
  /** The quotes in this source that back the claim. */
  quotes: (Range & { quote: string })[];
}

/**
 * The claims a source supports, as list items: the subject (linked to its actor page), the
 * statement, and each quote behind it linked to its passage in the text (`#ev-<start>-<end>`).
 */
export function claimsHtml(claims: SupportedClaim[]): string {
  let html = '';
  for (const c of claims) {
    const subject = c.subject
      ? `<a href="/actors/${escapeHtml(encodeURIComponent(c.subject.id))}">${escapeHtml(c.subject.name ?? '')}</a>: `
      : '';
    const quotes = c.quotes
      .map((q) => `<a href="#ev-${q.start}-${q.end}">“${escapeHtml(q.quote)}”</a>`)
      .join(' · ');
    html += `<li><p>${subject}${escapeHtml(c.statement ?? '')}</p><p class="hint">${quotes}</p></li>`;
  }
  return html;
}
