import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { printedSchema } from '../../../packages/graphql/src/print-schema.ts';

describe('schema.graphql', () => {
  it('is committed as the schema prints (run `pnpm generate` after changing it)', () => {
    const committed = readFileSync(
      new URL('../../../packages/graphql/schema.graphql', import.meta.url),
      'utf8',
    );
    expect(committed).toBe(printedSchema());
  });
});
