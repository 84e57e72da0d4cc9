import { loadKnowledgeBase } from '@attest/knowledge';
import { miniKnowledgeBaseDir } from '@attest/knowledge/fixtures';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openTestApi, type TestApi } from './harness.ts';

const mini = loadKnowledgeBase(miniKnowledgeBaseDir);

describe('variables and extensions that are not JSON', () => {
  let t: TestApi;
  beforeAll(async () => {
    t = await openTestApi('pglite', inject('postgresUrl'), mini);
  });
  afterAll(() => t.close());

  const get = (params: string) =>
    t.api.fetch(`http://attest/graphql?query=${encodeURIComponent('{ __typename }')}&${params}`, {
      headers: { 'x-graphql-yoga-csrf': '1', accept: 'application/json' },
    });
  const formPost = (params: string) =>
    t.api.fetch('http://attest/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-graphql-yoga-csrf': '1' },
      body: `query=${encodeURIComponent('{ __typename }')}&${params}`,
    });
  const refusal = async (response: Response) => [response.status, await response.json()];
  const because = (name: string) => ({
    errors: [
      {
        message: `The "${name}" parameter is not valid JSON.`,
        extensions: { code: 'BAD_REQUEST' },
      },
    ],
  });

  it('in a GET request: 400, naming the parameter', async () => {
    expect(await refusal(await get('variables=notjson'))).toEqual([400, because('variables')]);
    expect(await refusal(await get('extensions=%7B'))).toEqual([400, because('extensions')]);
  });

  it('in a form-encoded POST: 400, naming the parameter', async () => {
    expect(await refusal(await formPost('variables=notjson'))).toEqual([400, because('variables')]);
  });

  it('valid JSON still works', async () => {
    const response = await get(`variables=${encodeURIComponent('{"a":1}')}`);
    expect(await refusal(response)).toEqual([200, { data: { __typename: 'Query' } }]);
    const form = await formPost('variables=%7B%7D');
    expect(await refusal(form)).toEqual([200, { data: { __typename: 'Query' } }]);
  });
});
