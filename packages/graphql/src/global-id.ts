import { PothosValidationError } from '@pothos/core';
import { decodeGlobalID as decodeRelayID } from '@pothos/plugin-relay';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Relay's decoding, refusing IDs that decode to text PostgreSQL cannot hold: `Claim:\0` is
 * valid base64 and passes every check of the API's input limits (which see the encoded ID), but
 * would reach the database and fail there as an internal error (22021).
 */
export function decodeGlobalID(globalID: string) {
  const decoded = decodeRelayID(globalID);
  if (decoded.id.includes('\u0000') || LONE_SURROGATE.test(decoded.id)) {
    throw new PothosValidationError(`Invalid global ID: ${globalID}`);
  }
  return decoded;
}
