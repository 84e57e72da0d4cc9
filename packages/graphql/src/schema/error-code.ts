import { ERROR_CODES } from '@attest/errors';
import { builder } from '../builder.ts';

// No field returns it: it is published so that clients can type `extensions.code` against it.
builder.enumType('ErrorCode', {
  description:
    "Every value an error's `extensions.code` can take (GraphQL errors are not typed by the schema; this list is).",
  values: Object.fromEntries(
    Object.entries(ERROR_CODES).map(([code, description]) => [code, { description }]),
  ),
});
