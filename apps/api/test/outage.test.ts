import { fixtureQuestions, makeSet } from '@attest/classroom/testing';
import { connect } from '@attest/db';
import { loadKnowledgeBase } from '@attest/knowledge';
import { miniKnowledgeBaseDir } from '@attest/knowledge/fixtures';
import { createDatabase, type PostgresServer, startPostgres } from '@attest/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from '../src/database-outage.ts';
import { createLogger, type LogLevel } from '../src/logger.ts';
import { signUp } from './attempt-helpers.ts';
import { openTestApi, type TestApi } from './harness.ts';

// A PostgreSQL server of its own: this suite stops and restarts it.
describe('a database outage on PostgreSQL', () => {
  let server: PostgresServer;
  let t: TestApi;
  let owner: { id: string };
  const logged: LogLevel[] = [];
  beforeAll(async () => {
    server = await startPostgres();
    t = await openTestApi('postgres', server.url, loadKnowledgeBase(miniKnowledgeBaseDir), {
      logger: createLogger({ write: (level) => logged.push(level) }),
    });
    owner = await signUp(t, 'owner');
  });
  afterAll(async () => {
    await t?.close();
    server?.stop();
  });

  const post = (query: string, variables: Record<string, unknown> = {}) =>
    t.api.fetch('http://attest/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
  const body = async (response: Response) =>
    (await response.json()) as {
      data?: Record<string, unknown> | null;
      errors?: { message: string; extensions?: { code?: string; retryable?: boolean } }[];
    };

  it('answers 503 with a retryable code while the database is down, and recovers by itself', async () => {
    await server.pause();
    try {
      const down = await post('{ claims(first: 1) { totalCount } }');
      expect(down.status).toBe(503);
      expect(Number(down.headers.get('retry-after'))).toBeGreaterThan(0);
      const { errors } = await body(down);
      expect(errors?.[0]?.extensions).toMatchObject({
        code: 'SERVICE_UNAVAILABLE',
        retryable: true,
      });
      expect(JSON.stringify(errors)).not.toMatch(/ECONNREFUSED|prisma|\n\s+at /i);
      const health = await t.api.fetch('http://attest/healthz');
      expect(health.status).toBe(503);
      expect(await health.json()).toMatchObject({ status: 'degraded' });
    } finally {
      await server.resume();
    }
    let up: Response | undefined;
    for (let i = 0; i < 50 && up?.status !== 200; i++) {
      up = await post('{ claims(first: 1) { totalCount } }');
      if (up.status !== 200) await new Promise((r) => setTimeout(r, 100));
    }
    expect(up?.status).toBe(200);
    expect((await t.api.fetch('http://attest/healthz')).status).toBe(200);
    // An outage is an operator's warning, not a bug's stack trace.
    expect(logged).toContain('warn');
    expect(logged).not.toContain('error');
  });

  it("tells an outage from the texts Prisma wraps a raw query's lost connection in", () => {
    // P2010 carries the driver's words, not its code, for raw queries outside a transaction.
    for (const message of [
      'Raw query failed. Code: `N/A`. Message: `Server has closed the connection.`',
      "Raw query failed. Code: `N/A`. Message: `Can't reach database server at 127.0.0.1:5432`",
    ])
      expect(isDatabaseUnavailable(Object.assign(new Error(message), { code: 'P2010' }))).toBe(
        true,
      );
    expect(
      isDatabaseUnavailable(
        Object.assign(new Error('Raw query failed. Code: `42601`. Message: `syntax error`'), {
          code: 'P2010',
        }),
      ),
    ).toBe(false);
  });

  it('cancels a statement that runs past the time limit, as a retryable outage', async () => {
    const db = await connect({ url: await createDatabase(server.url), statementTimeoutMs: 100 });
    try {
      const error = await db.prisma.$queryRaw`SELECT pg_sleep(2)`.catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Error);
      expect(isDatabaseUnavailable(error)).toBe(true);
      expect(await db.prisma.$queryRaw`SELECT 1 AS one`).toEqual([{ one: 1 }]);
    } finally {
      await db.close();
    }
  });

  it('loses and double-counts no answer when the server restarts during a burst of retried submissions', async () => {
    // Forty questions, the fixture's four kinds ten times over.
    const specs = Array.from({ length: 10 }, (_, round) =>
      Object.values(fixtureQuestions).map((q) => ({ ...q, prompt: `${q.prompt} (${round})` })),
    ).flat();
    const set = await makeSet(t.db.prisma, owner.id, { questions: specs });
    const started = await body(
      await post(
        'mutation ($slug: String!) { startAttempt(slug: $slug) { token questions { id prompt } } }',
        { slug: set.shareSlug },
      ),
    );
    const attempt = started.data?.startAttempt as {
      token: string;
      questions: { id: string; prompt: string }[];
    };
    expect(attempt.questions).toHaveLength(specs.length);

    // The right answer to each question, by prompt.
    const answerTo = (prompt: string) => {
      const spec = specs.find((s) => s.prompt === prompt);
      if (!spec) throw new Error(`no question "${prompt}"`);
      return spec.type === 'FILL_IN'
        ? { text: spec.acceptedAnswers?.[0] ?? '' }
        : { optionIds: (spec.options ?? []).filter((o) => o.correct).map((o) => o.id) };
    };
    const statuses: number[] = [];
    const codes: (string | undefined)[] = [];
    // A client that retries until its answer is acknowledged, with the same key every time.
    const submitUntilAcknowledged = async (question: { id: string; prompt: string }) => {
      const answer = {
        questionId: question.id,
        key: `key-${question.id}`,
        ...answerTo(question.prompt),
      };
      for (let tries = 0; tries < 200; tries++) {
        const response = await post(
          'mutation ($token: String!, $answers: [AttemptAnswerInput!]!) { submitAnswers(token: $token, answers: $answers) { answeredCount } }',
          { token: attempt.token, answers: [answer] },
        );
        const { data, errors } = await body(response);
        statuses.push(response.status);
        codes.push(...(errors ?? []).map((e) => e.extensions?.code));
        if (response.status === 200 && !errors) return data;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`never acknowledged: ${question.prompt}`);
    };

    // Every answer is sent twice, as a client whose first reply got lost would.
    const burst = Promise.all(
      [...attempt.questions, ...attempt.questions].map(async (q, i) => {
        await new Promise((r) => setTimeout(r, i * 15));
        return submitUntilAcknowledged(q);
      }),
    );
    await new Promise((r) => setTimeout(r, 300));
    await server.pause();
    await new Promise((r) => setTimeout(r, 700));
    await server.resume();
    await burst;

    expect(statuses).toContain(503);
    expect(statuses.filter((s) => s !== 200 && s !== 503)).toEqual([]);
    expect(new Set(codes.filter(Boolean))).toEqual(new Set(['SERVICE_UNAVAILABLE']));
    const submissions = await t.db.prisma.answerSubmission.findMany({
      where: { attempt: { token: attempt.token } },
    });
    expect(submissions).toHaveLength(specs.length);
    const finished = await body(
      await post('mutation ($token: String!) { finishAttempt(token: $token) { score maxScore } }', {
        token: attempt.token,
      }),
    );
    expect(finished.data?.finishAttempt).toEqual({ score: specs.length, maxScore: specs.length });
    expect(logged).not.toContain('error');
  });
});
