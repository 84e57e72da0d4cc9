import { AttestError } from '@attest/errors';
import { normalizeName } from '@attest/knowledge';

/** Whether a search holds no letter or digit (nothing to look for). */
export const isEmptySearch = (search: string): boolean => normalizeName(search) === '';

/** A search must hold at least one letter or digit. */
export function searchText(search: string | null | undefined): string | null {
  if (search === null || search === undefined) return null;
  if (isEmptySearch(search))
    throw new AttestError('BAD_USER_INPUT', 'The search is empty: type at least one word.');
  return search;
}
