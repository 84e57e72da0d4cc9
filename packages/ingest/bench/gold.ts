import { type KnowledgeBase, normalizeName, type Source } from '@attest/knowledge';
import type { DraftActor } from '../src/index.ts';
import { MIN_QUOTE_WORDS } from '../src/index.ts';
import { claimActors } from './held-out.ts';

export interface Range {
  start: number;
  end: number;
}
export interface GoldQuote extends Range {
  speakerId: string;
  text: string;
}

const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;
const toCodePoints = (text: string, unit: number) => Array.from(text.slice(0, unit)).length;

/**
 * The curated direct quotes of a text: every quoted passage of MIN_QUOTE_WORDS words or more
 * inside the evidence of a claim that has a speaker. Shorter quoted phrases ("no
 * justification", “develop”) are terms, which extraction leaves alone by design.
 */
export function goldQuotes(kb: KnowledgeBase, source: Source): GoldQuote[] {
  const out: GoldQuote[] = [];
  for (const claim of kb.claims) {
    if (!claim.speakerId) continue;
    for (const e of claim.evidence) {
      if (e.sourceId !== source.id) continue;
      for (const m of e.quote.matchAll(/[“"]([^”"]+)[”"]?/g)) {
        const words = (m[1] ?? '').match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
        if (words < MIN_QUOTE_WORDS) continue;
        const start = e.start + toCodePoints(e.quote, (m.index ?? 0) + 1);
        const range = { start, end: start + Array.from(m[1] ?? '').length };
        if (!out.some((g) => overlaps(g, range)))
          out.push({ ...range, speakerId: claim.speakerId, text: m[1] ?? '' });
      }
    }
  }
  return out;
}

/** Where each curated actor's name or alias occurs in the text (code points, whole words). */
export function occurrences(kb: KnowledgeBase, source: Source): Map<string, Range[]> {
  const out = new Map<string, Range[]>();
  for (const actor of kb.actors) {
    const ranges: Range[] = [];
    for (const form of [
      actor.name,
      actor.name.replace(/^The /, ''),
      ...actor.aliases.map((a) => a.name),
    ]) {
      const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      for (const m of source.text.matchAll(
        new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu'),
      )) {
        const start = toCodePoints(source.text, m.index ?? 0);
        ranges.push({ start, end: start + Array.from(form).length });
      }
    }
    if (ranges.length > 0) out.set(actor.id, ranges);
  }
  return out;
}

const inNoise = (source: Source, r: Range) => source.noise.some((n) => overlaps(n, r));

/** Curated actors a text names (outside its noise) and has evidence for. */
export function goldActors(
  kb: KnowledgeBase,
  source: Source,
  occ: Map<string, Range[]>,
): Set<string> {
  const withEvidence = new Set(
    kb.claims.filter((c) => c.evidence.some((e) => e.sourceId === source.id)).flatMap(claimActors),
  );
  return new Set(
    [...withEvidence].filter((id) => (occ.get(id) ?? []).some((r) => !inNoise(source, r))),
  );
}

/**
 * The curated actor an extracted one is: the one whose name or alias is written exactly where
 * its mentions are (then where they overlap), the linked one winning ties (a form that two
 * curated actors share, like "Tokyo" for the city and the government, fits either); else the
 * one whose name or alias it has (descriptions: "Indo-Pacific nation diplomat").
 */
export function curatedId(
  kb: KnowledgeBase,
  occ: Map<string, Range[]>,
  actor: DraftActor,
): string | null {
  const exact = (r: Range, m: Range) => (r.start === m.start && r.end === m.end ? 1 : 0);
  const shared = (r: Range, m: Range) =>
    Math.max(0, Math.min(r.end, m.end) - Math.max(r.start, m.start));
  for (const fits of [exact, shared]) {
    let best: string[] = [];
    let bestCount = 0;
    for (const [id, ranges] of occ) {
      let count = 0;
      for (const m of actor.mentions) count += Math.max(0, ...ranges.map((r) => fits(r, m)));
      if (count > bestCount) {
        best = [id];
        bestCount = count;
      } else if (count === bestCount && count > 0) best.push(id);
    }
    const kindOf = (id: string) => kb.actors.find((a) => a.id === id)?.kind;
    if (best.length > 0)
      return (
        best.find((id) => id === actor.match?.id) ??
        best.find((id) => kindOf(id) === actor.kind) ??
        (best[0] as string)
      );
  }
  const name = normalizeName(actor.name).replace(/^the /, '');
  return (
    kb.actors.find((a) =>
      [a.name, ...a.aliases.map((x) => x.name)].some(
        (n) => normalizeName(n).replace(/^the /, '') === name,
      ),
    )?.id ?? null
  );
}

export const outsideNoise = (source: Source, actor: DraftActor) =>
  actor.mentions.some((m) => !inNoise(source, m));
