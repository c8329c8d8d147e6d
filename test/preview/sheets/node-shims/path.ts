/** The few `node:path` functions the Apps Script double uses, POSIX-style, for the browser. */
export const sep = '/';

export function normalize(path: string): string {
  const absolute = path.startsWith('/');
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!absolute) out.push('..');
    } else {
      out.push(part);
    }
  }
  return (absolute ? '/' : '') + out.join('/') || (absolute ? '/' : '.');
}

export function join(...parts: string[]): string {
  return normalize(parts.filter((p) => p !== '').join('/'));
}

export function resolve(...parts: string[]): string {
  return join('/', ...parts);
}

export function dirname(path: string): string {
  const normal = normalize(path);
  const slash = normal.lastIndexOf('/');
  return slash <= 0 ? (normal.startsWith('/') ? '/' : '.') : normal.slice(0, slash);
}

export function basename(path: string): string {
  return normalize(path).split('/').pop() ?? '';
}

export default { sep, normalize, join, resolve, dirname, basename };
