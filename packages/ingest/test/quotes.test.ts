import { describe, expect, it } from 'vitest';
import { run, speakerOf } from './support.ts';

describe('direct quotes and their speakers', () => {
  it('finds “…,” X said', () => {
    const r = run(
      '“We will not accept a new office in the region,” Maria Lindqvist said on Monday.',
    );
    expect(speakerOf(r, 'We will not accept')).toBe('Maria Lindqvist');
    expect(r.quotes[0]?.text).toBe('We will not accept a new office in the region,');
  });

  it('finds X said: “…”', () => {
    const r = run('Maria Lindqvist said: “We will not accept a new office in the region.”');
    expect(speakerOf(r, 'We will not accept')).toBe('Maria Lindqvist');
  });

  it('finds “…,” said X, a … at …, naming the person and not the institution', () => {
    const r = run(
      '“The alliance has no plan for the region at all,” said Tomas Varga, a senior fellow at the Baltic Policy Institute.',
    );
    expect(speakerOf(r, 'no plan for the region')).toBe('Tomas Varga');
  });

  it('gives both parts of a quote split by its attribution to one speaker', () => {
    const r = run(
      '“The office is a symbol,” Maria Lindqvist said, “and symbols matter a great deal in diplomacy.”',
    );
    expect(r.quotes).toHaveLength(2);
    expect(speakerOf(r, 'office is a symbol')).toBe('Maria Lindqvist');
    expect(speakerOf(r, 'symbols matter')).toBe('Maria Lindqvist');
  });

  it('resolves he and she to the last person named, not to the last quote’s speaker', () => {
    const text = [
      '“Nothing has been decided about the office yet,” Maria Lindqvist told reporters.',
      'Peter Okafor, the deputy minister, disagreed with that account of the talks.',
      '“We decided it weeks ago in a closed meeting,” he said.',
    ].join(' ');
    const r = run(text);
    expect(speakerOf(r, 'We decided it weeks ago')).toBe('Peter Okafor');
    expect(speakerOf(r, 'Nothing has been decided')).toBe('Maria Lindqvist');
  });

  it('keeps a quotation that spans sentences whole', () => {
    const r = run(
      '“The summit went well. Nobody expected the final text to be this strong,” Maria Lindqvist said.',
    );
    expect(r.quotes).toHaveLength(1);
    expect(r.quotes[0]?.text).toContain('Nobody expected');
    expect(speakerOf(r, 'The summit went well')).toBe('Maria Lindqvist');
  });

  it('continues a quotation into the next sentence and paragraph with the same speaker', () => {
    const r = run(
      '“The office will open next year,” Maria Lindqvist said.\n\n“It will have one person and a very small budget for now.”',
    );
    expect(speakerOf(r, 'one person and a very small budget')).toBe('Maria Lindqvist');
  });

  it('keeps nested single quotes inside the quotation', () => {
    const r = run('“He told me ‘never again’ and walked out of the room,” Maria Lindqvist said.');
    expect(r.quotes).toHaveLength(1);
    expect(r.quotes[0]?.text).toContain('‘never again’');
    expect(speakerOf(r, 'walked out')).toBe('Maria Lindqvist');
  });

  it('reads straight quote marks as curly ones', () => {
    const r = run('"We will not accept a new office in the region," Maria Lindqvist said.');
    expect(speakerOf(r, 'We will not accept')).toBe('Maria Lindqvist');
  });

  it('does not take a scare-quoted term for a quote', () => {
    const r = run(
      'Officials opened the so-called “green corridor” for grain ships, which critics call a “political stunt.” Maria Lindqvist said the corridor would stay open.',
    );
    expect(r.quotes).toEqual([]);
  });

  it('does not take a short quoted phrase for a quote even beside a speech verb', () => {
    const r = run('Maria Lindqvist said the so-called “green corridor” would stay open.');
    expect(r.quotes).toEqual([]);
  });

  it('does not attribute a quotation to whoever speaks in the next sentence', () => {
    const r = run(
      'The report called the plan “a costly mistake that nobody in the capital wanted to defend.” Maria Lindqvist said nothing.',
    );
    expect(r.quotes.every((q) => q.speakerKey === null)).toBe(true);
  });

  it('counts offsets in code points, past characters outside the BMP', () => {
    const r = run('🚀🚀 “We will not accept a new office in the region,” Maria Lindqvist said.');
    const quote = r.quotes[0];
    expect(quote?.start).toBe(4);
    expect(speakerOf(r, 'We will not accept')).toBe('Maria Lindqvist');
  });
});
