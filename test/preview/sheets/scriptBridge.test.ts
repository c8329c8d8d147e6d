/** google.script.run's copying rules and the page's client script. */
import { describe, expect, it } from 'vitest';
import { copyForScriptRun, frameDocument, CLIENT_SCRIPT } from './scriptBridge';
import { join, dirname, normalize } from './node-shims/path';
import { preloadFiles, readFileSync } from './node-shims/fs';
import { Buffer as ShimBuffer } from './node-shims/buffer';

describe('copyForScriptRun', () => {
  it('copies primitives, arrays and plain objects; undefined array slots become null', () => {
    const value = { id: 'K1', value: '1,200', nested: { list: [1, undefined, 'x'] }, dropped: undefined };
    const copy = copyForScriptRun(value, 'arg') as Record<string, unknown>;
    expect(copy).toEqual({ id: 'K1', value: '1,200', nested: { list: [1, null, 'x'] } });
    expect(copy.nested).not.toBe(value.nested);
  });

  it('refuses what Apps Script refuses, naming where it was', () => {
    expect(() => copyForScriptRun({ when: new Date() }, 'recordCheckIn argument 1')).toThrow(/recordCheckIn argument 1\.when: a Date cannot be passed/);
    expect(() => copyForScriptRun([() => 1], 'arg')).toThrow(/arg\[0\]: a function/);
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(() => copyForScriptRun(loop, 'arg')).toThrow(/circular/);
    expect(() => copyForScriptRun(new Map(), 'arg')).toThrow(/a Map cannot be passed/);
  });
});

describe('frameDocument', () => {
  it('puts the client script first in the head, before the page scripts that use it', () => {
    const page = '<!DOCTYPE html><html><head><base target="_top"></head><body><script>google.script.run.x()</script></body></html>';
    const doc = frameDocument(page);
    expect(doc.indexOf(CLIENT_SCRIPT)).toBeGreaterThan(doc.indexOf('<head>'));
    expect(doc.indexOf(CLIENT_SCRIPT)).toBeLessThan(doc.indexOf('google.script.run.x'));
  });
});

describe('the Node stand-ins of the double in the page', () => {
  it('join and normalise paths as node:path does', () => {
    expect(join('/', '..', '..', 'sheets-addon', 'src', 'html')).toBe('/sheets-addon/src/html');
    expect(join('/sheets', 'CheckIn.html')).toBe('/sheets/CheckIn.html');
    expect(normalize('a/./b/../c')).toBe('a/c');
    expect(dirname('/sheets/CheckIn.html')).toBe('/sheets');
  });

  it('read only preloaded files, and say which ones exist otherwise', () => {
    preloadFiles([['/sheets/CheckIn.html', '<p>hi</p>']]);
    expect(readFileSync('/sheets/CheckIn.html', 'utf8')).toBe('<p>hi</p>');
    expect(() => readFileSync('/sheets/Nope.html')).toThrow(/ENOENT.*\/sheets\/CheckIn\.html/);
  });

  it('count UTF-8 bytes as Buffer.byteLength does', () => {
    for (const text of ['', 'abc', 'é', '€', '😀', 'a€😀']) expect(ShimBuffer.byteLength(text)).toBe(Buffer.byteLength(text, 'utf8'));
  });
});
