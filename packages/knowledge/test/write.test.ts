import { describe, expect, it } from 'vitest';
import { miniKnowledgeBaseDir } from '../src/fixtures.ts';
import {
  buildKnowledgeBase,
  knowledgeFilesFromMap,
  knowledgeFilesOf,
  loadKnowledgeBase,
} from '../src/index.ts';

describe('knowledgeFilesOf', () => {
  it.each([
    ['the curated corpus', undefined],
    ['the mini fixture', miniKnowledgeBaseDir],
  ])('writes %s as files that read back to the same knowledge base', (_name, dir) => {
    const kb = loadKnowledgeBase(dir);
    const files = knowledgeFilesOf(kb);
    const again = buildKnowledgeBase(
      knowledgeFilesFromMap(new Map(files.map((f) => [f.path, f.content]))),
    );
    expect(again).toEqual(kb);
  });

  it('keeps a noise region that starts with text found earlier in the source', () => {
    const kb = loadKnowledgeBase(miniKnowledgeBaseDir);
    const [source] = kb.sources;
    if (!source) throw new Error('the fixture has no source');
    const text = `Comments\n${source.text}\nComments\nReader one: agreed.`;
    const start = [...text].length - 'Comments\nReader one: agreed.'.length;
    const changed = {
      ...kb,
      sources: [{ ...source, text, noise: [{ label: 'comments', start, end: [...text].length }] }],
      claims: [],
      disputes: [],
      relations: kb.relations.filter((r) => r.claimId === null),
    };
    const again = buildKnowledgeBase(
      knowledgeFilesFromMap(new Map(knowledgeFilesOf(changed).map((f) => [f.path, f.content]))),
    );
    expect(again.sources[0]?.noise).toEqual([{ label: 'comments', start, end: [...text].length }]);
  });
});
