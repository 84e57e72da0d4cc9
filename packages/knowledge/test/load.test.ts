import { describe, expect, it } from 'vitest';
import { KnowledgeBaseError, loadKnowledgeBase, sliceCodePoints } from '../src/index.ts';
import { editedMini, miniDir } from './helpers.ts';

describe('loadKnowledgeBase on a small hand-made base', () => {
  const kb = loadKnowledgeBase(miniDir);

  it('resolves sources, actors, claims and disputes', () => {
    expect(kb.sources.map((s) => s.id)).toEqual(['gazette', 'herald']);
    expect(kb.sources[0]?.published).toEqual({ value: '2023-05', precision: 'MONTH' });
    expect(kb.actors).toHaveLength(6);
    expect(kb.claims).toHaveLength(4);
    expect(kb.disputes).toEqual([
      expect.objectContaining({ firstId: 'alliance-plans-arden-office', aspect: 'STATUS' }),
    ]);
  });

  it('locates every evidence quote at offsets that slice its source to the quote', () => {
    const textOf = new Map(kb.sources.map((s) => [s.id, s.text]));
    const evidence = kb.claims.flatMap((c) => c.evidence);
    expect(evidence).toHaveLength(5);
    for (const e of evidence)
      expect(sliceCodePoints(textOf.get(e.sourceId) ?? '', e.start, e.end)).toBe(e.quote);
  });

  it('finds noise regions from their verbatim bounds', () => {
    const [noise] = kb.sources[0]?.noise ?? [];
    expect(noise && sliceCodePoints(kb.sources[0]?.text ?? '', noise.start, noise.end)).toBe(
      'Sidebar: unrelated weather news.',
    );
  });

  it('turns claims of relation predicates into actor relations backed by the claim', () => {
    expect(kb.relations).toEqual([
      {
        type: 'MEMBER_OF',
        subjectId: 'arden',
        objectId: 'alliance',
        start: null,
        end: null,
        claimId: 'arden-member',
      },
    ]);
  });

  it('reads the until qualifier, null when absent, and ends a relation there', () => {
    expect(kb.claims.map((c) => c.qualifiers.until)).toEqual([null, null, null, null]);
    const dir = editedMini('claims/gazette.yaml', (t) =>
      t.replace(
        '  object: alliance\n',
        '  object: alliance\n  qualifiers: { time: { value: "2020", precision: year }, until: { value: "2023-05", precision: month } }\n',
      ),
    );
    const edited = loadKnowledgeBase(dir);
    expect(edited.claims.find((c) => c.id === 'arden-member')?.qualifiers).toEqual({
      time: { value: '2020', precision: 'YEAR' },
      asOf: null,
      until: { value: '2023-05', precision: 'MONTH' },
      placeId: null,
    });
    expect(edited.relations).toEqual([
      expect.objectContaining({
        claimId: 'arden-member',
        start: { value: '2020', precision: 'YEAR' },
        end: { value: '2023-05', precision: 'MONTH' },
      }),
    ]);
  });

  it('reads the background mark, false when absent', () => {
    expect(kb.claims.map((c) => c.background)).toEqual([false, false, false, false]);
    const dir = editedMini('claims/gazette.yaml', (t) =>
      t.replace('  object: alliance\n', '  object: alliance\n  background: true\n'),
    );
    const edited = loadKnowledgeBase(dir);
    expect(edited.claims.find((c) => c.id === 'arden-member')?.background).toBe(true);
  });

  it('hashes each source text', () => {
    expect(kb.sources[0]?.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('loadKnowledgeBase rejects', () => {
  const problemsOf = (dir: string) => {
    try {
      loadKnowledgeBase(dir);
    } catch (error) {
      if (error instanceof KnowledgeBaseError) return error.problems;
      throw error;
    }
    throw new Error('expected the knowledge base to be rejected');
  };

  it('a quote that is not verbatim, naming the claim and the quote', () => {
    const dir = editedMini('claims/gazette.yaml', (t) => t.replace('vetoed by', 'blocked by'));
    expect(problemsOf(dir)).toEqual([
      'claim "tesk-blocked-arden-office": quote "the plan was blocked by Borduria’s president, Karl Tesk" in source "gazette": not verbatim in the source',
    ]);
  });

  it('a quote cited from the wrong source', () => {
    const dir = editedMini('claims/gazette.yaml', (t) =>
      t.replace('{ source: herald, quote: "Members', '{ source: gazette, quote: "Members'),
    );
    expect(problemsOf(dir)).toEqual([
      'claim "arden-member": quote "Members are Arden and Borduria." in source "gazette": not verbatim in the source',
    ]);
  });

  it('unknown references, duplicate ids and claims without evidence, all at once', () => {
    const dir = editedMini('claims/gazette.yaml', (t) =>
      t
        .replace('subject: karl-tesk', 'subject: karl-tesc')
        .replace('predicate: blocked', 'predicate: vetoed')
        .replace('id: arden-member', 'id: lindstrom-said-next-year'),
    );
    expect(problemsOf(dir)).toEqual([
      'claim "tesk-blocked-arden-office": subject "karl-tesc" is not an actor',
      'claim "tesk-blocked-arden-office": predicate "vetoed" is not in predicates.yaml',
      'claim id "lindstrom-said-next-year" is used twice',
    ]);
  });

  it('a predicate implying one that does not exist or takes another kind of object', () => {
    const dir = editedMini('predicates.yaml', (t) =>
      t.replace('implies: [supports]', 'implies: [backs, said]'),
    );
    expect(problemsOf(dir)).toEqual([
      'predicate "plans_to_open": implies "backs", which is not a predicate',
      'predicate "plans_to_open": implies "said", whose object is value, not actor',
    ]);
  });

  it('a predicate whose opposite does not exist or does not name it back', () => {
    const opposite = (target: string) =>
      problemsOf(
        editedMini('predicates.yaml', (t) =>
          t.replace('  openEnded: true\n', `  openEnded: true\n  opposite: ${target}\n`),
        ),
      );
    expect(opposite('rejects')).toEqual([
      'predicate "supports": its opposite "rejects" is not a predicate',
    ]);
    expect(opposite('blocked')).toEqual([
      'predicate "supports": its opposite "blocked" must name it back as its opposite',
    ]);
  });

  it('malformed entries with the file and entry named', () => {
    const dir = editedMini('actors.yaml', (t) =>
      t.replace('kind: country }\n- { id: borduria', 'kind: planet }\n- { id: borduria'),
    );
    expect(problemsOf(dir)).toEqual([
      expect.stringMatching(/^actors\.yaml: entry "arden" kind: Invalid option/),
    ]);
  });

  it('an until qualifier before the time qualifier, and a malformed until date', () => {
    const until = (time: string, value: string, precision: string) =>
      problemsOf(
        editedMini('claims/gazette.yaml', (t) =>
          t.replace(
            'qualifiers: { time: { value: "2023", precision: year } }',
            `qualifiers: { time: ${time}, until: { value: "${value}", precision: ${precision} } }`,
          ),
        ),
      );
    const year2023 = '{ value: "2023", precision: year }';
    expect(until(year2023, '2022-12', 'month')).toEqual([
      'claim "alliance-plans-arden-office": its until qualifier (2022-12) is before its time qualifier (2023)',
    ]);
    expect(until('{ value: "2023-05-10", precision: day }', '2023-04', 'month')).toEqual([
      'claim "alliance-plans-arden-office": its until qualifier (2023-04) is before its time qualifier (2023-05-10)',
    ]);
    expect(until(year2023, '2023', 'month')).toEqual([
      'claims/gazette.yaml: entry "alliance-plans-arden-office" qualifiers.until: "2023" is not a month date',
    ]);
  });

  it('accepts an until in the same period as the time, at either precision', () => {
    const dir = (time: string, until: string) =>
      editedMini('claims/gazette.yaml', (t) =>
        t.replace(
          'qualifiers: { time: { value: "2023", precision: year } }',
          `qualifiers: { time: ${time}, until: ${until} }`,
        ),
      );
    expect(() =>
      loadKnowledgeBase(
        dir('{ value: "2023-05", precision: month }', '{ value: "2023", precision: year }'),
      ),
    ).not.toThrow();
    expect(() =>
      loadKnowledgeBase(
        dir('{ value: "2023", precision: year }', '{ value: "2023-01-01", precision: day }'),
      ),
    ).not.toThrow();
  });

  it('on-topic evidence inside a noise region', () => {
    const dir = editedMini('claims/gazette.yaml', (t) =>
      t.replace(
        'quote: "The Alliance agreed to open an office in Arden."',
        'quote: "unrelated weather news."',
      ),
    );
    expect(problemsOf(dir)).toEqual([
      expect.stringContaining('lies in a noise region of "gazette"; mark the claim offTopic'),
    ]);
  });
});
