import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.ts';
import { actorOf, known, run, vocabulary } from './support.ts';

const claimsOf = (r: ReturnType<typeof run>, predicate: string) =>
  r.claims
    .filter((c) => c.predicateId === predicate)
    .map((c) => ({
      subject: actorOf(r, c.subjectKey)?.name,
      object: c.objectKey
        ? actorOf(r, c.objectKey)?.name
        : c.value?.kind === 'text'
          ? c.value.text
          : null,
      evidence: c.evidence.text,
    }));

describe('claims with verbatim evidence', () => {
  it('reads offices from titles: the position, and leading what the title qualifies', () => {
    const r = run(
      'NATO Secretary-General Anders Holm spoke after French President Emmanuel Macron.',
    );
    expect(claimsOf(r, 'holds_position')).toContainEqual({
      subject: 'Anders Holm',
      object: 'the NATO Secretary-General',
      evidence: 'NATO Secretary-General Anders Holm',
    });
    expect(claimsOf(r, 'leads')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ subject: 'Anders Holm', object: 'NATO' }),
        expect.objectContaining({ subject: 'Emmanuel Macron', object: 'France' }),
      ]),
    );
  });

  it('does not make a former office-holder lead', () => {
    const r = run('Former French President Nicolas Sarkozy criticized the deal.');
    expect(claimsOf(r, 'leads')).toEqual([]);
    expect(claimsOf(r, 'holds_position')[0]?.object).toMatch(/former/i);
  });

  it('reads memberships and partnerships from lists', () => {
    const r = run(
      'Talks are held between NATO and its Pacific partners, including Japan, Australia and New Zealand.',
    );
    const partners = claimsOf(r, 'partner_of');
    expect(partners.map((c) => c.subject).sort()).toEqual(['Australia', 'Japan', 'New Zealand']);
    expect(partners.every((c) => c.object === 'NATO')).toBe(true);
  });

  it('keeps a participle that describes the object inside it, and names nothing with “the” alone', () => {
    const r = run('The Republic of Zembla has blocked the proposed trade corridor.');
    expect(claimsOf(r, 'blocked')).toEqual([
      expect.objectContaining({
        subject: 'Republic of Zembla',
        object: 'the proposed trade corridor',
      }),
    ]);
    expect(
      r.claims.every((c) => c.value?.kind !== 'text' || !/^(the|a|an)$/i.test(c.value.text)),
    ).toBe(true);
  });

  it('reads who blocked what, active and passive', () => {
    const active = run('France blocked the liaison office in Tokyo last year.');
    expect(claimsOf(active, 'blocked')).toEqual([
      expect.objectContaining({ subject: 'France', object: 'The NATO liaison office in Tokyo' }),
    ]);
    const passive = run(
      'But the move was shot down at the time by French President Emmanuel Macron.',
    );
    expect(claimsOf(passive, 'blocked')).toEqual([
      expect.objectContaining({ subject: 'Emmanuel Macron', object: 'the move' }),
    ]);
  });

  it('reads plans and support', () => {
    const r = run('Japan plans to open a mission in Brussels. China opposed the plan.');
    expect(claimsOf(r, 'plans_to_open')[0]).toMatchObject({
      subject: 'Japan',
      object: 'a mission in Brussels',
    });
    expect(claimsOf(r, 'opposes')[0]).toMatchObject({ subject: 'China', object: 'the plan' });
  });

  it('makes a said claim of every attributed quote, with the attribution in its evidence', () => {
    const r = run('“We will not accept a new office in the region,” Maria Lindqvist said.');
    const said = r.claims.filter((c) => c.predicateId === 'said');
    expect(said).toHaveLength(1);
    expect(said[0]?.evidence.text).toBe(r.text.slice(0, -1));
    expect(said[0]?.modality).toBe('QUOTE');
  });

  it('uses only the predicates of the vocabulary it is given', () => {
    const text =
      'NATO Secretary-General Anders Holm said: “We will open the office in Tokyo next year.” France blocked it.';
    const narrow = extract(text, {
      actors: known,
      predicates: vocabulary.filter((p) => p.id === 'said'),
    });
    expect(narrow.claims.length).toBeGreaterThan(0);
    expect(narrow.claims.every((c) => c.predicateId === 'said')).toBe(true);
  });
});
