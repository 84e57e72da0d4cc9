import { normalizeName } from '@attest/knowledge';
import { badInput } from '../errors.ts';

/** A search must hold at least one letter or digit. */
export function searchText(search: string | null | undefined): string | null {
  if (search === null || search === undefined) return null;
  if (normalizeName(search) === '') throw badInput('The search is empty: type at least one word.');
  return search;
}
