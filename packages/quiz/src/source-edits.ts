import { banksIfMade, placesOf } from './bank.ts';
import type { QuizIndex } from './kb-index.ts';
import type { SourceEdit } from './row-edits.ts';

/**
 * Fields of a source no question reads: where the text came from and how it was stored. Every
 * other field (and any a later version of the row adds) counts as read.
 */
const UNREAD: ReadonlySet<string> = new Set([
  'fileName',
  'publisherBasis',
  'url',
  'contentHash',
  'noise',
]);

/**
 * Whether a source edited in place changed a field some question reads: its title, publisher,
 * genre, date or text.
 */
export function rereadSource({ was, is }: SourceEdit): boolean {
  const fields = new Set([...Object.keys(was), ...Object.keys(is)]);
  for (const field of fields) {
    if (UNREAD.has(field)) continue;
    const a = (was as unknown as Record<string, unknown>)[field];
    const b = (is as unknown as Record<string, unknown>)[field];
    if (a !== b && JSON.stringify(a) !== JSON.stringify(b)) return true;
  }
  return false;
}

/**
 * The claims whose questions read what a source edited in place changed. A source's fields are
 * read only through the claims it evidences, and by position:
 * - its title and publisher: the evidence every question shows of its claims (`sourceTitle`,
 *   `publisher`), the "According to …" of a fact, a quote or a dispute it frames (`sourceName`),
 *   the options and answer keys of a dispute's "which source says…?" whose claims it evidences,
 *   and the explanation of that dispute;
 * - its publisher matched against actors' names (`publishers`): the true/false and open
 *   questions of its story (the sources of their claims) leave those actors out;
 * - its genre: `sourceName` ("the blog …"), as above;
 * - its date: whether a fact of its claims is a past state (`isPastState`, every source of the
 *   fact's claims), and whether a dispute's sides were reported apart (`reportedApart`, the
 *   sources of the dispute's claims);
 * - its text: what is shown of its claims' quotes (widened to their sentence, a short form the
 *   text uses: evidence.ts, short-forms.ts), only ever of quotes in that source;
 * - by position: "which source says…?" fills its options from the base's first sources, read
 *   as labels (title and publisher): `firstSource` in row-edits.ts reaches those disputes.
 * - through another claim's quotes: a false statement shows what proves it false (what the
 *   subject swapped in said of the object, or with the predicate; who did say the words:
 *   `whyFalse` in true-false.ts), claims the question does not ask, of any component. Which
 *   claims prove which statements reads no source field, so the previous banks tell: every
 *   question whose evidence cites the source.
 * So the claims evidenced in the source, and those of every previous question citing it, are
 * seeds: each is read with every claim it shares a candidate with (a fact, a list, a dispute),
 * which reach.ts takes whole. Its url, file name, content hash, noise regions and publisher
 * basis are read by no question: an edit of those alone reaches nothing (but the index holds
 * the new row).
 */
export function sourceEditSeeds(
  before: QuizIndex,
  after: QuizIndex,
  edits: readonly SourceEdit[],
): string[] {
  const reread = edits.filter(rereadSource).map((edit) => edit.is.id);
  const seeds = citingSeeds(before, reread);
  for (const id of reread) {
    for (const claim of after.claimsBySource.get(id) ?? []) seeds.push(claim.id);
  }
  return seeds;
}

/**
 * The claims of every question of the previous banks whose evidence cites one of these sources
 * (its own claims' quotes, or a false statement's proofs): what shows their quotes anew, a
 * source edited or removed (its proofs' evidence changed: removals.ts).
 */
export function citingSeeds(before: QuizIndex, sourceIds: readonly string[]): string[] {
  const seeds: string[] = [];
  if (sourceIds.length === 0) return seeds;
  for (const bank of banksIfMade(before).values()) {
    const places = placesOf(before, bank, 'source');
    for (const id of sourceIds) {
      for (const place of places.get(id) ?? []) seeds.push(...(bank.all[place]?.claimIds ?? []));
    }
  }
  return seeds;
}
