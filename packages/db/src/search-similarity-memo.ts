import { internedTrigrams, trigramSimilarity } from './search-trigrams.ts';

interface Entry {
  /** The text's trigrams as the question sees them (`pattern` below). */
  pattern: Int32Array;
  /** How many of the question's distinct trigrams the text holds. */
  shared: number;
  /** trigramSimilarity(question, text), once computed. */
  similarity?: number;
}

/**
 * One question's two trigram measures of claim texts (sharedTrigrams and trigramSimilarity, i.e.
 * pg_trgm's word_similarity), memoised by what they depend on: the text's pattern. Both read a
 * text's trigrams only as "held by the question or not" and "the same trigram as at another
 * place or not" (word_similarity counts distinct trigrams in a stretch), so the question's
 * trigrams keep their ids and every other trigram is renamed by the order it first appears in
 * (−1, −2, …): two texts with the same pattern have the same results to the last bit. Copies of
 * a statement about differently named actors ("Japan 7", "Japan 17") mostly differ only in
 * trigrams the question lacks: their similarity is computed once, not once a copy.
 */
export class SimilarityMemo {
  private readonly byText = new Map<Int32Array, Entry>();
  private readonly byHash = new Map<number, Entry[]>();
  constructor(private readonly question: Int32Array) {}

  /** How many of the question's distinct trigrams `text` (trigramIds) holds. */
  shared(text: Int32Array): number {
    return this.entry(text).shared;
  }

  /** trigramSimilarity(question, text). */
  similarity(text: Int32Array): number {
    const entry = this.entry(text);
    entry.similarity ??= trigramSimilarity(this.question, text);
    return entry.similarity;
  }

  private entry(text: Int32Array): Entry {
    const held = this.byText.get(text);
    if (held) return held;
    const { pattern, shared, hash } = patternOf(this.question, text);
    let bucket = this.byHash.get(hash);
    if (!bucket) {
      bucket = [];
      this.byHash.set(hash, bucket);
    }
    let entry = bucket.find((e) => samePattern(e.pattern, pattern, text.length));
    if (!entry) {
      entry = { pattern: pattern.slice(0, text.length), shared };
      bucket.push(entry);
    }
    this.byText.set(text, entry);
    return entry;
  }
}

const samePattern = (held: Int32Array, scratch: Int32Array, length: number) => {
  if (held.length !== length) return false;
  for (let i = 0; i < length; i++) if (held[i] !== scratch[i]) return false;
  return true;
};

/**
 * Scratch by trigram id: 1 for the question's (2 once counted); the others' new names, valid
 * where `stamp` holds the current call's number (so nothing is cleared per text).
 */
let question = new Uint8Array(1024);
let renamed = new Int32Array(1024);
let stamp = new Int32Array(1024);
let call = 0;
/** The pattern being built; only its first `text.length` entries are meaningful. */
let scratch = new Int32Array(1024);

function patternOf(
  questionIds: Int32Array,
  text: Int32Array,
): { pattern: Int32Array; shared: number; hash: number } {
  const size = internedTrigrams();
  if (question.length < size) {
    question = new Uint8Array(size * 2);
    renamed = new Int32Array(size * 2);
    stamp = new Int32Array(size * 2);
    call = 0;
  }
  if (++call === 2 ** 31 - 1) {
    stamp.fill(0);
    call = 1;
  }
  const stamp_ = stamp;
  const now = call;
  if (scratch.length < text.length) scratch = new Int32Array(text.length * 2);
  const question_ = question;
  const renamed_ = renamed;
  const pattern = scratch;
  for (const id of questionIds) question_[id] = 1;
  let fresh = 0;
  let shared = 0;
  let hash = 2166136261 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const id = text[i] as number;
    let value: number;
    const mark = question_[id] as number;
    if (mark !== 0) {
      value = id;
      if (mark === 1) {
        shared++;
        question_[id] = 2;
      }
    } else {
      if (stamp_[id] !== now) {
        stamp_[id] = now;
        renamed_[id] = ++fresh;
      }
      value = -(renamed_[id] as number);
    }
    pattern[i] = value;
    hash = Math.imul(hash ^ value, 16777619);
  }
  for (const id of questionIds) question_[id] = 0;
  return { pattern, shared, hash };
}
