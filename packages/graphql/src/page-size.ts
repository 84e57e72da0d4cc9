import { AttestError } from '@attest/errors';

/**
 * The page-size rule, the one place it is written: a list asks for at most MAX_PAGE_SIZE items
 * at once and gets DEFAULT_PAGE_SIZE when it does not say. Connections' `first`/`last` are
 * checked before execution (apps/api's useMaxPageSize, with tooLargePage's message), because
 * Pothos would clamp a larger page silently; plain count arguments are checked by pageSize.
 */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/** Why a connection's `first` or `last` of this value is refused, or null when it is allowed. */
export const tooLargePage = (argument: 'first' | 'last', value: number): string | null =>
  value > MAX_PAGE_SIZE
    ? `"${argument}" is ${value}; at most ${MAX_PAGE_SIZE} items can be asked for at once.`
    : null;

/** A page size the rule allows as asked: a whole number from 1 to MAX_PAGE_SIZE. */
export const isPageSize = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_PAGE_SIZE;

/**
 * A count argument (`first` of a ranked list, a quiz's `count`): DEFAULT_PAGE_SIZE when not
 * given, BAD_USER_INPUT outside 1 to MAX_PAGE_SIZE. `unit` names what is counted in the message.
 */
export function pageSize(argument: string, value: number | null | undefined, unit?: string) {
  const n = value ?? DEFAULT_PAGE_SIZE;
  if (!isPageSize(n))
    throw new AttestError(
      'BAD_USER_INPUT',
      `"${argument}" is ${n}; ask for 1 to ${MAX_PAGE_SIZE}${unit ? ` ${unit}` : ''}.`,
    );
  return n;
}
