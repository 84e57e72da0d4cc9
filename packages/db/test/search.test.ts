import { loadKnowledgeBase } from '@attest/knowledge';
import { miniKnowledgeBaseDir } from '@attest/knowledge/fixtures';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  type Database,
  type DatabaseKind,
  rankSearchesInMemory,
  searchClaims,
  searchIndexesLoaded,
  seedKnowledgeBase,
} from '../src/index.ts';
import { openTestDatabase } from '../src/testing.ts';

describe.each<[DatabaseKind, 'sql' | 'memory']>([
  ['pglite', 'sql'],
  ['pglite', 'memory'],
  ['postgres', 'sql'],
  ['postgres', 'memory'],
])('searchClaims on %s, ranked in %s', (kind, ranking) => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase(kind, inject('postgresUrl'));
    await seedKnowledgeBase(db.prisma, loadKnowledgeBase(miniKnowledgeBaseDir));
    if (ranking === 'memory') {
      rankSearchesInMemory(db.prisma, () => 0);
      await searchClaims(db.prisma, 'office');
      await searchIndexesLoaded(db.prisma);
    }
  });
  afterAll(() => db.close());
  const top = async (text: string) => (await searchClaims(db.prisma, text)).map((h) => h.id);

  it('answers a whole question without requiring every word', async () => {
    expect((await top('Who vetoed the office in Arden?'))[0]).toBe('tesk-blocked-arden-office');
    expect((await top('who blocked it'))[0]).toBe('tesk-blocked-arden-office');
  });

  it('finds an actor by alias, without diacritics, and when misspelled', async () => {
    expect(await top('Lindstrom')).toEqual(['lindstrom-said-next-year']);
    expect(await top('what did Lindström say')).toContain('lindstrom-said-next-year');
    expect(await top('Lindstrem')).toContain('lindstrom-said-next-year');
  });

  it('ranks by relevance, best first, and finds nothing for unrelated words', async () => {
    const hits = await searchClaims(db.prisma, 'members of the Alliance');
    expect(hits[0]?.id).toBe('arden-member');
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
    expect(await top('photosynthesis')).toEqual([]);
  });

  it('searches only within the given claims', async () => {
    expect(await top('office')).toContain('alliance-plans-arden-office');
    expect(
      await searchClaims(db.prisma, 'office', { within: ['tesk-blocked-arden-office'] }),
    ).toEqual([expect.objectContaining({ id: 'tesk-blocked-arden-office' })]);
  });
});
