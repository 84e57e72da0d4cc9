import type { Claim, ClaimValue } from '@attest/knowledge';
import type { QuizIndex } from './kb-index.ts';
import { mentions, nameKey, normalize } from './names.ts';
import { sameOfficeSort } from './offices.ts';
import { byRank, pickRanked, type Ranked } from './pick.ts';
import { STOP_WORDS } from './quality.ts';
import type { Rng } from './random.ts';
import { valueStatementHolds } from './truth.ts';
import {
  descriptionClass,
  sameValueShape,
  valueHash,
  valueKey,
  valueShape,
  valuesOverlap,
} from './values.ts';
import { valueText } from './wording.ts';
import { dateFitsName } from './years.ts';

/** How many of a predicate's values to consider beyond the story's own. */
const FALLBACK_LIMIT = 40;

export interface ValueDistractorQuery {
  subjectId: string;
  predicateId: string;
  answers: readonly ClaimValue[];
  storySourceIds: readonly string[];
  prompt: string;
  count: number;
  rng: Rng;
}

/**
 * Wrong values taken from other on-topic claims, never invented: the same predicate's values
 * first, then dates or amounts of the same unit from the same story. A text value only stands in
 * for another when both describe the same kind of subject (a person's position for a person's);
 * a date only when its year is the one the subject's name carries, if any (dateFitsName).
 * Dropped when any claim gives the subject that value.
 */
export function pickValueDistractors(index: QuizIndex, q: ValueDistractorQuery): ClaimValue[] {
  const taken = new Set(q.answers.map((a) => nameKey(valueText(a))));
  const subjectName = index.actors.get(q.subjectId)?.name ?? '';
  const subjectWords = ` ${normalize(subjectName)} `;
  const picked = pickRanked(rankingFor(index, q), q.count, taken, q.rng, ({ value, about }) => {
    if (!dateFitsName(value, subjectName)) return false;
    if (about.some((word) => !subjectWords.includes(` ${word} `))) return false;
    if (mentions(q.prompt, nameKey(valueText(value)))) return false;
    return !valueStatementHolds(index, q.subjectId, q.predicateId, value);
  });
  return picked.map((c) => c.value);
}

/** A candidate value, ranked; shared by every question that draws from the same pool. */
interface ValueCandidate extends Ranked {
  value: ClaimValue;
  /**
   * Words of its own subject's name that the value repeats ("NATO's first liaison office in
   * Asia" for the liaison office): it is about that subject, and offered only for a subject
   * whose name has them too, not as how a dialogue was described.
   */
  about: string[];
}

/** The candidates for these answers: the pool less any value that overlaps an answer. */
function rankingFor(index: QuizIndex, q: ValueDistractorQuery): ValueCandidate[] {
  const [answer] = q.answers;
  if (!answer) return [];
  // A head of state is no rival for an ambassador, nor an ambassador for a head (offices.ts).
  const pool = poolFor(index, q, answer).filter(
    (c) => !q.answers.some((a) => valuesOverlap(a, c.value)) && sameOfficeSort(q.answers, c.value),
  );
  // The pool is sorted, and filtering keeps the order: only a description needs a re-sort, so
  // that "a professor at …" meets other posts of many holders before offices of one.
  const described = descriptionClass(answer);
  if (described === null) return pool;
  return pool
    .map((c) => (descriptionClass(c.value) === described ? { ...c, score: c.score + 2 } : c))
    .sort(byRank);
}

/**
 * Values of the answer's shape from the story and the predicate, ranked. Depends on the subject
 * only through its kind, and only for text values, so questions of one story share it (cached
 * per base).
 */
function poolFor(index: QuizIndex, q: ValueDistractorQuery, answer: ClaimValue): ValueCandidate[] {
  const shape = valueShape(answer);
  const subjectKind = answer.kind === 'text' ? index.actors.get(q.subjectId)?.kind : '';
  const key = `value|${q.predicateId}|${shape}|${subjectKind}|${q.storySourceIds.join(',')}`;
  const cached = index.valuePools.get(key);
  if (cached) return cached as ValueCandidate[];

  const scored = new Map<string, { value: ClaimValue; score: number; subjectId: string }>();
  const consider = ({ value, subjectId }: Claim, score: number) => {
    if (!value) return;
    const id = valueKey(value);
    const known = scored.get(id);
    if (!known || known.score < score) scored.set(id, { value, score, subjectId });
  };
  const alike = (claim: Claim) =>
    answer.kind !== 'text' || index.actors.get(claim.subjectId)?.kind === subjectKind;
  for (const sourceId of q.storySourceIds) {
    for (const claim of index.valueClaimsBySource.get(`${sourceId}|${q.predicateId}`) ?? []) {
      if (alike(claim)) consider(claim, 3);
    }
    if (answer.kind === 'text') continue;
    for (const claim of index.valueClaimsBySource.get(`${sourceId}|${shape}`) ?? []) {
      consider(claim, 1);
    }
  }
  const ofPredicate = index.valueClaimsByPredicate.get(q.predicateId) ?? [];
  for (let i = 0; i < ofPredicate.length && i < FALLBACK_LIMIT; i++) {
    const claim = ofPredicate[i] as Claim;
    if (alike(claim)) consider(claim, 2);
  }

  const pool: ValueCandidate[] = [];
  for (const { value, score, subjectId } of scored.values()) {
    if (!sameValueShape(answer, value)) continue;
    const text = valueText(value);
    const about = value.kind === 'text' ? sharedNameWords(index, subjectId, text) : [];
    pool.push({ value, score, tie: valueHash(value), keys: [nameKey(text)], about });
  }
  pool.sort(byRank);
  index.valuePools.set(key, pool);
  return pool;
}

/**
 * The words of an actor's name that a text repeats, as `normalize` writes them. Not a person's:
 * what people say or hold is not about them ("the Indo-Pacific" in an Indo-Pacific diplomat's
 * words).
 */
function sharedNameWords(index: QuizIndex, actorId: string, text: string): string[] {
  const actor = index.actors.get(actorId);
  if (!actor || actor.kind === 'PERSON') return [];
  const said = ` ${normalize(text)} `;
  const name = normalize(actor.name).split(' ');
  return name.filter((w) => w.length > 1 && !STOP_WORDS.has(w) && said.includes(` ${w} `));
}
