import type { ClaimValue } from '@attest/knowledge';

/**
 * The sort of post a description names, for who-is options: one who heads a state or a
 * government ("the President of France", "the Danish Prime Minister") or anyone else (an
 * ambassador, a minister, an adviser, a researcher). A description offered as a wrong answer is
 * of the right one's sort: "Who is the Danish ambassador?" against other officials, never "the
 * President of China", a head of state with no tie to the question; "Who is Macron?" against
 * other heads. Null for what is no description (a statement, a number, a date).
 */
export type OfficeSort = 'HEAD' | 'OTHER';

/**
 * Titles of whoever heads a state or a government, in English: a closed set of words. "Vice
 * president" and "deputy prime minister" serve under the head, and a former head is no longer
 * one (their class, FORMER in values.ts, keeps them apart already).
 */
const HEAD =
  /\b(?:president|prime minister|premier|chancellor|king|queen|emperor|empress|monarch|head of (?:state|government)|taoiseach)\b/;
const UNDER_HEAD = /\b(?:vice|deputy|former|assistant|adviser|advisor|spokes\w*|minister of)\b/;

export function officeSort(value: ClaimValue): OfficeSort | null {
  if (value.kind !== 'text') return null;
  const text = value.text.trim().toLowerCase();
  // A description starts with an article ("the President of France", "a professor at …").
  if (!/^(?:the|an?)\s/.test(text)) return null;
  return HEAD.test(text) && !UNDER_HEAD.test(text) ? 'HEAD' : 'OTHER';
}

/** Whether a wrong description is of the sort of some right one (or either is no description). */
export function sameOfficeSort(answers: readonly ClaimValue[], candidate: ClaimValue): boolean {
  const sort = officeSort(candidate);
  if (sort === null) return true;
  const sorts = answers.map(officeSort).filter((s) => s !== null);
  return sorts.length === 0 || sorts.includes(sort);
}
