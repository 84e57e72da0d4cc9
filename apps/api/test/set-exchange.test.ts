import { loadKnowledgeBase } from '@attest/knowledge';
import { miniKnowledgeBaseDir } from '@attest/knowledge/fixtures';
import { encodeGlobalID } from '@pothos/plugin-relay';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signUp } from './attempt-helpers.ts';
import { gqlAs, openTestApi, type TestApi } from './harness.ts';

const mini = loadKnowledgeBase(miniKnowledgeBaseDir);

const question = (prompt: string, claim: string) => ({
  type: 'SINGLE_CHOICE',
  prompt,
  options: [
    { text: 'Karl Tesk', correct: true },
    { text: 'Ana Lindström', correct: false },
  ],
  explanation: `Because of ${claim}.`,
  claimIds: [encodeGlobalID('Claim', claim)],
});

describe.each(['pglite', 'postgres'] as const)(
  'set exports and imports over the API on %s',
  (kind) => {
    let t: TestApi;
    let owner: string;
    let stranger: string;
    let setId: string;
    beforeAll(async () => {
      t = await openTestApi(kind, inject('postgresUrl'), mini);
      owner = (await signUp(t, 'owner')).cookie;
      stranger = (await signUp(t, 'stranger')).cookie;
      setId = await makeSet(owner, 'Arden: week 1', 2);
    });
    afterAll(() => t.close());

    async function makeSet(cookie: string, title: string, questions: number) {
      const created = await gqlAs<{ createQuestionSet: { id: string } }>(
        t,
        cookie,
        'mutation($title: String!) { createQuestionSet(title: $title) { id } }',
        { title },
      );
      const id = created.data?.createQuestionSet.id as string;
      const claims = ['tesk-blocked-arden-office', 'alliance-plans-arden-office', 'arden-member'];
      for (let i = 0; i < questions; i++) {
        const r = await gqlAs(
          t,
          cookie,
          'mutation($id: ID!, $q: SetQuestionInput!) { addQuestion(setId: $id, question: $q) { id } }',
          {
            id,
            q: question(`Question ${i + 1}: who blocked it?`, claims[i % claims.length] ?? ''),
          },
        );
        expect(r.errors).toBeUndefined();
      }
      return id;
    }

    const download = (path: string, headers: Record<string, string> = {}) =>
      t.api.fetch(`http://attest${path}`, { headers });

    it('offers each format as a GraphQL field with file name, media type and notes', async () => {
      const r = await gqlAs<{
        node: {
          gift: { filename: string; content: string };
          kahoot: { notes: string[]; mediaType: string; encoding: string; content: string };
        };
      }>(
        t,
        owner,
        `query($id: ID!) { node(id: $id) { ... on QuestionSet {
        gift: export(format: GIFT) { format filename mediaType encoding content notes }
        kahoot: export(format: KAHOOT_XLSX) { mediaType encoding content notes } } } }`,
        { id: setId },
      );
      expect(r.errors).toBeUndefined();
      expect(r.data?.node.gift.filename).toBe('arden-week-1.gift.txt');
      // gift-pegjs reads exports in the classroom package's tests; here: one titled question each.
      expect(r.data?.node.gift.content.match(/^::h\w+::\[plain\]Question/gm)).toHaveLength(2);
      const kahoot = r.data?.node.kahoot;
      expect(kahoot).toMatchObject({
        mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        encoding: 'BASE64',
      });
      // A zip file (an .xlsx), and the explanations it cannot carry are named.
      expect(
        Buffer.from(kahoot?.content ?? '', 'base64')
          .subarray(0, 2)
          .toString(),
      ).toBe('PK');
      expect(kahoot?.notes).toEqual([
        "Not in the file: explanations and evidence: Kahoot's template has no place for them.",
      ]);
    });

    it('downloads the Kahoot spreadsheet intact, and names the questions left out', async () => {
      const id = await makeSet(owner, 'Arden: Kahoot', 2);
      const fillIn = await gqlAs(
        t,
        owner,
        'mutation($id: ID!, $q: SetQuestionInput!) { addQuestion(setId: $id, question: $q) { id } }',
        {
          id,
          q: { type: 'FILL_IN', prompt: 'Who blocked it?', acceptedAnswers: ['Karl Tesk'] },
        },
      );
      expect(fillIn.errors).toBeUndefined();
      const file = await download(`/export/${encodeURIComponent(id)}/kahoot-xlsx`, {
        cookie: owner,
      });
      expect(file.status).toBe(200);
      expect(file.headers.get('content-type')).toBe(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      expect(file.headers.get('content-disposition')).toBe(
        'attachment; filename="arden-kahoot.kahoot.xlsx"',
      );
      // Read back as a spreadsheet: a byte changed on the way (text decoding) would break it.
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(await file.arrayBuffer());
      const prompts: string[] = [];
      workbook.worksheets[0]?.eachRow((row, n) => {
        if (n > 8) prompts.push(String(row.getCell(2).value));
      });
      expect(prompts).toEqual(['Question 1: who blocked it?', 'Question 2: who blocked it?']);
      const notes = await gqlAs<{ node: { export: { notes: string[] } } }>(
        t,
        owner,
        'query($id: ID!) { node(id: $id) { ... on QuestionSet { export(format: KAHOOT_XLSX) { notes } } } }',
        { id },
      );
      expect(notes.data?.node.export.notes[0]).toMatch(
        /^Left out question 3 \(“Who blocked it\?”\): it does not fit Kahoot: fill-in question/,
      );
      // The old CSV address is gone; the answer lists the formats there are.
      const old = await download(`/export/${encodeURIComponent(id)}/kahoot-csv`, { cookie: owner });
      expect(old.status).toBe(404);
      expect(await old.text()).toContain('kahoot-xlsx');
    });

    it('serves downloads to the owner (cookie or bearer), 401 signed out, 404 to others', async () => {
      const path = `/export/${encodeURIComponent(setId)}/moodle-xml`;
      const mine = await download(path, { cookie: owner });
      expect(mine.status).toBe(200);
      expect(mine.headers.get('content-type')).toBe('application/xml; charset=utf-8');
      expect(mine.headers.get('content-disposition')).toBe(
        'attachment; filename="arden-week-1.moodle.xml"',
      );
      expect(await mine.text()).toContain('<quiz>');

      const signIn = await t.api.fetch('http://attest/api/auth/sign-in/email', {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'http://attest' },
        body: JSON.stringify({ email: await ownerEmail(), password: 'a long enough password' }),
      });
      const token = signIn.headers.get('set-auth-token');
      const bearer = await download(`/export/${setId}/gift`, { authorization: `Bearer ${token}` });
      expect(bearer.status).toBe(200);
      expect(bearer.headers.get('content-disposition')).toMatch(
        /attachment; filename="arden-week-1\.gift\.txt"/,
      );

      expect((await download(path)).status).toBe(401);
      const theirs = await download(path, { cookie: stranger });
      const unknown = await download(
        `/export/${encodeGlobalID('QuestionSet', 'nope')}/moodle-xml`,
        { cookie: stranger },
      );
      expect([theirs.status, unknown.status]).toEqual([404, 404]);
      expect(await theirs.text()).toBe(await unknown.text());
      expect((await download(`/export/${setId}/pdf`, { cookie: owner })).status).toBe(404);
      expect((await download('/export/%E0%A4%A/gift', { cookie: owner })).status).toBe(404);
    });

    async function ownerEmail() {
      const r = await gqlAs<{ viewer: { email: string } }>(t, owner, '{ viewer { email } }');
      return r.data?.viewer.email;
    }

    it('imports GIFT: an export read back updates in place; the report lists what was skipped', async () => {
      const gift = (
        await gqlAs<{ node: { export: { content: string } } }>(
          t,
          owner,
          'query($id: ID!) { node(id: $id) { ... on QuestionSet { export(format: GIFT) { content } } } }',
          { id: setId },
        )
      ).data?.node.export.content as string;
      const mutation = `mutation($id: ID!, $gift: String!) { importGift(setId: $id, gift: $gift) {
      imported updated skipped { title reason } warnings set { questions { prompt } } } }`;
      const extra =
        '::new-one:: Which alliance? {=The Alliance ~The Pact}\n\n::bad:: Which? {~a ~b}';
      const r = await gqlAs<{ importGift: Record<string, unknown> }>(t, owner, mutation, {
        id: setId,
        gift: `${gift}\n${extra}`,
      });
      expect(r.errors).toBeUndefined();
      expect(r.data?.importGift).toMatchObject({
        imported: 1,
        updated: 2,
        skipped: [{ title: 'bad', reason: expect.stringMatching(/right/) }],
        set: {
          questions: [
            { prompt: 'Question 1: who blocked it?' },
            { prompt: 'Question 2: who blocked it?' },
            { prompt: 'Which alliance?' },
          ],
        },
      });
      const theirs = await gqlAs(t, stranger, mutation, { id: setId, gift: extra });
      expect(theirs.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const empty = await gqlAs(t, owner, mutation, { id: setId, gift: ' ' });
      expect(empty.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('loads sets with their questions, claims, evidence and status in a fixed number of statements', async () => {
      const small = (await signUp(t, 'small')).cookie;
      const large = (await signUp(t, 'large')).cookie;
      await makeSet(small, 'One', 1);
      await makeSet(large, 'Two', 3);
      await makeSet(large, 'Three', 3);
      const query = `{ myQuestionSets { title questions { prompt status problems options { text }
      claims { statement } evidence { quote source { title } claim { statement } } } } }`;
      const measure = async (cookie: string) => {
        t.statements.length = 0;
        const r = await gqlAs<{ myQuestionSets: { questions: unknown[] }[] }>(t, cookie, query);
        expect(r.errors).toBeUndefined();
        return {
          statements: t.statements.length,
          questions: r.data?.myQuestionSets.flatMap((s) => s.questions).length,
        };
      };
      const one = await measure(small);
      const six = await measure(large);
      expect([one.questions, six.questions]).toEqual([1, 6]);
      expect(six.statements).toBe(one.statements);
    });
  },
);
