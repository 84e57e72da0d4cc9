import { describe, expect, it } from 'vitest';
import { actorNamed, run } from './support.ts';

describe('actors and their links', () => {
  it('links a name behind its title, with the mention on the name alone', () => {
    const r = run('French President Emmanuel Macron met the press in Lyon.');
    const macron = r.actors.find((a) => a.match?.id === 'macron');
    expect(macron?.match?.via).toBe('title-stripped');
    expect(macron?.mentions.map((m) => m.text)).toEqual(['Emmanuel Macron']);
    expect(r.actors.find((a) => a.match?.id === 'france')?.match?.via).toBe('demonym');
  });

  it('gives a surname alone to the full name the text used before', () => {
    const r = run('Anna Kowalczyk chairs the committee. Later, Kowalczyk said the vote was close.');
    const anna = actorNamed(r, 'Anna Kowalczyk');
    expect(anna?.kind).toBe('PERSON');
    expect(anna?.match).toBeNull();
    expect(anna?.mentions.map((m) => m.text)).toEqual(['Anna Kowalczyk', 'Kowalczyk']);
  });

  it('never links another person with a known person’s surname', () => {
    const r = run('Hunter Biden arrived in Paris on Tuesday. Joe Biden stayed in Washington.');
    const hunter = actorNamed(r, 'Hunter Biden');
    expect(hunter?.kind).toBe('PERSON');
    expect(hunter?.match).toBeNull();
    const joe = r.actors.find((a) => a.match?.id === 'joe-biden');
    expect(joe?.mentions.map((m) => m.text)).toEqual(['Joe Biden']);
  });

  it('links a known person’s bare surname, but not the same surname after another first name', () => {
    const alone = run('Scholz said the pipeline would stay closed.');
    expect(alone.actors.find((a) => a.match?.id === 'olaf-scholz')?.match?.via).toBe('surname');
    const other = run('Hans Scholz, a farmer, said the pipeline would stay closed.');
    expect(other.actors.some((a) => a.match?.id === 'olaf-scholz')).toBe(false);
    expect(actorNamed(other, 'Hans Scholz')?.match).toBeNull();
  });

  it('keeps two people of one surname apart, a bare surname going to the last one named', () => {
    const r = run(
      'Maria Santos leads the union. Her cousin Pedro Santos runs the port. Santos said the strike would end.',
    );
    const maria = actorNamed(r, 'Maria Santos');
    const pedro = actorNamed(r, 'Pedro Santos');
    expect(maria && pedro && maria.key !== pedro.key).toBe(true);
    expect(pedro?.mentions.map((m) => m.text)).toContain('Santos');
    expect(maria?.mentions.map((m) => m.text)).toEqual(['Maria Santos']);
  });

  it('reads a capital as its government when it acts and as a city after “in”', () => {
    const r = run('Beijing said the plan was a provocation. Delegates met in Beijing on Friday.');
    const china = r.actors.find((a) => a.match?.id === 'china');
    expect(china?.match?.via).toBe('capital');
    expect(china?.mentions).toHaveLength(1);
    expect(r.actors.find((a) => a.name === 'Beijing' && a.match === null)?.kind).toBe('PLACE');
  });

  it('prefers a known city to its country after “in”', () => {
    const r = run('NATO will open an office in Tokyo next year.');
    expect(r.actors.find((a) => a.mentions.some((m) => m.text === 'Tokyo'))?.match?.id).toBe(
      'tokyo',
    );
  });

  it('links countries the knowledge base does not hold to none, but names them', () => {
    const r = run('Kenya and Brazil signed the accord; Kenyan officials welcomed it.');
    const kenya = actorNamed(r, 'Kenya');
    expect(kenya?.kind).toBe('COUNTRY');
    expect(kenya?.match).toBeNull();
    expect(kenya?.mentions.map((m) => m.text)).toEqual(['Kenya', 'Kenyan']);
  });

  it('proposes a titled stranger as a new person and an institute as an organization', () => {
    const r = run(
      'Professor Lena Dahl of the Arctic Research Institute said the ice was thinning.',
    );
    expect(actorNamed(r, 'Lena Dahl')?.kind).toBe('PERSON');
    expect(actorNamed(r, 'Arctic Research Institute')?.kind).toBe('ORGANIZATION');
  });

  it('does not make actors of sentence openers, days or headline words', () => {
    const r = run(
      'Funding Arrangements and Cooperation\n\nBut on Tuesday the talks stalled. Yet hope remains.',
    );
    const names = r.actors.map((a) => a.name);
    for (const word of ['But', 'Tuesday', 'Yet', 'Funding Arrangements'])
      expect(names).not.toContain(word);
  });

  it('splits an organization, a title and a name with particles', () => {
    const r = run('European Commission President Ursula von der Leyen arrived in Kyiv.');
    expect(actorNamed(r, 'Ursula von der Leyen')?.kind).toBe('PERSON');
    expect(actorNamed(r, 'European Commission')?.kind).toBe('ORGANIZATION');
    const leads = r.claims.find((c) => c.predicateId === 'leads');
    expect(leads && r.actors.find((a) => a.key === leads.objectKey)?.name).toBe(
      'European Commission',
    );
  });

  it('makes an acronym one actor with the name it spells', () => {
    const r = run(
      'The European Union met on Friday. The EU then said it would act. EU officials agreed.',
    );
    const eu = actorNamed(r, 'European Union');
    expect(eu?.mentions.map((m) => m.text)).toEqual(['European Union', 'EU', 'EU']);
    expect(actorNamed(r, 'EU')).toBeUndefined();
  });

  it('tells a league or a republic from a person by the word that names its kind', () => {
    const r = run(
      'The Northern League met on Monday. The Republic of Zembla sent two envoys, and Karla Nowak spoke.',
    );
    expect(actorNamed(r, 'Northern League')?.kind).toBe('ALLIANCE');
    expect(actorNamed(r, 'Republic of Zembla')?.kind).toBe('COUNTRY');
    expect(actorNamed(r, 'Karla Nowak')?.kind).toBe('PERSON');
  });
});
