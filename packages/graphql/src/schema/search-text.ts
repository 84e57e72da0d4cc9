import { AttestError } from '@attest/errors';
import { normalizeName } from '@attest/knowledge';

/** A search must hold at least one letter or digit. */
export function searchText(search: string | null | undefined): string | null {
  if (search === null || search === undefined) return null;
  if (normalizeName(search) === '')
    throw new AttestError('BAD_USER_INPUT', 'The search is empty: type at least one word.');
  return search;
}
