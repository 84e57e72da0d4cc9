import { PothosSchemaError, PothosValidationError } from '@pothos/core';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { maskApiError } from '../src/mask-error.ts';

/** As graphql-js hands a resolver's error to the server: located, the thrown one inside. */
const thrownIn = (path: string, error: Error) =>
  new GraphQLError(error.message, { path: [path], originalError: error });

describe('masking errors', () => {
  it('shows errors raised for the client as they are', () => {
    const masked = maskApiError(
      thrownIn(
        'node',
        new GraphQLError('No Claim has the ID "x".', { extensions: { code: 'NOT_FOUND' } }),
      ),
      'Unexpected error.',
    );
    expect([masked.message, (masked as GraphQLError).extensions.code]).toEqual([
      'No Claim has the ID "x".',
      'NOT_FOUND',
    ]);
    const invalid = maskApiError(
      thrownIn('node', new PothosValidationError('Invalid global ID: x')),
      'Unexpected error.',
    );
    expect((invalid as GraphQLError).extensions.code).toBe('BAD_USER_INPUT');
  });

  it('masks a Pothos schema fault, though it is a GraphQLError', () => {
    const masked = maskApiError(
      thrownIn('node', new PothosSchemaError('Nope has not been implemented')),
      'Unexpected error.',
    ) as GraphQLError;
    expect([masked.message, masked.extensions.code, masked.path]).toEqual([
      'Unexpected error.',
      'INTERNAL_SERVER_ERROR',
      ['node'],
    ]);
  });

  it('masks anything else', () => {
    const masked = maskApiError(
      thrownIn('claims', new Error('relation "Claim" does not exist')),
      'Unexpected error.',
    );
    expect(masked.message).toBe('Unexpected error.');
  });
});
