/**
 * HtmlService with Apps Script's template language: `<? code ?>`, `<?= value ?>` (printed with
 * contextual escaping) and `<?!= value ?>` (printed raw). The escaping follows the context of the
 * scriptlet in the static text around it: inside a <script> element a value prints as a JavaScript
 * literal with `<`, `>` and `&` escaped; elsewhere (text or attribute) it is HTML-escaped.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { counted, type Ledger } from './ledger';

export function escapeHtml(value: unknown): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export function escapeScript(value: unknown): string {
  const json = JSON.stringify(value === undefined ? null : value) ?? 'null';
  return json
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** True when `before` (static text up to a scriptlet) leaves us inside a <script> element. */
function insideScript(before: string): boolean {
  const lower = before.toLowerCase();
  return lower.lastIndexOf('<script') > lower.lastIndexOf('</script');
}

/** Compiles a template into JavaScript that builds the page from the template's variables. */
export function compileTemplate(source: string): string {
  const parts: string[] = [];
  let staticSoFar = '';
  let i = 0;
  while (i < source.length) {
    const open = source.indexOf('<?', i);
    if (open < 0) {
      parts.push(`__out.push(${JSON.stringify(source.slice(i))});`);
      break;
    }
    const text = source.slice(i, open);
    staticSoFar += text;
    if (text) parts.push(`__out.push(${JSON.stringify(text)});`);
    const close = source.indexOf('?>', open);
    if (close < 0) throw new Error('Unterminated scriptlet: a "<?" without "?>".');
    const body = source.slice(open + 2, close);
    if (body.startsWith('!=')) {
      parts.push(`__out.push(String(${body.slice(2)}));`);
    } else if (body.startsWith('=')) {
      const escaper = insideScript(staticSoFar) ? '__script' : '__html';
      parts.push(`__out.push(${escaper}(${body.slice(1)}));`);
    } else {
      parts.push(body);
    }
    i = close + 2;
  }
  return parts.join('\n');
}

export class HtmlOutputDouble {
  _title = '';
  _width: number | null = null;
  _height: number | null = null;
  constructor(public _content: string) {}

  getContent(): string {
    return this._content;
  }
  setContent(content: string): HtmlOutputDouble {
    this._content = content;
    return this;
  }
  append(html: string): HtmlOutputDouble {
    this._content += html;
    return this;
  }
  appendUntrusted(text: string): HtmlOutputDouble {
    this._content += escapeHtml(text);
    return this;
  }
  setTitle(title: string): HtmlOutputDouble {
    this._title = title;
    return this;
  }
  getTitle(): string {
    return this._title;
  }
  setWidth(width: number): HtmlOutputDouble {
    this._width = width;
    return this;
  }
  setHeight(height: number): HtmlOutputDouble {
    this._height = height;
    return this;
  }
  setSandboxMode(_mode: unknown): HtmlOutputDouble {
    return this;
  }
  setXFrameOptionsMode(_mode: unknown): HtmlOutputDouble {
    return this;
  }
  addMetaTag(name: string, content: string): HtmlOutputDouble {
    this._content = `<meta name="${escapeHtml(name)}" content="${escapeHtml(content)}">` + this._content;
    return this;
  }
}

export class HtmlTemplateDouble {
  [variable: string]: unknown;
  constructor(
    readonly _ledger: Ledger,
    readonly _source: string,
  ) {}

  getCode(): string {
    return compileTemplate(this._source);
  }
  getRawContent(): string {
    return this._source;
  }
  evaluate(): HtmlOutputDouble {
    const variables: Record<string, unknown> = {};
    for (const key of Object.keys(this)) if (!key.startsWith('_')) variables[key] = this[key];
    // Template variables are in scope by name, as in Apps Script; `with` needs sloppy mode.
    const run = new Function(
      '__vars',
      '__html',
      '__script',
      `var __out = []; with (__vars) {\n${compileTemplate(this._source)}\n} return __out.join('');`,
    ) as (vars: Record<string, unknown>, html: typeof escapeHtml, script: typeof escapeScript) => string;
    return counted(new HtmlOutputDouble(run(variables, escapeHtml, escapeScript)), 'HtmlOutput', this._ledger);
  }
}

export class HtmlServiceDouble {
  readonly SandboxMode = { IFRAME: 'IFRAME', NATIVE: 'NATIVE', EMULATED: 'EMULATED' };
  readonly XFrameOptionsMode = { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' };
  constructor(
    readonly _ledger: Ledger,
    readonly _htmlDir: string,
  ) {}

  createTemplateFromFile(name: string): HtmlTemplateDouble {
    return counted(new HtmlTemplateDouble(this._ledger, this._read(name)), 'HtmlTemplate', this._ledger);
  }
  createTemplate(source: string): HtmlTemplateDouble {
    return counted(new HtmlTemplateDouble(this._ledger, source), 'HtmlTemplate', this._ledger);
  }
  createHtmlOutputFromFile(name: string): HtmlOutputDouble {
    return counted(new HtmlOutputDouble(this._read(name)), 'HtmlOutput', this._ledger);
  }
  createHtmlOutput(html = ''): HtmlOutputDouble {
    return counted(new HtmlOutputDouble(html), 'HtmlOutput', this._ledger);
  }

  _read(name: string): string {
    const file = name.endsWith('.html') ? name : `${name}.html`;
    try {
      return readFileSync(join(this._htmlDir, file), 'utf8');
    } catch {
      throw new Error(`No HTML file named ${name} was found.`);
    }
  }
}
