import type { Claim, Evidence } from '@attest/knowledge';
import type { QuizIndex } from './kb-index.ts';
import { mentionsAny, searchable } from './names.ts';
import { widenings } from './passages.ts';
import { namesByShortForm } from './short-forms.ts';
import type { EvidenceRef } from './types.ts';

/**
 * A claim's quote as questions show it, and how it names the claim's subject: 2 by a name or an
 * alias, 1 by a short form its text uses (short-forms.ts), 0 not at all.
 */
export interface ShownEvidence {
  ref: EvidenceRef;
  naming: 0 | 1 | 2;
}

/**
 * The verbatim quotes that prove claims, each passage once: of each claim, the quotes that name
 * its subject (by a name or an alias, the quote widened to its sentence, or to that sentence and
 * the one before, where the curated words alone do not: "… he said."; else by a short form the
 * text clearly uses, "the office": short-forms.ts), and all of them only when none does. A passage held in another already shown, or the same words elsewhere, is left out.
 * Only `sourceId`'s when a question speaks for one source.
 */
export function evidenceOf(
  index: QuizIndex,
  claims: readonly Claim[],
  sourceId: string | null = null,
): EvidenceRef[] {
  const refs: EvidenceRef[] = [];
  const seen = new Set<Claim>();
  for (const claim of claims) {
    // A question may list a claim twice.
    if (seen.has(claim)) continue;
    seen.add(claim);
    const shown: ShownEvidence[] = [];
    for (const e of claim.evidence) {
      if (sourceId === null || e.sourceId === sourceId) shown.push(shownEvidence(index, claim, e));
    }
    // The claim's quotes that name its subject best: by name, else by short form, else all.
    let best = 0;
    for (const s of shown) best = Math.max(best, s.naming);
    for (const s of shown) {
      if (s.naming === best && !refs.some((r) => repeats(r, s.ref))) refs.push(s.ref);
    }
  }
  return refs;
}

/** The same passage, one inside the other, or the same words: shown once. */
const repeats = (a: EvidenceRef, b: EvidenceRef): boolean =>
  a.quote === b.quote ||
  (a.sourceId === b.sourceId &&
    ((a.start <= b.start && b.end <= a.end) || (b.start <= a.start && a.end <= b.end)));

/** Whether the text names the actor by a name or an alias, as whole words. */
const names = (index: QuizIndex, actorId: string, text: string): boolean =>
  mentionsAny(searchable(text), index.nameKeys.get(actorId) ?? []);

/**
 * A claim's quote as shown, made once per quote: questions from one claim share it (fewer
 * allocations at 100× scale).
 */
export function shownEvidence(index: QuizIndex, claim: Claim, e: Evidence): ShownEvidence {
  const cache = index.evidenceRefs;
  const version = index.sourceVersions.get(e.sourceId);
  const made = cache.get(e);
  // Made under this index's version of the source (a previous version of the base may have
  // made it: kb-index.ts), and for this claim and subject: two claims may share one evidence row
  // object (a copied claim), and what is shown names its claim and is judged against its subject.
  let shown =
    made && made.version === version && made.subjectId === claim.subjectId ? made.shown : undefined;
  if (!shown || shown.ref.claimId !== claim.id) {
    const source = index.sources.get(e.sourceId);
    let passage: { quote: string; start: number; end: number } = e;
    let naming: ShownEvidence['naming'] = names(index, claim.subjectId, e.quote) ? 2 : 0;
    if (naming === 0 && source) {
      // By name in the sentence around it, else by the short form the text uses ("the office").
      const wider = widenings(source.text, e.start, e.end);
      const named = wider.find((p) => names(index, claim.subjectId, p.quote));
      const short = named
        ? undefined
        : [e, ...wider].find((p) => namesByShortForm(index, claim.subjectId, e.sourceId, p.quote));
      if (named) [passage, naming] = [named, 2];
      else if (short) [passage, naming] = [short, 1];
    }
    shown = {
      ref: {
        claimId: claim.id,
        sourceId: e.sourceId,
        sourceTitle: source?.title ?? e.sourceId,
        publisher: source?.publisher ?? null,
        quote: passage.quote,
        start: passage.start,
        end: passage.end,
      },
      naming,
    };
    cache.set(e, { shown, version, subjectId: claim.subjectId });
  }
  return shown;
}

/** The claims' own statements, each once: what the sources say, in the curator's words. */
export function explain(claims: readonly Claim[], lead?: string): string {
  const statements = [...new Set(claims.map((c) => c.statement.trim()))].join(' ');
  return lead ? `${lead} ${statements}` : statements;
}

export const distinctSources = (claims: readonly Claim[]): Set<string> =>
  new Set(claims.flatMap((c) => c.evidence.map((e) => e.sourceId)));
