import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '@attest/testing';
import type { TestProject } from 'vitest/node';
import { ensureBuild, ensureChromium, startApi, startWeb, webDir } from './servers.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    webUrl: string;
    apiUrl: string;
    /** The API's Mutation fields: the instructor journey needs issue 5's. */
    apiMutations: string[];
  }
}

/** Chromium, a production build, the API on a fresh seeded database, and `next start`. */
export default async function setup(project: TestProject) {
  rmSync(join(webDir, 'test-results'), { recursive: true, force: true });
  ensureChromium();
  ensureBuild();
  const webPort = await freePort();
  const api = await startApi(`http://127.0.0.1:${webPort}`);
  const web = await startWeb(webPort, api.url);
  project.provide('webUrl', web.url);
  project.provide('apiUrl', api.url);
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ __type(name: "Mutation") { fields { name } } }' }),
  });
  const body = (await response.json()) as {
    data?: { __type: { fields: { name: string }[] } | null };
  };
  project.provide('apiMutations', body.data?.__type?.fields.map((f) => f.name) ?? []);
  return async () => {
    await web.stop();
    await api.stop();
  };
}
