/**
 * Which Chromium the browser tests and the browser bench drive, so that `npm ci && npm test` needs nothing
 * but npm: CHROME_PATH when set, else the system's Chromium (Debian's /usr/bin/chromium) when it is there,
 * else the headless Chromium that the `@sparticuz/chromium` npm package ships brotli-compressed inside itself,
 * unpacked once into node_modules/.cache/aligned-chromium/<version>/.
 */
import { accessSync, constants, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** An executable regular file (a path hidden by a bind mount of /dev/null, or a directory, is not). */
function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export async function chromiumPath(): Promise<string> {
  const fromEnvironment = process.env.CHROME_PATH;
  if (fromEnvironment) {
    if (!isExecutableFile(fromEnvironment)) {
      throw new Error(
        `CHROME_PATH is "${fromEnvironment}", which is not an executable file. Point it at a Chromium binary, or unset it to use the system's or the npm-installed Chromium.`
      );
    }
    return fromEnvironment;
  }
  if (isExecutableFile(SYSTEM_CHROMIUM)) {
    return SYSTEM_CHROMIUM;
  }
  return npmChromium();
}

/** The Chromium of the @sparticuz/chromium package, unpacked on first use. */
export async function npmChromium(): Promise<string> {
  const require = createRequire(import.meta.url);
  let packageJson: string;
  try {
    // The package's exports hide its package.json; its entry point lies in build/cjs/ below it.
    packageJson = join(dirname(require.resolve('@sparticuz/chromium')), '..', '..', 'package.json');
  } catch {
    throw new Error('No Chromium found: CHROME_PATH is unset, /usr/bin/chromium is absent, and @sparticuz/chromium is not installed. Run `npm ci`.');
  }
  const { version } = JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string };
  const cacheRoot = join(REPO_ROOT, 'node_modules', '.cache', 'aligned-chromium');
  const target = join(cacheRoot, version);
  const binary = join(target, 'chromium');
  if (isExecutableFile(binary)) {
    return binary;
  }
  // The package unpacks into os.tmpdir(), shared by every process on the machine, and half-written files stay
  // there if a run is killed. Unpack into a private directory instead and move it into place in one rename,
  // so a binary in the cache is always whole.
  mkdirSync(cacheRoot, { recursive: true });
  const staging = join(cacheRoot, `unpacking-${process.pid}-${Date.now()}`);
  mkdirSync(staging);
  const previousTmpdir = process.env.TMPDIR;
  process.env.TMPDIR = staging;
  try {
    const { default: Chromium } = (await import('@sparticuz/chromium')) as { default: { executablePath(): Promise<string> } };
    const unpacked = await Chromium.executablePath();
    if (unpacked !== join(staging, 'chromium') || !isExecutableFile(unpacked)) {
      throw new Error(`@sparticuz/chromium ${version} unpacked to "${unpacked}", expected an executable ${join(staging, 'chromium')}.`);
    }
  } finally {
    if (previousTmpdir === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previousTmpdir;
  }
  try {
    renameSync(staging, target);
  } catch (error) {
    // Another process finished first: keep its copy.
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(binary)) throw error;
  }
  return binary;
}
