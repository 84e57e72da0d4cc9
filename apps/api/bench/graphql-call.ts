import { jsonHeaders } from './load.ts';

export interface Answer {
  text: string;
  data: Record<string, unknown>;
}

/** One GraphQL request; fails unless it answers 200 with data and no errors. */
export async function call(url: string, body: string, cookie?: string): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { ...jsonHeaders, ...(cookie ? { cookie } : {}) },
    body,
  });
  const text = await response.text();
  let parsed: { data?: Record<string, unknown> | null; errors?: unknown[] } = {};
  try {
    parsed = JSON.parse(text) as typeof parsed;
  } catch {
    // Reported below with the text.
  }
  if (response.status !== 200 || parsed.errors || !parsed.data)
    throw new Error(`${url}: HTTP ${response.status}: ${text.slice(0, 500)}`);
  return { text, data: parsed.data };
}

/**
 * A published set of ten generated questions on an Attest server, made through its API as an
 * instructor would: sign up, create the set, add generated questions, publish. Its share link.
 */
export async function publishSet(graphqlUrl: string): Promise<string> {
  const origin = 'http://localhost:3000';
  const signUp = await fetch(new URL('/api/auth/sign-up/email', graphqlUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin },
    body: JSON.stringify({
      name: 'Bench instructor',
      email: `bench-${Date.now()}@example.org`,
      password: 'a long enough bench password',
    }),
  });
  const cookie = (signUp.headers.get('set-cookie') ?? '').split(';')[0];
  if (!signUp.ok || !cookie) throw new Error(`sign-up failed: HTTP ${signUp.status}`);
  const ask = (query: string, variables: Record<string, unknown> = {}) =>
    call(graphqlUrl, JSON.stringify({ query, variables }), cookie);
  const set = (await ask('mutation { createQuestionSet(title: "Bench set") { id } }')).data
    .createQuestionSet as { id: string };
  const questions = (
    await ask('{ generateQuestions(input: { count: 10, seed: "bench-set" }) { id } }')
  ).data.generateQuestions as { id: string }[];
  await ask(
    'mutation ($s: ID!, $q: [ID!]!) { addGeneratedQuestions(setId: $s, questionIds: $q) { id } }',
    {
      s: set.id,
      q: questions.map((q) => q.id),
    },
  );
  const published = (
    await ask('mutation ($id: ID!) { publishQuestionSet(id: $id) { shareSlug } }', { id: set.id })
  ).data.publishQuestionSet as { shareSlug: string };
  return published.shareSlug;
}
