/**
 * What the browser tests share: the built artefacts, the preview server on a free port,
 * one headless Chromium (playwright-core; CHROME_PATH, else the system's, else the one npm installs:
 * see chromiumPath.ts) with a fresh profile, and a record of every console error and failed request.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { buildHostBundle, buildProducts, REPO_ROOT } from '../preview/buildHost';
import { startPreviewServer, type PreviewServer } from '../preview/server';
import type { DemoPayload } from '../preview/demoPayload';
import { chromiumPath } from './chromiumPath';

export { chromiumPath };

export const SCREENSHOT_DIR = join(REPO_ROOT, 'test-results');

const PRODUCT_ARTEFACTS = [
  join(REPO_ROOT, 'grafana-panel', 'dist', 'module.js'),
  join(REPO_ROOT, 'grafana-panel', 'dist', 'plugin.json'),
  join(REPO_ROOT, 'sheets-addon', 'dist', 'Code.js'),
];

/** `npm test` builds the products first; a lone `vitest run test/browser` builds what is missing. */
export async function ensureBuilt(): Promise<void> {
  if (PRODUCT_ARTEFACTS.some((file) => !existsSync(file))) {
    await buildProducts({ quiet: true });
  }
  await buildHostBundle({ quiet: true });
}

export interface Problems {
  consoleErrors: string[];
  failedRequests: string[];
}

export interface Preview {
  server: PreviewServer;
  context: BrowserContext;
  problems: Problems;
  close(): Promise<void>;
}

/** Starts the server and the browser; every page opened in `context` is watched for problems. */
export async function startPreview(options: { demo?: DemoPayload } = {}): Promise<Preview> {
  const executablePath = await chromiumPath();
  await ensureBuilt();
  const server = await startPreviewServer({ port: 0, demo: options.demo });
  const profile = mkdtempSync(join(tmpdir(), 'aligned-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      // A fixed locale: Chromium derives it from LANG, and LANG=C.UTF-8 (usual on servers and CI) gives it
      // "en-US@posix", which Intl refuses as a language tag.
      locale: 'en-US',
      viewport: { width: 1440, height: 1100 },
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    });
  } catch (error) {
    await server.close();
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
  const problems: Problems = { consoleErrors: [], failedRequests: [] };
  context.on('page', (page) => watch(page, problems));
  for (const page of context.pages()) {
    watch(page, problems);
  }
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return {
    server,
    context,
    problems,
    close: async () => {
      await context.close().catch(() => undefined);
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

function watch(page: Page, problems: Problems): void {
  page.on('console', (message) => {
    if (message.type() === 'error') {
      problems.consoleErrors.push(`${page.url()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.consoleErrors.push(`${page.url()}: uncaught ${error.message}`));
  page.on('requestfailed', (request) =>
    problems.failedRequests.push(`${request.method()} ${request.url()}: ${request.failure()?.errorText ?? 'failed'}`)
  );
  page.on('response', (response) => {
    if (response.status() >= 400) {
      problems.failedRequests.push(`${response.request().method()} ${response.url()}: HTTP ${response.status()}`);
    }
  });
}

/** Opens a preview page and waits until its script says it is ready (or failed, with its message). */
export async function openPage(preview: Preview, path: string): Promise<Page> {
  const page = await preview.context.newPage();
  await page.goto(`${preview.server.url}${path}`);
  await page.waitForFunction(() => document.body.dataset.ready !== undefined, undefined, { timeout: 30_000 });
  const state = await page.evaluate(() => document.body.dataset.ready);
  if (state !== 'true') {
    const message = await page.locator('[role="alert"]').first().textContent();
    throw new Error(`${path} failed to start: ${message}`);
  }
  return page;
}

export function screenshotPath(name: string): string {
  return join(SCREENSHOT_DIR, `${name}.png`);
}
