/**
 * Builds the host bundles (test/preview/webpack.host.mjs) in a child process, so a
 * long webpack run never shares a heap with the server or a test worker. The first
 * build takes ~20 s (it bundles @grafana/ui); later ones reuse webpack's cache.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = resolve(here, '..', '..');
export const HOST_DIST = join(here, 'dist');

function run(command: string, args: string[], quiet: boolean): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd: REPO_ROOT, stdio: quiet ? 'pipe' : 'inherit' });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) {
        resolvePromise();
      } else {
        reject(new Error(`\`${[command, ...args].join(' ')}\` exited with ${code}${output ? `:\n${output.slice(-4000)}` : ''}`));
      }
    });
  });
}

export function buildHostBundle(options: { quiet?: boolean } = {}): Promise<void> {
  const webpackCli = createRequire(import.meta.url).resolve('webpack-cli/bin/cli.js');
  return run(process.execPath, [webpackCli, '--config', join(here, 'webpack.host.mjs')], options.quiet ?? false);
}

/** `npm run build`: the panel and the add-on, the artefacts the preview hosts. */
export function buildProducts(options: { quiet?: boolean } = {}): Promise<void> {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  return run(npm, ['run', 'build'], options.quiet ?? false);
}
