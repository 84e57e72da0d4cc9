import { PRONOUNS, ROLE_NOUNS, SPEECH_PARTICIPLES, SPEECH_VERBS } from './lexicon.ts';
import type { Mention } from './mentions.ts';
import type { QuotedRun } from './quote-marks.ts';
import type { Token } from './tokens.ts';

/** Who a quotation is attributed to, and the words that say so (UTF-16 offsets). */
export interface Attribution {
  speaker: Speaker;
  start: number;
  end: number;
}

/** A named actor, a pronoun to resolve, or a description ("one Indo-Pacific nation diplomat"). */
export type Speaker =
  | { mention: Mention }
  | { pronoun: Token }
  | { description: { start: number; end: number; first: number; last: number } };

export interface Context {
  text: string;
  tokens: Token[];
  /** Mentions by their first token. */
  mentionAt: Map<number, Mention>;
  runs: QuotedRun[];
}

const isSpeechVerb = (t: Token) => SPEECH_VERBS.has(t.text.toLowerCase()) && t.pos !== 'NOUN';
const isBoundary = (t: Token) => /^[.;!?—–:()[\]]$/.test(t.text) || /^["“”]$/.test(t.text);

/**
 * The attribution of quoted run `r`: after it ("…,” X said / said X, a …), else before it in
 * the same sentence (X said: “…” / X criticised the move, saying “…” / X said that … “…”).
 */
export function attribute(ctx: Context, r: number): Attribution | null {
  return after(ctx, r) ?? before(ctx, r);
}

function after(ctx: Context, r: number): Attribution | null {
  const run = ctx.runs[r] as QuotedRun;
  const next = ctx.runs[r + 1];
  const window = tokensBetween(ctx.tokens, run.close, next ? next.open : Infinity);
  let from = 0;
  while (from < window.length && /^[,—–-]$/.test((window[from] as Token).text)) from++;
  const first = window[from];
  if (!first || first.paragraph !== tokenAt(ctx.tokens, run.start)?.paragraph) return null;
  // “It ended.” The next sentence is not an attribution unless it starts with one.
  const inner = ctx.text.slice(run.start, run.end).trimEnd();
  if (/\.$/.test(inner) && first.capitalized && !isSpeechVerb(first)) return null;
  let to = from;
  while (to < window.length && !/^[.!?;]$/.test((window[to] as Token).text) && to - from < 45) to++;
  const clause = window.slice(from, to);
  const end = (clause[clause.length - 1] ?? first).end;
  if (isSpeechVerb(first)) {
    const speaker = speakerAfterVerb(ctx, clause, 1);
    return speaker ? { speaker, start: first.start, end } : null;
  }
  const verb = clause.findIndex((t, k) => k < 40 && isSpeechVerb(t));
  if (verb <= 0) return null;
  const speaker = speakerBeforeVerb(ctx, clause, verb, true);
  return speaker ? { speaker, start: first.start, end } : null;
}

function before(ctx: Context, r: number): Attribution | null {
  const run = ctx.runs[r] as QuotedRun;
  const previous = ctx.runs[r - 1];
  const window = tokensBetween(ctx.tokens, previous ? previous.close : 0, run.open);
  const paragraph = tokenAt(ctx.tokens, run.start)?.paragraph;
  let from = window.length;
  while (from > 0) {
    const t = window[from - 1] as Token;
    if (t.paragraph !== paragraph || /^[.!?]$/.test(t.text)) break;
    from--;
  }
  const clause = window.slice(from);
  for (let k = clause.length - 1; k >= 0; k--) {
    const t = clause[k] as Token;
    const word = t.text.toLowerCase();
    if (word === 'according' && clause[k + 1]?.text === 'to') {
      const speaker = speakerAfterVerb(ctx, clause, k + 2);
      if (speaker)
        return { speaker, start: t.start, end: (clause[clause.length - 1] as Token).end };
    }
    if (isSpeechVerb(t)) {
      const speaker = speakerBeforeVerb(ctx, clause, k, false);
      if (speaker) return { speaker, start: (clause[0] as Token).start, end: t.end };
    }
    if (SPEECH_PARTICIPLES.has(word)) {
      const speaker = sentenceSubject(ctx, clause.slice(0, k));
      if (speaker) return { speaker, start: (clause[0] as Token).start, end: t.end };
    }
  }
  return null;
}

/** "said Camille Grand, a fellow at …": the name in the noun phrase after the verb. */
function speakerAfterVerb(ctx: Context, clause: Token[], from: number): Speaker | null {
  let to = from;
  while (
    to < clause.length &&
    !isBoundary(clause[to] as Token) &&
    (clause[to] as Token).text !== ','
  )
    to++;
  const phrase = clause.slice(from, to);
  const first = phrase[0];
  if (!first) return null;
  if (PRONOUNS.has(first.text.toLowerCase())) return { pronoun: first };
  return named(ctx, phrase);
}

/** "Elbridge Colby, a former … official who now heads …, said": the name before the appositive. */
function speakerBeforeVerb(
  ctx: Context,
  clause: Token[],
  verb: number,
  atStart: boolean,
): Speaker | null {
  let from = verb;
  // Back over adverbs and auxiliaries ("has repeatedly said", "also told").
  while (from > 0 && /^(ADV|AUX|PART)$/.test((clause[from - 1] as Token).pos)) from--;
  let head = clause.slice(0, from);
  if (atStart) {
    const comma = head.findIndex((t) => t.text === ',');
    if (comma > 0) head = head.slice(0, comma);
  } else {
    // The subject right before the verb, back to the last comma.
    let start = head.length;
    while (start > 0 && (head[start - 1] as Token).text !== ',' && head.length - start < 12)
      start--;
    head = head.slice(start);
  }
  const last = head[head.length - 1];
  if (!last) return null;
  if (PRONOUNS.has(last.text.toLowerCase())) return { pronoun: last };
  return named(ctx, head);
}

/**
 * The actor a noun phrase names: its last person, else its last actor; a phrase that ends in a
 * role noun past any name is a description ("one Indo-Pacific nation diplomat").
 */
function named(ctx: Context, phrase: Token[]): Speaker | null {
  const mentions = mentionsIn(ctx, phrase);
  const people = mentions.filter(
    (m) => m.kind === 'PERSON' || m.entries.some((e) => e.kind === 'PERSON'),
  );
  const chosen = headOf(ctx, people[people.length - 1] ?? mentions[mentions.length - 1]);
  const lastIndex = (phrase[phrase.length - 1] as Token).index;
  if (describes(phrase) && (!chosen || chosen.last !== lastIndex)) return description(phrase);
  return chosen ? { mention: chosen } : null;
}

/** The subject of the sentence a participle ("saying") hangs on: its first actor. */
function sentenceSubject(ctx: Context, clause: Token[]): Speaker | null {
  const first = headOf(ctx, mentionsIn(ctx, clause)[0]);
  const pronoun = clause.find((t) => PRONOUNS.has(t.text.toLowerCase()));
  if (pronoun && (!first || pronoun.index < first.first)) return { pronoun };
  return first ? { mention: first } : null;
}

/** "Beijing’s Foreign Ministry": the possessed actor, not its possessor. */
function headOf(ctx: Context, mention: Mention | undefined): Mention | undefined {
  let m = mention;
  while (m && /^[’']s$/.test(ctx.tokens[m.last + 1]?.text ?? '')) {
    const next = ctx.mentionAt.get(m.last + 2);
    if (!next) break;
    m = next;
  }
  return m;
}

/** A phrase naming a speaker by role: its last word is a role noun. */
function describes(phrase: Token[]): boolean {
  const last = phrase[phrase.length - 1];
  return !!last && ROLE_NOUNS.has(last.text.toLowerCase());
}

function description(phrase: Token[]): Speaker | null {
  // The noun phrase ends at the role noun; it starts after any verb or preposition before it.
  let from = phrase.length - 1;
  while (from > 0 && !/^(VERB|ADP|AUX|PUNCT|SCONJ|CCONJ)$/.test((phrase[from - 1] as Token).pos))
    from--;
  const first = phrase[from];
  const last = phrase[phrase.length - 1];
  if (!first || !last) return null;
  return {
    description: { start: first.start, end: last.end, first: first.index, last: last.index },
  };
}

function mentionsIn(ctx: Context, tokens: Token[]): Mention[] {
  const last = tokens[tokens.length - 1]?.index ?? -1;
  const out: Mention[] = [];
  for (const t of tokens) {
    const m = ctx.mentionAt.get(t.index);
    if (m && m.last <= last) out.push(m);
  }
  return out;
}

export function tokensBetween(tokens: Token[], from: number, to: number): Token[] {
  const out: Token[] = [];
  for (let i = firstAtOrAfter(tokens, from); i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.end > to) break;
    out.push(t);
  }
  return out;
}

export function tokenAt(tokens: Token[], offset: number): Token | undefined {
  return tokens[Math.min(firstAtOrAfter(tokens, offset), tokens.length - 1)];
}

function firstAtOrAfter(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
