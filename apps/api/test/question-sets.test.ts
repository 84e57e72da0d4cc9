import { loadKnowledgeBase } from '@attest/knowledge';
import { miniKnowledgeBaseDir } from '@attest/knowledge/fixtures';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signUp } from './attempt-helpers.ts';
import { codes, gqlAs, openTestApi, type TestApi } from './harness.ts';

const mini = loadKnowledgeBase(miniKnowledgeBaseDir);

interface SetView {
  id: string;
  title: string;
  description: string;
  published: boolean;
  shareSlug: string | null;
  settings: {
    shuffleQuestions: boolean;
    shuffleOptions: boolean;
    drawCount: number | null;
    feedback: string;
  };
  questions: {
    id: string;
    position: number;
    type: string;
    prompt: string;
    stableId: string;
    options: { id: string; text: string; correct: boolean }[];
    acceptedAnswers: string[];
    status: string;
    problems: string[];
    claims: { id: string }[];
    evidence: { quote: string; sourceTitle: string }[];
  }[];
}

const SET = `id title description published shareSlug
  settings { shuffleQuestions shuffleOptions drawCount feedback }
  questions { id position type prompt stableId options { id text correct } acceptedAnswers
    status problems claims { id } evidence { quote sourceTitle } }`;

const claimId = (key: string) => encodeGlobalID('Claim', key);
const rawId = (globalId: string) =>
  Buffer.from(globalId, 'base64').toString('utf8').split(':')[1] ?? '';

const handWritten = {
  type: 'SINGLE_CHOICE',
  prompt: 'Who blocked the office in Arden?',
  options: [
    { text: 'Karl Tesk', correct: true },
    { text: 'Ana Lindström', correct: false },
  ],
  explanation: 'Tesk vetoed it.',
  claimIds: [claimId('tesk-blocked-arden-office')],
};

