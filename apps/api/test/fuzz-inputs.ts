import fc from 'fast-check';

/**
 * Odd strings a client might send: any code points (lone surrogates too), NUL, bidirectional
 * controls, emoji sequences, zero-width characters, SQL and LIKE metacharacters, and very long
 * runs (10^5 characters is over the body limit once in JSON; 10^4 is under it).
 */
// Characters that have broken text handling somewhere: random code points rarely draw them.
const trouble = fc.constantFrom(
  'a',
  ' ',
  ':',
  '\u0000',
  '\uD800',
  '\uDC00',
  '\uFFFF',
  '😀',
  '\u202E',
  '\u200B',
  '%',
  '_',
  "'",
  '\\',
);
const troubleString = fc.array(trouble, { maxLength: 12 }).map((chars) => chars.join(''));

export const oddString: fc.Arbitrary<string> = fc.oneof(
  troubleString,
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    'NATO\u0000',
    '\uD800',
    'a\uDC00b',
    '\u202Eoykot\u202C',
    'طوكيو',
    'שלום עולם',
    '👩‍👩‍👧‍👦🇯🇵',
    '\u200B\u200D\uFEFF',
    "' OR '1'='1",
    '%_\\%',
    '$1',
    '{}',
    'null',
  ),
  fc
    .tuple(
      fc.constantFrom('a', ' ', '\u0000', '😀', '%', 'é'),
      fc.constantFrom(1_000, 10_000, 100_000),
    )
    .map(([unit, count]) => unit.repeat(count)),
);

/** Global-ID-shaped strings: right and wrong type names, bad base64, no separator. */
export const oddGlobalId: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('Claim', 'Actor', 'Source', 'QuestionSet', 'Attempt', 'Nope', '', ':'),
      fc.oneof(troubleString, oddString),
    )
    .map(([type, id]) => Buffer.from(`${type}:${id}`).toString('base64')),
  fc.base64String({ maxLength: 40 }),
  oddString,
);

/** Cursor-shaped strings, for `after` and `before`. */
export const oddCursor: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(fc.constantFrom('GPC:', 'OC:', 'cursor:', ''), fc.oneof(fc.integer(), oddString))
    .map(([prefix, rest]) => Buffer.from(`${prefix}${rest}`).toString('base64')),
  oddString,
);

/** A variable's value of any JSON type, mostly not the one the query declares. */
export const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  oddString,
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(2 ** 31, -(2 ** 31) - 1, Number.MAX_SAFE_INTEGER, -0, 1.5, 1e300),
  fc.array(oddString, { maxLength: 3 }),
);
