import { loadKnowledgeBase } from '@attest/knowledge';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { gqlAs, openTestApi, type TestApi } from './harness.ts';

interface Hit {
  statement: string;
  predicate: { key: string };
  subject: { name: string };
  object: { name: string } | null;
  speaker: { name: string } | null;
  evidence: { quote: string; source: { title: string } }[];
}

const names = (h: Hit) =>
  [h.subject.name, h.object?.name, h.speaker?.name].filter(Boolean).join(' | ');

/** Questions a learner might type, and what one of the top five claims must be. */
const questions: [string, (h: Hit) => boolean][] = [
  [
    'Who blocked the Tokyo office?',
    (h) => h.subject.name === 'Emmanuel Macron' && h.predicate.key === 'blocked',
  ],
  ['who shot down the idea of a NATO office in Tokyo', (h) => h.subject.name === 'Emmanuel Macron'],
  [
    'What did Billstrom say about the liaison office?',
    (h) => h.speaker?.name === 'Tobias Billström',
  ],
  ['How did Beijing react to the liaison office?', (h) => /China|Chinese|Mao Ning/.test(names(h))],
  [
    'When is the NATO summit in Vilnius?',
    (h) => /Vilnius/.test(names(h)) && /July|June/.test(h.evidence.map((e) => e.quote).join(' ')),
  ],
  ['Who is the NATO Secretary-General?', (h) => h.subject.name === 'Jens Stoltenberg'],
  [
    'Where will Japan open its mission to NATO?',
    (h) => /Belgium/.test(h.evidence.map((e) => e.quote).join(' ')),
  ],
  ['Who will pay for the office?', (h) => /fund|pay/i.test(h.statement)],
  ['What did Mao Ning say?', (h) => h.speaker?.name === 'Mao Ning'],
  ['Who said NATO had been too naive on China?', (h) => h.speaker?.name === 'Mette Frederiksen'],
  [
    'How much of GDP will Japan, Korea and Australia spend on defense?',
    (h) => /2 percent/.test(h.evidence.map((e) => e.quote).join(' ')),
  ],
  ['Which think tank is George Beebe from?', (h) => /Quincy/.test(names(h))],
  ['Who skipped the Washington summit?', (h) => /Albanese/.test(names(h))],
  [
    'Where else has NATO opened liaison offices?',
    (h) => /Ukraine|Georgia|Kuwait|Moldova/.test(names(h)),
  ],
  [
    'What did the 2022 Strategic Concept call China?',
    (h) => /systemic challenge|threat/.test(h.statement),
  ],
  [
    'What did Stoltenberg say about Taiwan in Japan?',
    (h) => h.subject.name === 'Jens Stoltenberg' && /Taiwan/.test(h.statement),
  ],
  ['What does Camille Grand think about Macron?', (h) => h.speaker?.name === 'Camille Grand'],
  ['ITPP', (h) => /Individually Tailored Partnership/.test(names(h))],
  ['Elbridge Colby on Estonia and Taiwan', (h) => h.speaker?.name === 'Elbridge Colby'],
  [
    'Tobias c',
    (h) => h.speaker?.name === 'Tobias Billström' || h.subject.name === 'Tobias Billström',
  ],
];

describe.each(['pglite', 'postgres'] as const)('claims(search:) over the corpus on %s', (kind) => {
  let t: TestApi;
  beforeAll(async () => {
    t = await openTestApi(kind, inject('postgresUrl'), loadKnowledgeBase());
  });
  afterAll(() => t.close());

  const top = async (search: string, first = 5) => {
    const { data, errors } = await gqlAs<{ claims: { edges: { node: Hit }[] } }>(
      t,
      null,
      `query($s: String!, $n: Int!) { claims(search: $s, first: $n) { edges { node {
        statement predicate { key } subject { name } object { name } speaker { name }
        evidence { quote source { title } }
      } } } }`,
      { s: search, n: first },
    );
    expect(errors).toBeUndefined();
    return data?.claims.edges.map((e) => e.node) ?? [];
  };

  it('design card 1: Macron\'s claim, with its evidence, for "Who blocked the Tokyo office?"', async () => {
    const hit = (await top('Who blocked the Tokyo office?')).find(
      (h) => h.subject.name === 'Emmanuel Macron',
    );
    expect(hit?.evidence).toContainEqual({
      quote: 'But the move was shot down at the time by French President Emmanuel Macron',
      source: {
        title: 'NATO Considers Opening a Tokyo Office to Have a Permanent Indo-Pacific Footprint',
      },
    });
  });

  it('design card 2: the membership claims of all four AP4 countries for "Which countries make up the AP4?"', async () => {
    const members = (await top('Which countries make up the AP4?'))
      .filter((h) => h.predicate.key === 'member_of' && h.object?.name === 'The AP4')
      .map((h) => h.subject.name);
    expect(members.sort()).toEqual(['Australia', 'Japan', 'New Zealand', 'South Korea']);
  });

  it.each(questions)('%s', async (question, expected) => {
    const hits = await top(question);
    expect(hits.some(expected), hits.map((h) => h.statement).join('\n')).toBe(true);
  });
});
