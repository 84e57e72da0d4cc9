import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { chromiumArgs, chromiumPath, webDir } from './servers.ts';

export const resultsDir = join(webDir, 'test-results');
mkdirSync(resultsDir, { recursive: true });

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
}

export const phone = { width: 390, height: 844 };
export const desktop = { width: 1280, height: 900 };

export async function newPage(
  browser: Browser,
  baseURL: string,
  viewport = desktop,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL, viewport });
  const page = await context.newPage();
  return { context, page };
}

const axeFile = join(resultsDir, 'axe.json');

/**
 * Saves a full-page screenshot of the page as it is and runs axe on it: no serious or critical
 * violation is allowed (WCAG 2.x A and AA rules plus best practices).
 */
export async function audit(page: Page, name: string): Promise<void> {
  // After a client-side navigation Next streams the new page's metadata after its content, so
  // the heading can be on screen a moment before the <title> is.
  await page.waitForFunction(() => document.title.trim() !== '');
  await page.screenshot({ path: join(resultsDir, `${name}.png`), fullPage: true });
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const violations = results.violations.map((v) => ({
    id: v.id,
    impact: v.impact ?? 'unknown',
    nodes: v.nodes.length,
    help: v.help,
    targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
  }));
  // One summary for the run (global setup clears it): every page's violations, of any impact.
  const summary = existsSync(axeFile) ? JSON.parse(readFileSync(axeFile, 'utf8')) : {};
  summary[name] = { violations };
  writeFileSync(axeFile, JSON.stringify(summary, null, 2));
  const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(blocking, `axe on ${name}`).toEqual([]);
}
