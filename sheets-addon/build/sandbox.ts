/**
 * Runs the built dist/Code.js the way Apps Script does, for tests and benchmarks:
 * one script in one global scope (a node:vm context), with only the Apps Script
 * services a test chooses to provide.
 *
 * `ensureBuilt()` rebuilds dist/ when any input is newer than Code.js. Several test
 * files may ask at once (vitest runs files in parallel), so the build runs under a
 * lock directory and the others wait for it instead of racing webpack's `clean`.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const here = dirname(fileURLToPath(import.meta.url));
export const ADDON_DIR = resolve(here, '..');
export const REPO_DIR = resolve(ADDON_DIR, '..');
export const DIST_DIR = join(ADDON_DIR, 'dist');
export const CODE_JS = join(DIST_DIR, 'Code.js');
export const LIBRARY_GLOBAL = 'AlignedOKR';

/** Everything the bundle is built from: newer than Code.js means Code.js is stale. */
const INPUTS = [
  join(ADDON_DIR, 'src'),
  join(ADDON_DIR, 'build'),
  join(ADDON_DIR, 'webpack.config.mjs'),
  join(ADDON_DIR, 'appsscript.json'),
  join(REPO_DIR, 'shared', 'src'),
];

const LOCK_DIR = join(ADDON_DIR, '.build-lock');
const LOCK_STALE_MS = 5 * 60_000;

function newestChange(path: string): number {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, name)));
  return newest;
}

export function isStale(): boolean {
  let built: number;
  try {
    built = statSync(CODE_JS).mtimeMs;
  } catch {
    return true;
  }
  return INPUTS.some((input) => newestChange(input) > built);
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Builds dist/ with `npm run build:sheets`'s webpack command if it is missing or stale.
 * `ALIGNED_SHEETS_PREBUILT=1` uses dist/ as it is (e.g. a CI step that has just built it).
 */
export function ensureBuilt(): void {
  if (process.env.ALIGNED_SHEETS_PREBUILT === '1' && statSync(CODE_JS, { throwIfNoEntry: false })) return;
  const deadline = Date.now() + 180_000;
  while (isStale()) {
    try {
      mkdirSync(LOCK_DIR);
    } catch {
      // Someone else is building: wait, then look again (their build may be all we need).
      const age = Date.now() - (statSync(LOCK_DIR, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > LOCK_STALE_MS) rmSync(LOCK_DIR, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`Timed out waiting for another build of ${DIST_DIR} (lock ${LOCK_DIR})`);
      sleep(250);
      continue;
    }
    try {
      if (isStale()) build();
    } finally {
      rmSync(LOCK_DIR, { recursive: true, force: true });
    }
    return;
  }
}

/** Where the size baseline goes: Code.js built with its Russian texts left out (see webpack.config.mjs). */
export const CODE_JS_WITHOUT_RUSSIAN = join(ADDON_DIR, 'dist-without-russian', 'Code.js');

/** Builds the size baseline (always afresh); `parts` as ALIGNED_WITHOUT_RUSSIAN takes them ("1" = all). */
export function buildWithoutRussian(parts = '1'): string {
  build({ ...process.env, ALIGNED_WITHOUT_RUSSIAN: parts });
  return CODE_JS_WITHOUT_RUSSIAN;
}

function build(env: NodeJS.ProcessEnv = { ...process.env, ALIGNED_WITHOUT_RUSSIAN: '' }): void {
  const require = createRequire(import.meta.url);
  const cli = require.resolve('webpack-cli/bin/cli.js');
  try {
    execFileSync(process.execPath, [cli, '--config', join(ADDON_DIR, 'webpack.config.mjs')], {
      cwd: REPO_DIR,
      stdio: 'pipe',
      encoding: 'utf8',
      env,
    });
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`npm run build:sheets failed:\n${failure.stdout ?? ''}\n${failure.stderr ?? failure.message}`, { cause: error });
  }
}

/** A stand-in for a service custom functions must not use: any touch throws, and is recorded. */
export function forbiddenService(name: string, touched: string[]): unknown {
  return new Proxy(
    {},
    {
      get(_target, property) {
        touched.push(`${name}.${String(property)}`);
        throw new Error(`${name} is not available here (touched ${name}.${String(property)})`);
      },
    },
  );
}

/** The minimal Apps Script globals every script can use without authorisation. */
export function basicGlobals(timeZone = 'Etc/UTC'): Record<string, unknown> {
  const logged: unknown[][] = [];
  return {
    Session: { getScriptTimeZone: () => timeZone },
    Logger: { log: (...args: unknown[]) => logged.push(args), getLog: () => logged.map(String).join('\n') },
    Utilities: {
      formatDate: (date: Date, zone: string, _pattern: string) =>
        new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(date),
      sleep: () => undefined,
    },
    console,
  };
}

/**
 * Loads Code.js into a fresh context holding `globals` (and nothing of Node's),
 * and returns that context: its top-level functions are its properties.
 */
export function loadCodeJs(globals: Record<string, unknown>, code = readFileSync(CODE_JS, 'utf8')): vm.Context {
  const context = vm.createContext({ ...globals });
  vm.runInContext(code, context, { filename: 'Code.js' });
  return context;
}

/**
 * The context's own `Date`: Apps Script hands custom functions dates made in the script's
 * realm, so tests should too (a host `Date` is not `instanceof` the context's).
 */
export function contextDate(context: vm.Context): DateConstructor {
  return vm.runInContext('Date', context) as DateConstructor;
}
