/** The longest text one extraction accepts, in characters (UTF-16 code units, as JS counts). */
export const MAX_TEXT_LENGTH = 200_000;

/** The text cannot be extracted from; the message says why and is meant for the user. */
export class ExtractionInputError extends Error {
  override name = 'ExtractionInputError';
}

export function assertExtractable(text: string): void {
  if (typeof text !== 'string') throw new ExtractionInputError('The text must be a string.');
  if (text.trim() === '') throw new ExtractionInputError('The text is empty: paste an article.');
  if (text.length > MAX_TEXT_LENGTH) {
    throw new ExtractionInputError(
      `The text is ${text.length} characters; the limit is ${MAX_TEXT_LENGTH}. Split it into articles.`,
    );
  }
}
