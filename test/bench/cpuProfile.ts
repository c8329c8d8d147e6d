/**
 * Where the time goes: a V8 CPU profile (Chrome DevTools protocol, Profiler domain) of some
 * renders in the bench page, summarised as inclusive milliseconds per function. Frames in the
 * panel's minified module.js are named through its source map (file and original function, or
 * file:line for anonymous functions), so the breakdown reads in the repository's own names.
 * Used by browser.bench.ts when ALIGNED_BENCH_PROFILE is set.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession } from 'playwright-core';
import { decodeVlqSegment } from '../support/sourceMapVlq';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Runs `work` under the sampling profiler (50 µs) and returns the profile. */
export async function profile(cdp: CDPSession, work: () => Promise<void>): Promise<Profile> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  await work();
  const { profile: result } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  await cdp.send('Profiler.disable');
  return result;
}

/** Inclusive ms per function name (a function counted once per sample, however deep it recurses), largest first. */
export function inclusiveTimes(p: Profile, nameOf: (frame: CallFrame) => string): Array<[string, number]> {
  return totalsBy(
    (function* () {
      for (const { names, ms } of sampledStacks(p, nameOf)) for (const n of new Set(names)) yield [n, ms] as [string, number];
    })()
  );
}

/** Self ms per function name (time with the function on top of the stack), largest first. */
export function selfTimes(p: Profile, nameOf: (frame: CallFrame) => string): Array<[string, number]> {
  const byId = new Map<number, ProfileNode>();
  for (const node of p.nodes) byId.set(node.id, node);
  const totals = new Map<string, number>();
  for (let i = 0; i < p.samples.length; i++) {
    const n = nameOf(byId.get(p.samples[i])!.callFrame);
    totals.set(n, (totals.get(n) ?? 0) + (p.timeDeltas[i + 1] ?? 0) / 1000);
  }
  return [...totals].sort((a, b) => b[1] - a[1]);
}


/** One source map's segments, per generated line: [generated column, source, original line, name]. */
function decodeMappings(mappings: string): Array<Array<[number, number, number, number]>> {
  const lines: Array<Array<[number, number, number, number]>> = [];
  let source = 0;
  let line = 0;
  let name = 0;
  for (const text of mappings.split(';')) {
    const segments: Array<[number, number, number, number]> = [];
    let column = 0;
    for (const segment of text.split(',')) {
      if (!segment) continue;
      const fields = decodeVlqSegment(segment);
      column += fields[0];
      if (fields.length >= 4) {
        source += fields[1];
        line += fields[2];
        if (fields.length >= 5) name += fields[4];
        segments.push([column, source, line, fields.length >= 5 ? name : -1]);
      }
    }
    lines.push(segments);
  }
  return lines;
}

/**
 * Names frames of the panel's bundles (module.js and its chunks, found in `distDir`) by their
 * source map; other frames keep V8's name, suffixed with their script's file name.
 */
export function panelFrameNamer(distDir: string): (frame: CallFrame) => string {
  const maps = new Map<string, { sources: string[]; names: string[]; lines: ReturnType<typeof decodeMappings> } | null>();
  const mapFor = (file: string) => {
    if (!maps.has(file)) {
      try {
        const raw = JSON.parse(readFileSync(join(distDir, `${file}.map`), 'utf8')) as { sources: string[]; names: string[]; mappings: string };
        maps.set(file, { sources: raw.sources, names: raw.names, lines: decodeMappings(raw.mappings) });
      } catch {
        maps.set(file, null);
      }
    }
    return maps.get(file)!;
  };
  return (frame) => {
    const file = frame.url.split('/').pop() ?? '';
    const fn = frame.functionName || '(anonymous)';
    if (!frame.url.includes('/plugins/')) return frame.url ? `${fn} [${file.split('?')[0]}]` : fn;
    const map = mapFor(file);
    const segments = map?.lines[frame.lineNumber];
    if (!map || !segments) return `${fn} [${file}]`;
    let best: [number, number, number, number] | undefined;
    for (const s of segments) if (s[0] <= frame.columnNumber) best = s;
    if (!best) return `${fn} [${file}]`;
    const source = map.sources[best[1]].replace(/^webpack:\/\/[^/]+\//, '');
    const original = best[3] >= 0 ? map.names[best[3]] : undefined;
    return original ? `${original} [${source}]` : `${source}:${best[2] + 1}`;
  };
}

/** Each sample's stack as function names, leaf first, with the sample's ms. */
function* sampledStacks(p: Profile, nameOf: (frame: CallFrame) => string): Generator<{ names: string[]; ms: number }> {
  const parent = new Map<number, number>();
  const byId = new Map<number, ProfileNode>();
  for (const node of p.nodes) {
    byId.set(node.id, node);
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const names = new Map<number, string>();
  const name = (id: number) => {
    let n = names.get(id);
    if (n === undefined) names.set(id, (n = nameOf(byId.get(id)!.callFrame)));
    return n;
  };
  for (let i = 0; i < p.samples.length; i++) {
    const stack: string[] = [];
    for (let id: number | undefined = p.samples[i]; id !== undefined; id = parent.get(id)) stack.push(name(id));
    yield { names: stack, ms: (p.timeDeltas[i + 1] ?? 0) / 1000 };
  }
}

/** Sums `ms` per key, largest first. */
function totalsBy(entries: Iterable<[string, number] | null>): Array<[string, number]> {
  const totals = new Map<string, number>();
  for (const entry of entries) if (entry) totals.set(entry[0], (totals.get(entry[0]) ?? 0) + entry[1]);
  return [...totals].sort((a, b) => b[1] - a[1]);
}

/** The most common stacks (leaf first, `depth` frames) through a function whose name contains `needle`: who calls it. */
export function stacksThrough(p: Profile, nameOf: (frame: CallFrame) => string, needle: string, depth = 12): Array<[string, number]> {
  return totalsBy(
    (function* () {
      for (const { names, ms } of sampledStacks(p, nameOf)) {
        const at = names.findIndex((n) => n.includes(needle));
        yield at < 0 ? null : ([names.slice(at, at + depth).join(' < '), ms] as [string, number]);
      }
    })()
  );
}

/**
 * Where a function's time goes: for samples with a function whose name contains `needle` on the
 * stack (its outermost call), ms per frame called directly under it ('(self)' for its own code).
 */
export function calleesOf(p: Profile, nameOf: (frame: CallFrame) => string, needle: string): Array<[string, number]> {
  return totalsBy(
    (function* () {
      for (const { names, ms } of sampledStacks(p, nameOf)) {
        let at = names.length - 1; // names run leaf first: the outermost call is the last match
        while (at >= 0 && !names[at].includes(needle)) at--;
        yield at < 0 ? null : ([at === 0 ? '(self)' : names[at - 1], ms] as [string, number]);
      }
    })()
  );
}
