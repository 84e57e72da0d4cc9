export { extract } from './extract.ts';
export { assertExtractable, ExtractionInputError, MAX_TEXT_LENGTH } from './input.ts';
export { MIN_QUOTE_WORDS } from './quotes.ts';
export type * from './types.ts';
