/**
 * The browser tests' Chromium: CHROME_PATH, else the system's, else the one the npm install brings
 * (@sparticuz/chromium). The npm one is launched here whatever the machine has, so a machine without
 * a system Chromium is never the first to find out that it does not start.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { chromiumPath, npmChromium, SYSTEM_CHROMIUM } from './chromiumPath';

const savedChromePath = process.env.CHROME_PATH;
afterEach(() => {
  if (savedChromePath === undefined) delete process.env.CHROME_PATH;
  else process.env.CHROME_PATH = savedChromePath;
});

function isExecutableFile(path: string): boolean {
  try {
    const stat = statSync(path);
    return stat.isFile() && (stat.mode & 0o111) !== 0;
  } catch {
    return false;
  }
}

describe('chromiumPath', () => {
  it('takes CHROME_PATH when set, and says so when it points at no executable', async () => {
    process.env.CHROME_PATH = '/nonexistent/chromium';
    await expect(chromiumPath()).rejects.toThrow(/CHROME_PATH is "\/nonexistent\/chromium", which is not an executable file/);
    process.env.CHROME_PATH = tmpdir();
    await expect(chromiumPath()).rejects.toThrow(/not an executable file/);
    process.env.CHROME_PATH = process.execPath;
    await expect(chromiumPath()).resolves.toBe(process.execPath);
  });

  it('without CHROME_PATH, takes the system Chromium when present, else the npm one', async () => {
    delete process.env.CHROME_PATH;
    const path = await chromiumPath();
    if (isExecutableFile(SYSTEM_CHROMIUM)) {
      expect(path).toBe(SYSTEM_CHROMIUM);
    } else {
      expect(path).toBe(await npmChromium());
    }
  });

  it('unpacks the npm Chromium into node_modules/.cache once, and it runs headless here', async () => {
    const path = await npmChromium();
    expect(path).toMatch(/node_modules\/\.cache\/aligned-chromium\/\d+\.\d+\.\d+\/chromium$/);
    expect(isExecutableFile(path)).toBe(true);
    expect(await npmChromium()).toBe(path);
    const profile = mkdtempSync(join(tmpdir(), 'aligned-chromium-check-'));
    const context = await chromium.launchPersistentContext(profile, { executablePath: path, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const page = await context.newPage();
      await page.setContent('<canvas id="c" width="10" height="10"></canvas><p id="p">Aligned</p>');
      const seen = await page.evaluate(() => ({
        canvas: !!(document.getElementById('c') as HTMLCanvasElement).getContext('2d'),
        text: document.getElementById('p')!.textContent,
        agent: navigator.userAgent,
      }));
      expect(seen).toEqual({ canvas: true, text: 'Aligned', agent: expect.stringMatching(/HeadlessChrome\/\d+/) });
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  }, 120_000);
});
