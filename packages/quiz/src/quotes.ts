/**
 * The spoken words inside an evidence quote: the parts between quotation marks (joined with an
 * ellipsis), else the whole quote; null when fewer than three words remain. Narration such as
 * "Beebe argued" stays out, so the speaker's name is not in the question. Words that start
 * mid-sentence get a leading ellipsis; a closing full stop goes, since the question mark ends
 * the sentence ("Who said “… encourage”?"), unless it ends an abbreviation ("the U.S.").
 */
export function spokenWords(evidenceQuote: string): string | null {
  const segments = [...evidenceQuote.matchAll(/[“"]([^”"]+)[”"]/g)]
    .map((m) => trimEnds(m[1] ?? ''))
    .filter((s) => s.length > 0);
  const words = segments.length > 0 ? segments.join(' … ') : trimEnds(evidenceQuote);
  if (words.split(/\s+/).length < 3) return null;
  const spoken = words.replace(/(?<=[\p{Ll}\d)\]])\.$/u, '');
  // A fragment ("exacerbate differences …") is marked as one rather than passed off as whole.
  return /^\p{Ll}/u.test(spoken) ? `…${spoken}` : spoken;
}

const trimEnds = (text: string) => text.replace(/^[\s“”"',;:–—-]+|[\s“”",;:–—-]+$/g, '');
