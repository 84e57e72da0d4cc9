import { describe, expect, it } from 'vitest';
import { pickActorDistractors } from '../src/distractors.ts';
import { generateQuestions } from '../src/index.ts';
import { indexKnowledgeBase } from '../src/kb-index.ts';
import { searchable } from '../src/names.ts';
import { createRng } from '../src/random.ts';
import { relationHolds } from '../src/truth.ts';
import { pickValueDistractors } from '../src/value-distractors.ts';
import { valueText } from '../src/wording.ts';
import { buildKb, saidClaim } from './support/build-kb.ts';
import { world, worldSpec } from './support/world.ts';

const kb = world();
const index = indexKnowledgeBase(kb);
const actor = (id: string) => {
  const found = index.actors.get(id);
  if (!found) throw new Error(id);
  return found;
};

describe('distractors', () => {
  it('are of the answer’s kind, for every question of every seed', () => {
    for (const seed of [1, 2, 3]) {
      for (const q of generateQuestions(kb, { seed })) {
        const kinds = new Set(
          q.options
            .filter((o) => o.correct && o.actorId)
            .map((o) => actor(o.actorId as string).kind),
        );
        for (const o of q.options.filter((o) => !o.correct && o.actorId)) {
          expect(kinds.has(actor(o.actorId as string).kind), `${q.prompt} ${o.text}`).toBe(true);
        }
      }
    }
  });

  it('prefer organizations with the same description words (think tanks for a think tank)', () => {
    const picks = pickActorDistractors(index, {
      kinds: new Set(['ORGANIZATION']),
      answers: [actor('harbor-institute')],
      storySourceIds: [],
      ruledOut: () => false,
      prompt: searchable('Where does Lena Ortiz work?'),
      count: 2,
      rng: createRng('x'),
    });
    expect(picks.map((p) => p.actor.id).sort()).toEqual(['pine-institute', 'ridge-institute']);
  });

  it('prefer actors of the same story (and not the off-topic sidebar’s)', () => {
    const picks = pickActorDistractors(index, {
      kinds: new Set(['PERSON']),
      answers: [actor('piet-vos')],
      storySourceIds: ['gazette'],
      ruledOut: () => false,
      prompt: searchable('Who said this?'),
      count: 4,
      rng: createRng('x'),
    });
    expect(picks.map((p) => p.actor.id).sort()).toEqual([
      'ana-lindstrom',
      'karl-tesk',
      'lena-ortiz',
      'mira-soto',
    ]);
    expect(picks.every((p) => p.sameStory)).toBe(true);
  });

  it('never include another right answer, also through background relations', () => {
    expect(relationHolds(index, 'MEMBER_OF', 'gorvia', 'quad-four')).toBe(true);
    for (const seed of [1, 2, 3, 4, 5]) {
      const q = generateQuestions(kb, { seed, types: ['SINGLE_CHOICE', 'MULTI_SELECT'] });
      const members = q.find((x) => x.template === 'members:MEMBER_OF');
      expect(members?.options.map((o) => o.actorId)).not.toContain('gorvia');
      const blocked = q.find((x) => x.prompt === 'Who blocked the Alliance office in Arden?');
      expect(blocked?.options.filter((o) => o.correct).map((o) => o.actorId)).toEqual([
        'karl-tesk',
      ]);
    }
  });

  it('drop a candidate another claim makes right (two blockers: neither is the other’s distractor)', () => {
    const spec = structuredClone(worldSpec);
    spec.claims.push({
      id: 'soto-blocked-office',
      s: 'mira-soto',
      p: 'blocked',
      o: 'arden-office',
      statement: 'Mira Soto blocked the office.',
      evidence: [['gazette', 'Mira Soto, Arden’s foreign minister, welcomed the plan.']],
    });
    const twoBlockers = buildKb(spec);
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const qs = generateQuestions(twoBlockers, { seed, types: ['SINGLE_CHOICE'] }).filter((q) =>
        q.prompt.startsWith('Who blocked'),
      );
      for (const q of qs)
        expect(
          q.options.filter((o) => o.actorId === 'mira-soto' || o.actorId === 'karl-tesk'),
        ).toHaveLength(1);
    }
  });

  it('never offer two options with the same normalized name', () => {
    const spec = structuredClone(worldSpec);
    spec.actors.push(['karl-tesk-2', 'Karl Teśk', 'PERSON', 'President of Borduria']);
    spec.actors.push(['soto-twin', 'SOTO', 'PERSON']);
    const clashing = buildKb(spec);
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      for (const q of generateQuestions(clashing, { seed })) {
        const keys = q.options.map((o) =>
          o.text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase(),
        );
        expect(new Set(keys).size).toBe(keys.length);
        const ids = q.options.map((o) => o.actorId);
        expect(ids.includes('mira-soto') && ids.includes('soto-twin')).toBe(false);
      }
    }
  });

  it('skip the question when there are too few distractors of the right kind', () => {
    const spec = structuredClone(worldSpec);
    const gone = ['pine-institute', 'ridge-institute', 'coastal-university', 'acme-arms'];
    spec.actors = spec.actors.filter(([id]) => !gone.includes(id));
    spec.claims = spec.claims.filter((c) => !c.id.includes('praised'));
    const questions = generateQuestions(buildKb(spec), { types: ['SINGLE_CHOICE'] });
    expect(questions.some((q) => q.prompt === 'Where does Lena Ortiz work?')).toBe(false);
  });

  it('never offer an actor tied by a relation to the other side of the fact', () => {
    const spec = structuredClone(worldSpec);
    spec.relations?.push(['PART_OF', 'arden', 'eastern-league']);
    const tied = buildKb(spec);
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      for (const q of generateQuestions(tied, { seed, claimIds: ['arden-in-q4'] })) {
        const offered = q.options.map((o) => o.actorId);
        expect(offered, q.prompt).not.toContain('eastern-league');
        expect(q.prompt).not.toMatch(/Eastern League/);
      }
    }
  });

  it('never offer a value that names its own subject as how another was described', () => {
    const spec = structuredClone(worldSpec);
    spec.predicates.push({ id: 'described_as', object: 'VALUE' });
    spec.actors.push(
      ['riga-dialogue', 'The Riga dialogue', 'INITIATIVE'],
      ['harbor-pact', 'The Harbor pact', 'INITIATIVE'],
      ['arden-annex', 'The Alliance office annex in Arden', 'INITIATIVE'],
    );
    const described = (id: string, s: string, text: string) => ({
      id,
      s,
      p: 'described_as',
      value: { kind: 'text' as const, text },
      statement: `${s} was described as ${text}.`,
      evidence: [['herald', 'the office is a waste of money and time'] as [string, string]],
    });
    spec.claims.push(
      described('office-first', 'arden-office', 'the first Alliance office in Arden'),
      described('pact-truce', 'harbor-pact', 'a lasting truce'),
      described('dialogue-forum', 'riga-dialogue', 'a forum for frank talks'),
    );
    const built = indexKnowledgeBase(buildKb(spec));
    const [forum] = built.valueTruths.get('riga-dialogue|described_as') ?? [];
    const picked = (subjectId: string) =>
      pickValueDistractors(built, {
        subjectId,
        predicateId: 'described_as',
        answers: forum ? [forum] : [],
        storySourceIds: [],
        prompt: ' ',
        count: 5,
        rng: createRng('values'),
      }).map(valueText);
    expect(picked('riga-dialogue')).toEqual(['a lasting truce']);
    // It may still stand for how another Alliance office in Arden was described.
    expect(picked('arden-annex')).toContain('the first Alliance office in Arden');
  });

  describe('fit the sentence', () => {
    const spec = structuredClone(worldSpec);
    spec.actors.push(
      ['jo-park', 'Jo Park', 'PERSON'],
      ['anon-official', 'An anonymous official', 'PERSON'],
    );
    spec.predicates.push({
      id: 'holds_position',
      object: 'VALUE',
      phrasing: ['{subject} is {object}', 'Who is {object}?', 'What position does {subject} hold?'],
    });
    const evidence: [string, string][] = [
      ['courier', 'Gorvia, Fenwick and Borduria sent observers.'],
    ];
    const positions: [string, string][] = [
      ['karl-tesk', 'the President of Borduria'],
      ['mira-soto', 'the Foreign Minister of Arden'],
      ['ana-lindstrom', 'the Chair of the Alliance'],
      ['omar-reyes', 'the Prime Minister of Delmar'],
      ['lena-ortiz', 'an analyst at the Harbor Institute'],
      ['piet-vos', 'a lecturer at Coastal University'],
    ];
    for (const [s, text] of positions) {
      spec.claims.push({
        id: `${s}-position`,
        s,
        p: 'holds_position',
        value: { kind: 'text', text },
        statement: `${s} is ${text}.`,
        evidence,
      });
    }
    // Prominent in the story, and filling the roles others are asked about.
    for (const [p, o] of [
      ['praised', 'arden-office'],
      ['welcomed', 'riga-summit'],
      ['praised', 'riga-summit'],
    ] as const) {
      spec.claims.push({
        id: `anon-${p}-${o}`,
        s: 'anon-official',
        p,
        o,
        statement: `An official ${p} ${o}.`,
        evidence,
      });
    }
    const courier = spec.sources.find((source) => source.id === 'courier');
    if (courier) courier.text += '\n“Nobody wants it,” said one official.';
    spec.claims.push(
      saidClaim(
        'anon-quote',
        'anon-official',
        'Nobody wants it.',
        'An official said nobody wants the office.',
        [['courier', '“Nobody wants it,” said one official.']],
      ),
    );
    const kbWithPositions = buildKb(spec);
    const questions = (seed: number) => generateQuestions(kbWithPositions, { seed });
    const options = (seed: number, prompt: string) =>
      questions(seed)
        .find((q) => q.type === 'SINGLE_CHOICE' && q.prompt === prompt)
        ?.options.map((o) => o.text);

    it('an office holder is not offered as one of many (a president as "an analyst at …")', () => {
      for (const seed of [1, 2, 3, 4, 5]) {
        const offered = options(seed, 'Who is an analyst at the Harbor Institute?');
        // Vos holds a post of many holders, Park none known; the rest hold one office each.
        expect(offered, `seed ${seed}`).toEqual(expect.arrayContaining(['Piet Vos', 'Jo Park']));
        const values = options(seed, 'What position does Lena Ortiz hold?');
        expect(values, `seed ${seed}`).toContain('A lecturer at Coastal University');
      }
    });

    it('an actor known only by a description is neither a wrong option nor the one right one', () => {
      let told = 0;
      for (const seed of [1, 2, 3]) {
        for (const q of questions(seed)) {
          const wrong = q.options.filter((o) => !o.correct).map((o) => o.text);
          expect(wrong, q.prompt).not.toContain('An anonymous official');
          // Alone among named rivals it would give itself away.
          const right = q.options.filter((o) => o.correct).map((o) => o.text);
          if (right.length === 1) expect(right, q.prompt).not.toContain('An anonymous official');
          if (q.type === 'TRUE_FALSE' && q.prompt.startsWith('An anonymous official')) told++;
        }
      }
      // What it did is still told.
      expect(told).toBeGreaterThan(0);
    });
  });

  /** The world with three more countries, in two regions when `regions` is set. */
  const withRegions = (regions: boolean, north: string[], south: string[]) => {
    const spec = structuredClone(worldSpec);
    spec.actors.push(
      ['north', 'The North', 'PLACE'],
      ['south', 'The South', 'PLACE'],
      ['hollin', 'Hollin', 'COUNTRY'],
      ['jorra', 'Jorra', 'COUNTRY'],
      ['kesh', 'Kesh', 'COUNTRY'],
    );
    const partOf = (region: string) => (country: string) =>
      ['PART_OF', country, region] as ['PART_OF', string, string];
    if (regions) {
      spec.relations = [
        ...(spec.relations ?? []),
        ...north.map(partOf('north')),
        ...south.map(partOf('south')),
      ];
    }
    return spec;
  };

  it('for where something is, places in the answer’s region first', () => {
    const options = (regions: boolean) => {
      const spec = withRegions(
        regions,
        ['arden', 'calia', 'delmar', 'hollin', 'jorra'],
        ['borduria', 'esland', 'fenwick', 'gorvia', 'kesh'],
      );
      spec.actors.push(['expo', 'the Expo', 'EVENT']);
      spec.predicates.push({
        id: 'located_in',
        singleValue: true,
        phrasing: ['{subject} is located in {object}', null, 'Where is {subject} located?'],
      });
      spec.claims.push({
        id: 'expo-in-arden',
        s: 'expo',
        p: 'located_in',
        o: 'arden',
        statement: 'The Expo is in Arden.',
        evidence: [['courier', 'Gorvia, Fenwick and Borduria sent observers.']],
      });
      const kb = buildKb(spec);
      return [1, 2, 3, 4, 5].flatMap(
        (seed) =>
          generateQuestions(kb, { seed, types: ['SINGLE_CHOICE'] })
            .find((q) => q.prompt === 'Where is the Expo located?')
            ?.options.filter((o) => !o.correct)
            .map((o) => o.text) ?? [],
      );
    };
    const near = options(true);
    expect(near.length).toBeGreaterThan(0);
    for (const text of near) expect(['Calia', 'Delmar', 'Hollin', 'Jorra']).toContain(text);
    expect(options(false).some((t) => !['Calia', 'Delmar', 'Hollin', 'Jorra'].includes(t))).toBe(
      true,
    );
  });

  it('for who is a member of a group, countries from its members’ region first', () => {
    const wrongOptions = (regions: boolean) => {
      const kb = buildKb(
        withRegions(
          regions,
          ['arden', 'calia', 'delmar', 'esland', 'hollin'],
          ['borduria', 'fenwick', 'jorra', 'kesh'],
        ),
      );
      return [1, 2, 3, 4, 5, 6].map(
        (seed) =>
          generateQuestions(kb, { seed, types: ['MULTI_SELECT'] })
            .find((q) => q.template === 'members:MEMBER_OF')
            ?.options.filter((o) => !o.correct)
            .map((o) => o.text) ?? [],
      );
    };
    // Hollin, the one non-member in the members' region, is always offered.
    for (const offered of wrongOptions(true)) expect(offered).toContain('Hollin');
    expect(wrongOptions(false).some((offered) => !offered.includes('Hollin'))).toBe(true);
  });

  it('for who said a quote, the speaker’s compatriots first', () => {
    const options = (tied: boolean) => {
      const spec = structuredClone(worldSpec);
      spec.actors.push(['ines-roy', 'Ines Roy', 'PERSON']);
      spec.relations = [
        ...(spec.relations ?? []),
        ['AFFILIATED_WITH', 'piet-vos', 'calia'],
        ...(tied
          ? [['AFFILIATED_WITH', 'ines-roy', 'calia'] as ['AFFILIATED_WITH', string, string]]
          : []),
      ];
      const kb = buildKb(spec);
      return [1, 2, 3, 4, 5].map(
        (seed) =>
          generateQuestions(kb, {
            seed,
            types: ['WHO_SAID'],
            claimIds: ['vos-waste'],
          })[0]?.options.map((o) => o.text) ?? [],
      );
    };
    // Roy, of Calia like Vos, is named nowhere in the story, yet is the likeliest confusion.
    for (const offered of options(true)) expect(offered).toContain('Ines Roy');
    expect(options(false).some((offered) => !offered.includes('Ines Roy'))).toBe(true);
  });
});
