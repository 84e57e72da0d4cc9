import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApi } from '@attest/api';
import { createAuth } from '@attest/auth';
import { type Database, seedKnowledgeBase } from '@attest/db';
import { openTestDatabase } from '@attest/db/testing';
import { loadKnowledgeBase } from '@attest/knowledge';
import { miniKnowledgeBaseDir } from '@attest/knowledge/fixtures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlClient, ingest, summary } from '../src/index.ts';

const ARTICLE = (n: number) =>
  `Talks on the Arden office, part ${n}\n\n“We will open the office in Arden next year,” Ana Lindström said on Tuesday. Karl Tesk, the president of Borduria, said he opposed the plan.\n`;

describe('pnpm ingest', () => {
  let db: Database;
  let server: Server;
  let api: string;
  let token: string;
  let dir: string;
  beforeAll(async () => {
    db = await openTestDatabase('pglite');
    await seedKnowledgeBase(db.prisma, loadKnowledgeBase(miniKnowledgeBaseDir));
    const auth = createAuth({
      prisma: db.prisma,
      secret: 'test-secret-test-secret-test-secret',
      baseURL: 'http://attest',
      production: false,
    });
    server = createServer(createApi({ db, auth, production: false, rateLimits: false }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    api = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const signUp = await fetch(`${api}/api/auth/sign-up/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://attest' },
      body: JSON.stringify({
        name: 'Ada',
        email: 'ada@example.org',
        password: 'a long enough password',
      }),
    });
    token = signUp.headers.get('set-auth-token') ?? '';
    await graphqlClient(
      api,
      token,
    )('mutation { createCollection(input: { name: "Arden news", slug: "arden" }) { id } }');
    dir = mkdtempSync(join(tmpdir(), 'attest-ingest-'));
    mkdirSync(join(dir, 'more'));
    writeFileSync(join(dir, 'one.txt'), ARTICLE(1));
    writeFileSync(join(dir, 'more', 'two.md'), `# ${ARTICLE(2)}`);
    writeFileSync(
      join(dir, 'more', 'three.html'),
      `<html><head><title>Part 3</title></head><body><nav>Home</nav><article><h1>Part 3</h1><p>${ARTICLE(3)} ${'More words about the office in Arden. '.repeat(5)}</p></article></body></html>`,
    );
    writeFileSync(join(dir, 'broken.txt'), Buffer.from([0x66, 0xff, 0xfe, 0x6f]));
    writeFileSync(join(dir, 'again.txt'), ARTICLE(1));
    writeFileSync(join(dir, 'notes.pdf'), '%PDF');
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await db.close();
  });

  it('adds every article, says why the others were not, and counts the drafts to review', async () => {
    const ticks: string[] = [];
    const report = await ingest(graphqlClient(api, token), [dir, join(dir, 'notes.pdf')], 'arden', {
      start: () => {},
      tick: (path) => ticks.push(path),
      stop: () => {},
    });
    const outcome = (name: string) => report.results.find((r) => r.path.endsWith(name))?.outcome;
    for (const name of ['two.md', 'three.html']) {
      expect(outcome(name)).toMatchObject({ added: true, quotes: 1, claims: expect.any(Number) });
    }
    // Folders are read in name order: again.txt comes first, and one.txt holds the same text.
    expect(outcome('again.txt')).toMatchObject({
      added: true,
      title: 'Talks on the Arden office, part 1',
      quotes: 1,
    });
    expect(outcome('one.txt')).toEqual({
      added: false,
      reason: expect.stringContaining('already holds'),
    });
    expect(outcome('broken.txt')).toEqual({
      added: false,
      reason: expect.stringContaining('UTF-8'),
    });
    expect(report.skipped).toEqual([
      { path: join(dir, 'notes.pdf'), reason: 'not a .txt, .md or .html file' },
    ]);
    expect(ticks).toHaveLength(report.results.length);
    expect(summary(report)).toMatch(/3 of 5 files added to “Arden news”/);
    const stored = await db.prisma.source.findMany({ where: { collection: { slug: 'arden' } } });
    expect(stored).toHaveLength(3);
  });

  it('refuses clearly when the collection is not the viewer’s to change, or the API is down', async () => {
    await expect(ingest(graphqlClient(api, token), [dir], 'corpus')).rejects.toThrow(
      /not a curator/,
    );
    await expect(ingest(graphqlClient(api, token), [dir], 'nope')).rejects.toThrow(/No collection/);
    await expect(
      ingest(graphqlClient('http://127.0.0.1:9', token), [dir], 'arden'),
    ).rejects.toThrow(/does not answer/);
  });
});
