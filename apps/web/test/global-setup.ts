import type { TestProject } from 'vitest/node';
import { ensureBuild, ensureChromium, freePort, startApi, startWeb } from './servers.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    webUrl: string;
    apiUrl: string;
  }
}

/** Chromium, a production build, the API on a fresh seeded database, and `next start`. */
export default async function setup(project: TestProject) {
  ensureChromium();
  ensureBuild();
  const webPort = await freePort();
  const api = await startApi(`http://127.0.0.1:${webPort}`);
  const web = await startWeb(webPort, api.url);
  project.provide('webUrl', web.url);
  project.provide('apiUrl', api.url);
  return async () => {
    await web.stop();
    await api.stop();
  };
}
