import type { APIRequestContext, Page } from 'playwright-core';
import { expect } from 'vitest';

/** A GraphQL call through the web app's proxy, as the page's session; fails on any error. */
export async function gql<T>(request: APIRequestContext, query: string, variables: object = {}) {
  const r = await request.post('/graphql', { data: { query, variables } });
  const body = (await r.json()) as { data?: T; errors?: { message: string }[] };
  expect(body.errors, query).toBeUndefined();
  return body.data as T;
}

/**
 * A new instructor signed in on `page`, owning a new set that holds `questions`: the set's ID
 * and studio path. Journeys that are about something else start here rather than in the editor.
 */
export async function teacherWithSet(
  page: Page,
  webUrl: string,
  { name, title, questions }: { name: string; title: string; questions: object[] },
): Promise<{ setId: string; setPath: string }> {
  const signUp = await page.request.post('/api/auth/sign-up/email', {
    headers: { origin: webUrl },
    data: {
      name,
      email: `teacher-${Date.now()}-${Math.random().toString(36).slice(2)}@example.org`,
      password: 'correct horse battery',
    },
  });
  expect(signUp.status()).toBe(200);
  const { createQuestionSet: set } = await gql<{ createQuestionSet: { id: string } }>(
    page.request,
    'mutation ($title: String!) { createQuestionSet(title: $title) { id } }',
    { title },
  );
  for (const q of questions)
    await gql(
      page.request,
      'mutation ($set: ID!, $q: SetQuestionInput!) { addQuestion(setId: $set, question: $q) { id } }',
      { set: set.id, q },
    );
  return { setId: set.id, setPath: `/studio/sets/${encodeURIComponent(set.id)}` };
}

/** Publishes the set open in the editor on `page`: the link for learners it shows. */
export async function publishSet(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Publish' }).click();
  const share = page.getByLabel('Link for learners');
  await share.waitFor();
  const link = await share.inputValue();
  expect(link).toMatch(/\/s\/[^/]+$/);
  return link;
}
