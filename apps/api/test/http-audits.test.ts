import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadKnowledgeBase } from '@attest/knowledge';
import { miniKnowledgeBaseDir } from '@attest/knowledge/fixtures';
import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openTestApi, type TestApi } from './harness.ts';

// The GraphQL-over-HTTP spec's own audit suite, against the API on a real loopback port.
describe('GraphQL over HTTP audits', () => {
  let t: TestApi;
  let server: Server;
  let url: string;
  beforeAll(async () => {
    t = await openTestApi('pglite', inject('postgresUrl'), loadKnowledgeBase(miniKnowledgeBaseDir));
    server = createServer(t.api);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await t.close();
  });

  const audits = serverAudits({ url: () => url });
  const required = audits.filter((a) => a.name.startsWith('MUST') || a.name.startsWith('SHOULD'));

  it('covers the MUST and SHOULD audits', () => {
    expect(required.length).toBeGreaterThan(20);
  });

  it.each(required.map((a) => [a.name, a] as const))('%s', async (_name, audit) => {
    const result = await audit.fn();
    expect(result.status, 'reason' in result ? String(result.reason) : '').toBe('ok');
  });
});
