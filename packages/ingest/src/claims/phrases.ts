import type { Entity } from '../actors.ts';
import { NEVER_ACTORS } from '../lexicon.ts';
import type { Mention } from '../mentions.ts';
import type { Token } from '../tokens.ts';

export interface PhraseDeps {
  text: string;
  tokens: Token[];
  mentions: Mention[];
  entityOf: Map<Mention, Entity>;
  /** The known actor a noun phrase names, if any ("a liaison office in Japan" → the office). */
  lookupPhrase(phrase: string): Entity | null;
}

const TIME_WORDS = new Set([
  'last',
  'next',
  'this',
  'yesterday',
  'today',
  'tomorrow',
  'earlier',
  'later',
  'recently',
  'now',
  'soon',
]);
const CLAUSE_END = /^[.;:!?()—–"“”]$/;
const CLAUSE_WORDS = new Set([
  'which',
  'who',
  'that',
  'because',
  'while',
  'but',
  'and',
  'as',
  'after',
  'before',
  'since',
  'although',
  'if',
  'when',
]);

const DETERMINERS = /^(the|a|an|its|their|his|her|this|that|these|those)$/i;

/** A participle used as an adjective: "the proposed corridor", "a planned office". */
function attributive(tokens: Token[], j: number): boolean {
  const before = tokens[j - 1];
  const after = tokens[j + 1];
  return (
    before !== undefined &&
    after !== undefined &&
    (DETERMINERS.test(before.text) || before.pos === 'ADJ') &&
    /^(NOUN|PROPN|ADJ)$/.test(after.pos)
  );
}

/** The noun phrase from token i to the end of its clause (at most 14 tokens). */
export function objectPhrase(tokens: Token[], i: number): { from: number; to: number } | null {
  let j = i;
  while (j < tokens.length && j < i + 14) {
    const t = tokens[j] as Token;
    if (CLAUSE_END.test(t.text) || t.text === ',' || CLAUSE_WORDS.has(t.text.toLowerCase())) break;
    // "blocked the office last year": the time is not part of what was blocked.
    if (j > i && (TIME_WORDS.has(t.text.toLowerCase()) || NEVER_ACTORS.has(t.text))) break;
    if (j > i && (t.pos === 'VERB' || t.pos === 'AUX') && !attributive(tokens, j)) break;
    j++;
  }
  // A phrase of determiners alone ("blocked the" before a verb) names nothing.
  const named = tokens.slice(i, j).some((t) => t.isWord && !DETERMINERS.test(t.text));
  return j > i && named ? { from: i, to: j - 1 } : null;
}

/** The actor a phrase names: one at its start, else a known name for the whole phrase. */
export function phraseActor(
  deps: PhraseDeps,
  mentionAt: Map<number, Mention>,
  from: number,
  to: number,
): Entity | null {
  let i = from;
  while (i <= to && /^(the|a|an|its|their|his|her)$/i.test((deps.tokens[i] as Token).text)) i++;
  const m = mentionAt.get(i);
  // "Sweden's membership" is about Sweden's membership, not Sweden; "NATO at the summit" is NATO.
  if (m && (m.last >= to || deps.tokens[m.last + 1]?.pos === 'ADP'))
    return deps.entityOf.get(m) ?? null;
  const start = (deps.tokens[i] as Token | undefined)?.start;
  const end = (deps.tokens[to] as Token).end;
  return start === undefined ? null : deps.lookupPhrase(deps.text.slice(start, end));
}

/** The mention that ends right before token i, allowing adverbs and auxiliaries between. */
export function subjectBefore(
  deps: PhraseDeps,
  mentionEnding: Map<number, Mention>,
  i: number,
): Mention | null {
  let j = i - 1;
  while (j >= 0 && /^(ADV|AUX|PART)$/.test((deps.tokens[j] as Token).pos) && j > i - 4) j--;
  // A possessive ("Beijing’s Foreign Ministry") is a mention of its own; skip "’s" only after it.
  return mentionEnding.get(j) ?? null;
}
