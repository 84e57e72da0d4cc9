import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';

const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

export interface Token {
  /** Position in the token list. */
  index: number;
  text: string;
  /** UTF-16 offsets into the text. */
  start: number;
  end: number;
  /** Universal POS tag from wink (PROPN, NOUN, VERB, PUNCT, …). */
  pos: string;
  sentence: number;
  /** Index of the paragraph (blank-line or line-break separated block). */
  paragraph: number;
  isWord: boolean;
  capitalized: boolean;
  /** First word of its sentence (after any opening quote mark or bracket). */
  sentenceInitial: boolean;
}

const WORD = /[\p{L}\p{N}]/u;
const CAPITAL = /^\p{Lu}/u;

/**
 * Tokens with offsets, POS tags, sentences and paragraphs. wink splits hyphenated words
 * ("Secretary-General", "Taksoe-Jensen"); they are joined again here because names and titles
 * are the unit everything else works on.
 */
export function tokenize(text: string): Token[] {
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const sentenceOf = new Int32Array(values.length);
  (doc.sentences().out(its.span) as unknown as [number, number][]).forEach(([from, to], s) => {
    for (let i = from; i <= to; i++) sentenceOf[i] = s;
  });

  const raw: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? '';
    if (value.trim() === '') continue;
    const at = text.indexOf(value, cursor);
    // wink keeps token text verbatim; a token it altered is skipped rather than misplaced.
    if (at === -1 || at - cursor > 64) continue;
    raw.push({
      index: 0,
      text: value,
      start: at,
      end: at + value.length,
      pos: tags[i] ?? 'X',
      sentence: sentenceOf[i] ?? 0,
      paragraph: 0,
      isWord: WORD.test(value),
      capitalized: CAPITAL.test(value),
      sentenceInitial: false,
    });
    cursor = at + value.length;
  }
  return markParagraphs(text, joinHyphens(raw));
}

function joinHyphens(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const last = out[out.length - 1];
    const next = tokens[i + 1];
    if (
      last?.isWord &&
      next?.isWord &&
      (token.text === '-' || token.text === '‐') &&
      last.end === token.start &&
      token.end === next.start &&
      // "Taksoe-Jensen", "one-person"; not "U.S.-led" or "anti-China", whose name stands alone.
      last.capitalized === next.capitalized
    ) {
      last.text += token.text + next.text;
      last.end = next.end;
      last.capitalized ||= next.capitalized;
      if (next.pos === 'PROPN') last.pos = 'PROPN';
      i++;
      continue;
    }
    out.push({ ...token });
  }
  return out;
}

/** Paragraphs split at line breaks; a paragraph break also ends a sentence (headings have no stop). */
function markParagraphs(text: string, tokens: Token[]): Token[] {
  let paragraph = 0;
  let sentence = -1;
  let previousEnd = 0;
  let previousWink = -1;
  let needsStart = true;
  for (const [index, token] of tokens.entries()) {
    token.index = index;
    const newParagraph = text.slice(previousEnd, token.start).includes('\n');
    if (newParagraph) paragraph++;
    if (newParagraph || token.sentence !== previousWink || sentence < 0) {
      sentence++;
      needsStart = true;
    }
    previousWink = token.sentence;
    token.paragraph = paragraph;
    token.sentence = sentence;
    if (needsStart && token.isWord) {
      token.sentenceInitial = true;
      needsStart = false;
    }
    previousEnd = token.end;
  }
  return tokens;
}
