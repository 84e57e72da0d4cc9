/** A passage between double quote marks. Offsets are UTF-16; `start`/`end` exclude the marks. */
export interface QuotedRun {
  open: number;
  start: number;
  end: number;
  /** After the closing mark (equal to `end` when a paragraph ended the run without one). */
  close: number;
  words: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Pairs double quote marks, curly (“…”) or straight ("…"), within paragraphs. Single quotes
 * stay inside: they nest (“He said ‘never’,” she said) and ’ is also an apostrophe. A paragraph
 * that ends inside a quotation which the next paragraph reopens (the news convention for a
 * quotation running over paragraphs) ends the run there.
 */
export function findQuotedRuns(text: string): QuotedRun[] {
  const runs: QuotedRun[] = [];
  let open = -1;
  const push = (from: number, to: number, close: number) => {
    if (to <= from + 1) return;
    runs.push({
      open: from,
      start: from + 1,
      end: to,
      close,
      words: countWords(text.slice(from + 1, to)),
    });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n' && open !== -1) {
      const next = text.slice(i).match(/^\s*(["“])/);
      // A quotation continued in the next paragraph; any other unclosed mark was a stray one.
      if (next) push(open, trimEnd(text, i), i);
      open = -1;
      continue;
    }
    if (c === '“') {
      if (open !== -1 && text[open] === '“') open = -1;
      open = i;
    } else if (c === '”') {
      if (open !== -1) push(open, i, i + 1);
      open = -1;
    } else if (c === '"') {
      if (open === -1) {
        if (opensHere(text, i)) open = i;
      } else {
        push(open, i, i + 1);
        open = -1;
      }
    }
  }
  return runs;
}

/** A straight mark opens a quotation after a space, a line start or an opening bracket or dash. */
function opensHere(text: string, i: number): boolean {
  const before = i === 0 ? ' ' : (text[i - 1] as string);
  const after = text[i + 1] ?? ' ';
  return /[\s([{—–:-]/.test(before) && !/\s/.test(after);
}

function trimEnd(text: string, i: number): number {
  let end = i;
  while (end > 0 && /\s/.test(text[end - 1] as string)) end--;
  return end;
}

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}
