/**
 * The spoken words inside an evidence quote: the parts between quotation marks (joined with an
 * ellipsis), else the whole quote; null when fewer than three words remain. Narration such as
 * "Beebe argued" stays out, so the speaker's name is not in the question. Words that start
 * mid-sentence get a leading ellipsis.
 */
export function spokenWords(evidenceQuote: string): string | null {
  const segments = [...evidenceQuote.matchAll(/[“"]([^”"]+)[”"]/g)]
    .map((m) => trimEnds(m[1] ?? ''))
    .filter((s) => s.length > 0);
  const words = segments.length > 0 ? segments.join(' … ') : trimEnds(evidenceQuote);
  if (words.split(/\s+/).length < 3) return null;
  // A fragment ("exacerbate differences …") is marked as one rather than passed off as whole.
  return /^\p{Ll}/u.test(words) ? `…${words}` : words;
}

const trimEnds = (text: string) => text.replace(/^[\s“”"',;:–—-]+|[\s“”",;:–—-]+$/g, '');
