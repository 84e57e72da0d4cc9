import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '@attest/testing';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import {
  chromiumArgs,
  chromiumPath,
  ensureBuild,
  ensureChromium,
  startApi,
  startWeb,
} from '../test/servers.ts';

// Lighthouse on the home, quiz and source pages of a production build: the mobile preset
// (Lighthouse's default: a slow 4G network and a 4× slower CPU, simulated) and the desktop
// preset. Aim: performance ≥ 0.95, accessibility 1.0. Simulated throttling scales the CPU time
// measured on this machine: run it on an otherwise idle machine.
ensureChromium();
ensureBuild();
const webPort = await freePort();
const api = await startApi(`http://127.0.0.1:${webPort}`);
const web = await startWeb(webPort, api.url);

const sources = (await (
  await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ sources(first: 1) { edges { node { id } } } }' }),
  })
).json()) as { data: { sources: { edges: { node: { id: string } }[] } } };
const sourceId = sources.data.sources.edges[0]?.node.id ?? '';

const pages = {
  home: '/',
  quiz: '/quiz?count=5&seed=bench',
  source: `/sources/${encodeURIComponent(sourceId)}`,
};

const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath,
  chromeFlags: ['--headless=new', ...chromiumArgs],
});
const rows: Record<string, Record<string, number | string>> = {};
// Every full report too, to see the long tasks, the LCP element and what script runs.
const reports = join(import.meta.dirname, '../test-results/lighthouse');
mkdirSync(reports, { recursive: true });
try {
  for (const [preset, config] of [
    ['mobile', undefined],
    ['desktop', desktopConfig],
  ] as const)
    for (const [page, path] of Object.entries(pages)) {
      const name = `${page} (${preset})`;
      // One warm-up load so the measured run sees compiled, cached server code, as a visitor would.
      await fetch(`${web.url}${path}`);
      const result = await lighthouse(
        `${web.url}${path}`,
        {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        },
        config,
      );
      if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
      const { categories, audits } = result.lhr;
      writeFileSync(join(reports, `${page}-${preset}.json`), JSON.stringify(result.lhr));
      const ms = (id: string) => Math.round(audits[id]?.numericValue ?? Number.NaN);
      rows[name] = {
        performance: categories.performance?.score ?? Number.NaN,
        accessibility: categories.accessibility?.score ?? Number.NaN,
        'best-practices': categories['best-practices']?.score ?? Number.NaN,
        seo: categories.seo?.score ?? Number.NaN,
        'LCP ms': ms('largest-contentful-paint'),
        'TBT ms': ms('total-blocking-time'),
        CLS: Number((audits['cumulative-layout-shift']?.numericValue ?? Number.NaN).toFixed(3)),
        'JS kB': Math.round(
          ((
            audits['resource-summary']?.details as {
              items?: { resourceType: string; transferSize: number }[];
            }
          )?.items?.find((i) => i.resourceType === 'script')?.transferSize ?? 0) / 1024,
        ),
      };
    }
} finally {
  chrome.kill();
  await web.stop();
  await api.stop();
}
console.table(rows);
writeFileSync(
  join(import.meta.dirname, '../test-results/lighthouse.json'),
  JSON.stringify(rows, null, 2),
);