describe.each(['pglite', 'postgres'] as const)('question sets over the API on %s', (kind) => {
  let t: TestApi;
  let owner: string;
  let stranger: string;
  beforeAll(async () => {
    t = await openTestApi(kind, inject('postgresUrl'), mini);
    owner = (await signUp(t, 'owner')).cookie;
    stranger = (await signUp(t, 'stranger')).cookie;
  });
  afterAll(() => t.close());

  const as = <T = Record<string, unknown>>(
    cookie: string | null,
    query: string,
    variables: Record<string, unknown> = {},
  ) => gqlAs<T>(t, cookie, query, variables);

  const createSet = async (title = 'Arden week') => {
    const r = await as<{ createQuestionSet: SetView }>(
      owner,
      `mutation($title: String!) { createQuestionSet(title: $title, description: "For class 3") { ${SET} } }`,
      { title },
    );
    expect(r.errors).toBeUndefined();
    return r.data?.createQuestionSet as SetView;
  };
  const load = async (id: string, cookie: string | null = owner) => {
    const r = await as<{ node: SetView | null }>(
      cookie,
      `query($id: ID!) { node(id: $id) { ... on QuestionSet { ${SET} } } }`,
      { id },
    );
    return r;
  };
  const owned = async (id: string) => (await load(id)).data?.node as SetView;
  const generatedIds = async (count: number) => {
    const r = await as<{ generateQuestions: { id: string; prompt: string }[] }>(
      null,
      `{ generateQuestions(input: { count: ${count}, seed: "s", types: [SINGLE_CHOICE, TRUE_FALSE, FILL_IN] }) { id prompt } }`,
    );
    return r.data?.generateQuestions ?? [];
  };
  const addQuestion = (setId: string, question: Record<string, unknown>, cookie = owner) =>
    as<{ addQuestion: SetView['questions'][number] }>(
      cookie,
      `mutation($setId: ID!, $q: SetQuestionInput!) { addQuestion(setId: $setId, question: $q) {
        id position type prompt stableId options { id text correct } acceptedAnswers status problems
        claims { id } evidence { quote sourceTitle } } }`,
      { setId, q: question },
    );

  it('asks to sign in for creating and listing sets', async () => {
    const create = await as(null, 'mutation { createQuestionSet(title: "x") { id } }');
    expect(codes(create)).toEqual(['UNAUTHENTICATED']);
    expect(codes(await as(null, '{ myQuestionSets { id } }'))).toEqual(['UNAUTHENTICATED']);
    expect(await t.db.prisma.questionSet.count()).toBe(0);
  });

  it('creates, renames and configures a set for its owner only', async () => {
    const set = await createSet();
    expect(set).toMatchObject({
      title: 'Arden week',
      description: 'For class 3',
      published: false,
      shareSlug: null,
      settings: {
        shuffleQuestions: false,
        shuffleOptions: false,
        drawCount: null,
        feedback: 'AFTER_EACH_QUESTION',
      },
      questions: [],
    });
    const update = `mutation($id: ID!, $title: String, $settings: QuestionSetSettingsInput) {
      updateQuestionSet(id: $id, title: $title, settings: $settings) { ${SET} } }`;
    const updated = await as<{ updateQuestionSet: SetView }>(owner, update, {
      id: set.id,
      title: '  Arden, week 2 ',
      settings: { shuffleQuestions: true, feedback: 'AT_END', drawCount: 3 },
    });
    expect(updated.data?.updateQuestionSet).toMatchObject({
      title: 'Arden, week 2',
      description: 'For class 3',
      settings: { shuffleQuestions: true, shuffleOptions: false, drawCount: 3, feedback: 'AT_END' },
    });

    for (const [variables, message] of [
      [{ title: '   ' }, /title is empty/],
      [{ settings: { drawCount: 0 } }, /drawCount.*at least 1/],
    ] as const) {
      const bad = await as(owner, update, { id: set.id, ...variables });
      expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
      expect(bad.errors?.[0]?.message).toMatch(message);
    }
    const stranger_ = await as(stranger, update, { id: set.id, title: 'Mine now' });
    expect(codes(stranger_)).toEqual(['NOT_FOUND']);
    expect(await owned(set.id)).toMatchObject({
      title: 'Arden, week 2',
      settings: { drawCount: 3 },
    });

    const badTitle = await as(owner, 'mutation { createQuestionSet(title: "") { id } }');
    expect(codes(badTitle)).toEqual(['BAD_USER_INPUT']);
    const mine = await as<{ myQuestionSets: { id: string }[] }>(owner, '{ myQuestionSets { id } }');
    expect(mine.data?.myQuestionSets.map((s) => s.id)).toContain(set.id);
    const theirs = await as<{ myQuestionSets: unknown[] }>(stranger, '{ myQuestionSets { id } }');
    expect(theirs.data?.myQuestionSets).toEqual([]);
  });

  it("answers NOT_FOUND for someone else's set exactly as for an unknown ID", async () => {
    const set = await createSet();
    const unknown = encodeGlobalID('QuestionSet', 'no-such-set');
    const strangers = await load(set.id, stranger);
    const signedOut = await load(set.id, null);
    const missing = await load(unknown, stranger);
    expect(codes(strangers)).toEqual(['NOT_FOUND']);
    expect(codes(signedOut)).toEqual(['NOT_FOUND']);
    expect(strangers.errors?.[0]?.message).toBe(`No QuestionSet has the ID "${set.id}".`);
    expect(missing.errors?.[0]?.message).toBe(`No QuestionSet has the ID "${unknown}".`);
    const nodes = await as<{ nodes: unknown[] }>(
      stranger,
      'query($ids: [ID!]!) { nodes(ids: $ids) { id } }',
      {
        ids: [set.id],
      },
    );
    expect(nodes.data?.nodes).toEqual([null]);
    expect(codes(nodes)).toEqual(['NOT_FOUND']);

    for (const mutation of [
      `mutation($id: ID!) { deleteQuestionSet(id: $id) }`,
      `mutation($id: ID!) { duplicateQuestionSet(id: $id) { id } }`,
      `mutation($id: ID!) { publishQuestionSet(id: $id) { id } }`,
      `mutation($id: ID!) { unpublishQuestionSet(id: $id) { id } }`,
      `mutation($id: ID!) { addQuestion(setId: $id, question: { type: TRUE_FALSE, prompt: "p", options: [{ text: "True", correct: true }, { text: "False", correct: false }] }) { id } }`,
      `mutation($id: ID!) { addGeneratedQuestions(setId: $id, questionIds: ["x"]) { id } }`,
      `mutation($id: ID!) { reorderQuestions(setId: $id, questionIds: []) { id } }`,
      `mutation($id: ID!) { importGift(setId: $id, gift: "::a:: Q {=x ~y}") { imported } }`,
    ]) {
      expect(codes(await as(stranger, mutation, { id: set.id })), mutation).toEqual(['NOT_FOUND']);
      expect(codes(await as(null, mutation, { id: set.id })), mutation).toEqual([
        'UNAUTHENTICATED',
      ]);
    }
    const row = await t.db.prisma.questionSet.findUniqueOrThrow({
      where: { id: rawId(set.id) },
      include: { _count: { select: { questions: true } } },
    });
    expect(row).toMatchObject({ deletedAt: null, publishedAt: null, _count: { questions: 0 } });
    expect(await t.db.prisma.questionSet.count({ where: { title: { endsWith: '(copy)' } } })).toBe(
      0,
    );
  });

  it('adds generated questions as snapshots linked to their claims, all or nothing', async () => {
    const set = await createSet();
    const generated = await generatedIds(3);
    expect(generated.length).toBe(3);
    const add = `mutation($setId: ID!, $ids: [ID!]!) { addGeneratedQuestions(setId: $setId, questionIds: $ids) { ${SET} } }`;
    const added = await as<{ addGeneratedQuestions: SetView }>(owner, add, {
      setId: set.id,
      ids: generated.slice(0, 2).map((q) => q.id),
    });
    expect(added.errors).toBeUndefined();
    const questions = added.data?.addGeneratedQuestions.questions ?? [];
    expect(questions.map((q) => [q.position, q.stableId, q.prompt])).toEqual(
      generated.slice(0, 2).map((q, i) => [i + 1, q.id, q.prompt]),
    );
    for (const q of questions) {
      expect(q.status).toBe('CURRENT');
      expect(q.problems).toEqual([]);
      expect(q.claims.length).toBeGreaterThan(0);
      expect(q.evidence.length).toBeGreaterThan(0);
    }

    const unknown = await as(owner, add, { setId: set.id, ids: [generated[2]?.id, 'made-up-id'] });
    expect(codes(unknown)).toEqual(['BAD_USER_INPUT']);
    expect(unknown.errors?.[0]?.message).toContain('"made-up-id"');
    const again = await as(owner, add, { setId: set.id, ids: [generated[0]?.id] });
    expect(codes(again)).toEqual(['BAD_USER_INPUT']);
    expect(again.errors?.[0]?.message).toMatch(/Already in the set/);
    expect((await owned(set.id)).questions).toHaveLength(2);
  });

  it('adds, edits, reorders and removes hand-written questions, refusing ones that make no sense', async () => {
    const set = await createSet();
    const added = await addQuestion(set.id, handWritten);
    expect(added.errors).toBeUndefined();
    expect(added.data?.addQuestion).toMatchObject({
      position: 1,
      type: 'SINGLE_CHOICE',
      prompt: 'Who blocked the office in Arden?',
      status: 'CURRENT',
      problems: [],
      claims: [{ id: claimId('tesk-blocked-arden-office') }],
      evidence: [{ sourceTitle: expect.any(String) }],
    });
    expect(added.data?.addQuestion.stableId).toMatch(/^h/);

    const bad: [Record<string, unknown>, RegExp][] = [
      [{ ...handWritten, prompt: '  ' }, /prompt is empty/],
      [{ ...handWritten, options: [{ text: 'Only', correct: true }] }, /at least 2 options/],
      [
        {
          ...handWritten,
          options: [
            { text: 'A', correct: false },
            { text: 'B', correct: false },
          ],
        },
        /no option is marked correct/,
      ],
      [
        {
          ...handWritten,
          options: [
            { text: 'A', correct: true },
            { text: 'B', correct: true },
          ],
        },
        /2 options are marked correct/,
      ],
      [
        {
          ...handWritten,
          type: 'WHO_SAID',
          options: [
            { text: 'A', correct: true },
            { text: 'B', correct: true },
          ],
        },
        /who-said question has one/,
      ],
      [
        {
          ...handWritten,
          options: [
            { text: 'Karl  Tesk', correct: true },
            { text: 'karl tesk', correct: false },
          ],
        },
        /are the same/,
      ],
      [{ type: 'FILL_IN', prompt: 'Who?', acceptedAnswers: [] }, /at least one accepted answer/],
      [{ type: 'FILL_IN', prompt: 'Who?' }, /at least one accepted answer/],
      [
        { ...handWritten, claimIds: [claimId('no-such-claim')] },
        new RegExp(`No claim has the ID "${claimId('no-such-claim')}"`),
      ],
      [{ ...handWritten, type: 'SOURCES_DISAGREE' }, /type must be one of/],
    ];
    for (const [question, message] of bad) {
      const r = await addQuestion(set.id, question);
      expect(codes(r), JSON.stringify(question)).toEqual(['BAD_USER_INPUT']);
      expect(r.errors?.[0]?.message).toMatch(message);
    }
    expect((await owned(set.id)).questions).toHaveLength(1);

    const fillIn = await addQuestion(set.id, {
      type: 'FILL_IN',
      prompt: 'Who said the office would open next year?',
      acceptedAnswers: ['Ana Lindström', 'Lindström'],
    });
    const trueFalse = await addQuestion(set.id, {
      type: 'TRUE_FALSE',
      prompt: 'The Alliance plans an office in Arden.',
      options: [
        { text: 'True', correct: true },
        { text: 'False', correct: false },
      ],
    });
    const first = added.data?.addQuestion.id as string;
    const second = fillIn.data?.addQuestion.id as string;
    const third = trueFalse.data?.addQuestion.id as string;

    const update = `mutation($id: ID!, $q: SetQuestionInput!) { updateQuestion(id: $id, question: $q) {
      prompt stableId options { id text correct } claims { id } } }`;
    const edited = await as<{ updateQuestion: SetView['questions'][number] }>(owner, update, {
      id: first,
      q: {
        ...handWritten,
        prompt: 'Who vetoed the Arden office?',
        options: [...handWritten.options, { text: 'Tomas Berg', correct: false }],
        claimIds: [],
      },
    });
    expect(edited.data?.updateQuestion).toMatchObject({
      prompt: 'Who vetoed the Arden office?',
      stableId: added.data?.addQuestion.stableId,
      claims: [],
    });
    // Unchanged option texts keep their IDs.
    expect(edited.data?.updateQuestion.options.slice(0, 2)).toEqual(
      added.data?.addQuestion.options,
    );
    const badEdit = await as(owner, update, { id: first, q: { ...handWritten, options: [] } });
    expect(codes(badEdit)).toEqual(['BAD_USER_INPUT']);
    expect(codes(await as(stranger, update, { id: first, q: handWritten }))).toEqual(['NOT_FOUND']);
    expect((await owned(set.id)).questions[0]?.prompt).toBe('Who vetoed the Arden office?');

    const reorder = `mutation($setId: ID!, $ids: [ID!]!) { reorderQuestions(setId: $setId, questionIds: $ids) { questions { id position } } }`;
    const reordered = await as<{ reorderQuestions: SetView }>(owner, reorder, {
      setId: set.id,
      ids: [third, first, second],
    });
    expect(reordered.data?.reorderQuestions.questions).toEqual([
      { id: third, position: 1 },
      { id: first, position: 2 },
      { id: second, position: 3 },
    ]);
    for (const ids of [
      [third, first],
      [third, first, second, second],
      [third, first, second, encodeGlobalID('SetQuestion', 'x')],
    ]) {
      const r = await as(owner, reorder, { setId: set.id, ids });
      expect(codes(r)).toEqual(['BAD_USER_INPUT']);
      expect(r.errors?.[0]?.message).toMatch(/exactly once/);
    }
    expect((await owned(set.id)).questions.map((q) => q.id)).toEqual([third, first, second]);

    const remove = `mutation($id: ID!) { removeQuestion(id: $id) { questions { id position } } }`;
    expect(codes(await as(stranger, remove, { id: first }))).toEqual(['NOT_FOUND']);
    const removed = await as<{ removeQuestion: SetView }>(owner, remove, { id: third });
    expect(removed.data?.removeQuestion.questions).toEqual([
      { id: first, position: 1 },
      { id: second, position: 2 },
    ]);
    expect(codes(await as(owner, remove, { id: third }))).toEqual(['NOT_FOUND']);
  });

  it('publishes only a valid set, with a share link kept across unpublishing', async () => {
    const set = await createSet('Publish me');
    const publish = `mutation($id: ID!) { publishQuestionSet(id: $id) { published shareSlug } }`;
    const empty = await as(owner, publish, { id: set.id });
    expect(codes(empty)).toEqual(['INVALID_QUESTION_SET']);
    expect(empty.errors?.[0]?.message).toMatch(/no questions/);

    await addQuestion(set.id, handWritten);
    // A stored question gone bad (as an older version might have kept it) blocks publishing.
    const broken = await t.db.prisma.setQuestion.create({
      data: {
        setId: rawId(set.id),
        position: 2,
        type: 'SINGLE_CHOICE',
        prompt: 'Which city hosts the office?',
        options: [
          { id: 'a', text: 'Arden', correct: false },
          { id: 'b', text: 'arden ', correct: false },
        ],
        acceptedAnswers: [],
        stableId: 'broken',
        evidence: [],
      },
    });
    const refused = await as<unknown>(owner, publish, { id: set.id });
    expect(codes(refused)).toEqual(['INVALID_QUESTION_SET']);
    const message = refused.errors?.[0]?.message ?? '';
    expect(message).toContain('question 2 (“Which city hosts the office?”)');
    expect(message).toMatch(/no option is marked correct/);
    expect(message).toMatch(/“Arden” and “arden ” are the same/);
    expect(message).not.toContain('question 1');
    expect((await owned(set.id)).questions[1]?.problems).toHaveLength(2);
    expect((await owned(set.id)).published).toBe(false);
    await t.db.prisma.setQuestion.delete({ where: { id: broken.id } });

    const tooMany = `mutation($id: ID!) { updateQuestionSet(id: $id, settings: { drawCount: 5 }) { id } }`;
    await as(owner, tooMany, { id: set.id });
    const overdrawn = await as(owner, publish, { id: set.id });
    expect(codes(overdrawn)).toEqual(['INVALID_QUESTION_SET']);
    expect(overdrawn.errors?.[0]?.message).toMatch(/draws 5 questions per attempt but has 1/);
    await as(
      owner,
      `mutation($id: ID!) { updateQuestionSet(id: $id, settings: { drawCount: null }) { id } }`,
      { id: set.id },
    );

    const published = await as<{ publishQuestionSet: { published: boolean; shareSlug: string } }>(
      owner,
      publish,
      { id: set.id },
    );
    expect(published.errors).toBeUndefined();
    const slug = published.data?.publishQuestionSet.shareSlug ?? '';
    expect(slug).toMatch(/^[A-Za-z0-9_-]{16}$/);
    // Published: the draw count must fit now.
    expect(codes(await as(owner, tooMany, { id: set.id }))).toEqual(['BAD_USER_INPUT']);

    const shared = `query($slug: String!) { sharedQuestionSet(slug: $slug) { slug title description questionCount feedback } }`;
    const seen = await as(null, shared, { slug });
    expect(seen.data).toEqual({
      sharedQuestionSet: {
        slug,
        title: 'Publish me',
        description: 'For class 3',
        questionCount: 1,
        feedback: 'AFTER_EACH_QUESTION',
      },
    });
    expect(codes(await as(null, shared, { slug: 'not-a-real-link' }))).toEqual(['NOT_FOUND']);

    const unpublish = `mutation($id: ID!) { unpublishQuestionSet(id: $id) { published shareSlug } }`;
    expect(codes(await as(stranger, unpublish, { id: set.id }))).toEqual(['NOT_FOUND']);
    const closed = await as<{ unpublishQuestionSet: { published: boolean; shareSlug: string } }>(
      owner,
      unpublish,
      { id: set.id },
    );
    expect(closed.data?.unpublishQuestionSet).toEqual({ published: false, shareSlug: slug });
    expect(codes(await as(null, shared, { slug }))).toEqual(['NOT_FOUND']);
    const again = await as<{ publishQuestionSet: { shareSlug: string } }>(owner, publish, {
      id: set.id,
    });
    expect(again.data?.publishQuestionSet.shareSlug).toBe(slug);
    expect((await as(null, shared, { slug })).data).toBeTruthy();
  });

  it('duplicates a set with its questions and claim links, unpublished', async () => {
    const set = await createSet('Original');
    await addQuestion(set.id, handWritten);
    await as(owner, `mutation($id: ID!) { publishQuestionSet(id: $id) { id } }`, { id: set.id });
    const copy = await as<{ duplicateQuestionSet: SetView }>(
      owner,
      `mutation($id: ID!) { duplicateQuestionSet(id: $id) { ${SET} } }`,
      { id: set.id },
    );
    const original = await owned(set.id);
    expect(copy.data?.duplicateQuestionSet).toMatchObject({
      title: 'Original (copy)',
      published: false,
      shareSlug: null,
      description: original.description,
    });
    expect(copy.data?.duplicateQuestionSet.id).not.toBe(set.id);
    const strip = (qs: SetView['questions']) => qs.map(({ id: _, ...rest }) => rest);
    expect(strip(copy.data?.duplicateQuestionSet.questions ?? [])).toEqual(
      strip(original.questions),
    );
  });

  it('deletes softly: gone for everyone, attempts kept', async () => {
    const set = await createSet('Doomed');
    await addQuestion(set.id, handWritten);
    const published = await as<{ publishQuestionSet: { shareSlug: string } }>(
      owner,
      `mutation($id: ID!) { publishQuestionSet(id: $id) { shareSlug } }`,
      { id: set.id },
    );
    const slug = published.data?.publishQuestionSet.shareSlug;
    const row = await t.db.prisma.questionSet.findUniqueOrThrow({ where: { id: rawId(set.id) } });
    await t.db.prisma.attempt.create({
      data: { token: `tok-${kind}`, setId: row.id, maxScore: 1 },
    });

    const del = `mutation($id: ID!) { deleteQuestionSet(id: $id) }`;
    expect(codes(await as(stranger, del, { id: set.id }))).toEqual(['NOT_FOUND']);
    expect((await as(owner, del, { id: set.id })).data).toEqual({ deleteQuestionSet: set.id });
    expect(codes(await load(set.id))).toEqual(['NOT_FOUND']);
    expect(codes(await as(owner, del, { id: set.id }))).toEqual(['NOT_FOUND']);
    const mine = await as<{ myQuestionSets: { id: string }[] }>(owner, '{ myQuestionSets { id } }');
    expect(mine.data?.myQuestionSets.map((s) => s.id)).not.toContain(set.id);
    expect(codes(await as(null, `{ sharedQuestionSet(slug: "${slug}") { title } }`))).toEqual([
      'NOT_FOUND',
    ]);
    expect(await t.db.prisma.attempt.count({ where: { setId: row.id } })).toBe(1);
    expect(await t.db.prisma.setQuestion.count({ where: { setId: row.id } })).toBe(1);
  });

  it('shows which questions rest on claims that changed, are disputed or are gone', async () => {
    const set = await createSet('Status');
    for (const [key, prompt] of [
      ['tesk-blocked-arden-office', 'Q changed'],
      ['lindstrom-said-next-year', 'Q disputed'],
      ['arden-member', 'Q removed'],
      ['alliance-plans-arden-office', 'Q current'],
    ] as const) {
      const r = await addQuestion(set.id, {
        type: 'TRUE_FALSE',
        prompt,
        options: [
          { text: 'True', correct: true },
          { text: 'False', correct: false },
        ],
        claimIds: [claimId(key)],
      });
      expect(r.errors).toBeUndefined();
    }
    const statuses = async () =>
      Object.fromEntries((await owned(set.id)).questions.map((q) => [q.prompt, q.status]));
    expect(new Set(Object.values(await statuses()))).toEqual(new Set(['CURRENT']));

    const prisma = t.db.prisma;
    await prisma.claim.update({
      where: { id: 'tesk-blocked-arden-office' },
      data: { statement: 'Tesk blocked it, reportedly.' },
    });
    await prisma.dispute.create({
      data: {
        firstId: 'lindstrom-said-next-year',
        secondId: 'alliance-plans-arden-office',
        aspect: 'DATE',
        description: 'test',
      },
    });
    await prisma.claim.delete({ where: { id: 'arden-member' } });
    expect(await statuses()).toEqual({
      'Q changed': 'CLAIM_CHANGED',
      'Q disputed': 'CLAIM_DISPUTED',
      'Q removed': 'CLAIM_REMOVED',
      // Disputed from the start (the mini corpus disputes it) and still: nothing new.
      'Q current': 'CURRENT',
    });
  });
});
