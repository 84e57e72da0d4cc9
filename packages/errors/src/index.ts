export { AttestError } from './attest-error.ts';
export { ERROR_CODES, type ErrorCode } from './codes.ts';
