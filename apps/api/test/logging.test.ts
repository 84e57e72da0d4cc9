import { loadKnowledgeBase } from '@attest/knowledge';
import { miniKnowledgeBaseDir } from '@attest/knowledge/fixtures';
import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createLogger, type LogLevel } from '../src/logger.ts';
import { openTestApi, type TestApi } from './harness.ts';

const collect = () => {
  const lines: { level: LogLevel; line: string }[] = [];
  const logger = createLogger({
    level: 'debug',
    write: (level, line) => lines.push({ level, line }),
  });
  return { lines, logger };
};

describe('logging', () => {
  it('writes the unexpected at error with its stack, client mistakes at info in one line', () => {
    const { lines, logger } = collect();
    logger.error(new Error('boom'));
    logger.error(
      new GraphQLError('Invalid global ID: x', { extensions: { code: 'BAD_USER_INPUT' } }),
    );
    expect(lines[0]?.level).toBe('error');
    expect(lines[0]?.line).toMatch(/ERROR - boom\n\s+at /);
    expect(lines[1]).toEqual({
      level: 'info',
      line: expect.stringMatching(/ INFO - client error: Invalid global ID: x$/),
    });
  });

  it('drops lines below its level', () => {
    const lines: string[] = [];
    const logger = createLogger({ level: 'warn', write: (_level, line) => lines.push(line) });
    logger.info('quiet');
    logger.warn('loud');
    expect(lines).toEqual([expect.stringContaining('WARN - loud')]);
  });

  describe('through the API', () => {
    let t: TestApi;
    const { lines, logger } = collect();
    beforeAll(async () => {
      t = await openTestApi(
        'pglite',
        inject('postgresUrl'),
        loadKnowledgeBase(miniKnowledgeBaseDir),
        {
          logger,
        },
      );
    });
    afterAll(() => t.close());

    it('gives each request an id, sent back and carried by its log lines', async () => {
      const response = await t.api.fetch('http://attest/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ node(id: "nonsense") { id } }' }),
      });
      const id = response.headers.get('x-request-id');
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      const mine = lines.filter((l) => l.level !== 'debug' && l.line.includes(` ${id} `));
      expect(mine).toEqual([{ level: 'info', line: expect.stringContaining('nonsense') }]);
      expect(mine[0]?.line).not.toContain('\n');
    });
  });
});
