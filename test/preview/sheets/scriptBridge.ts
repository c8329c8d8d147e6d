/**
 * `google.script.run` and `google.script.host` for the add-on's HTML, as Apps Script offers them
 * to a sidebar or dialog: an asynchronous call of a top-level server function, whose arguments
 * and result are copied (primitives, arrays and plain objects; a form element only as the sole
 * argument; Dates, functions and other DOM elements fail), answered to withSuccessHandler or
 * withFailureHandler with withUserObject's object. A name ending in "_" is private.
 * https://developers.google.com/apps-script/guides/html/reference/run
 * https://developers.google.com/apps-script/guides/html/communication
 */
import type { AppsScriptHost, ExecutionResult } from './appsScriptHost';

export interface BridgeCallbacks {
  /** After every server call: what it showed, for the page to render (and to refresh the sheets). */
  afterExecution(result: ExecutionResult): void;
  /** google.script.host.close() from the frame. */
  close(frame: Window): void;
}

const PRIVATE_NAME = /_$/;

/** A copy as google.script.run makes it, or a thrown Error naming what cannot cross. */
export function copyForScriptRun(value: unknown, where: string, seen: unknown[] = []): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return value;
  if (value === undefined) return undefined;
  const kind = Object.prototype.toString.call(value);
  if (typeof value === 'function') throw new Error(`${where}: a function cannot be passed to or from the server.`);
  if (kind === '[object Date]') throw new Error(`${where}: a Date cannot be passed to or from the server; pass its getTime() or an ISO string.`);
  if (typeof value !== 'object') throw new Error(`${where}: a ${typeof value} cannot be passed to or from the server.`);
  if (seen.includes(value)) throw new Error(`${where}: a circular structure cannot be passed to or from the server.`);
  if (Array.isArray(value)) {
    return value.map((item, i) => {
      const copied = copyForScriptRun(item, `${where}[${i}]`, [...seen, value]);
      return copied === undefined ? null : copied;
    });
  }
  if (kind !== '[object Object]') throw new Error(`${where}: a ${kind.slice(8, -1)} cannot be passed to or from the server.`);
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    const copied = copyForScriptRun(item, `${where}.${key}`, [...seen, value]);
    if (copied !== undefined) out[key] = copied;
  }
  return out;
}

/** A form element as its one argument: its named fields' values, as Apps Script sends them. */
function formFields(form: HTMLFormElement): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const element of Array.from(form.elements) as HTMLInputElement[]) {
    if (!element.name || element.disabled) continue;
    if ((element.type === 'checkbox' || element.type === 'radio') && !element.checked) continue;
    out[element.name] = element.value;
  }
  return out;
}

function isForm(value: unknown): value is HTMLFormElement {
  return Object.prototype.toString.call(value) === '[object HTMLFormElement]';
}

/**
 * The object a frame's injected script calls. Calls are queued on a timer, so the server
 * function never runs inside the click handler that asked for it: as in Apps Script, the
 * sidebar's code goes on before the answer comes.
 */
export function scriptBridge(host: AppsScriptHost, callbacks: BridgeCallbacks) {
  return {
    run(frame: Window, name: string, args: unknown[], onSuccess: (value: unknown) => void, onFailure: (error: Error) => void): void {
      const fail = (message: string) => setTimeout(() => onFailure(new (frame as unknown as typeof globalThis).Error(message)), 0);
      let copied: unknown[];
      try {
        if (PRIVATE_NAME.test(name)) throw new Error(`Script function not found: ${name} (names ending in "_" are private to the server).`);
        copied = args.length === 1 && isForm(args[0]) ? [formFields(args[0])] : args.map((arg, i) => copyForScriptRun(arg, `${name} argument ${i + 1}`));
      } catch (error) {
        fail((error as Error).message);
        return;
      }
      setTimeout(() => {
        const result = host.execute(name, copied);
        let answer: unknown;
        let error = result.error;
        if (!error) {
          try {
            answer = copyForScriptRun(result.value, `${name}'s return value`);
          } catch (copyError) {
            error = copyError as Error;
          }
        }
        callbacks.afterExecution(result);
        // The frame may have been closed by what the execution showed.
        if (error) onFailure(new (frame as unknown as typeof globalThis).Error(error.message));
        else onSuccess(answer === undefined ? null : answer);
      }, 0);
    },
    close(frame: Window): void {
      callbacks.close(frame);
    },
  };
}

export type ScriptBridge = ReturnType<typeof scriptBridge>;

/** The global the injected script reads on the parent page. */
export const BRIDGE_GLOBAL = '__alignedScriptBridge';

/**
 * The script put first into every add-on page: it defines `google.script.run` and
 * `google.script.host` on the frame, forwarding to the bridge on the parent page.
 * ES5, as the add-on's own page scripts are.
 */
export const CLIENT_SCRIPT = `<script>
(function () {
  var bridge = window.parent && window.parent[${JSON.stringify(BRIDGE_GLOBAL)}];
  function runner(success, failure, userObject) {
    return new Proxy({}, {
      get: function (_target, name) {
        if (name === 'withSuccessHandler') return function (f) { return runner(f, failure, userObject); };
        if (name === 'withFailureHandler') return function (f) { return runner(success, f, userObject); };
        if (name === 'withUserObject') return function (o) { return runner(success, failure, o); };
        if (typeof name !== 'string' || name === 'then') return undefined;
        return function () {
          var args = Array.prototype.slice.call(arguments);
          bridge.run(window, name, args,
            function (value) { if (success) success(value, userObject); },
            function (error) {
              if (failure) failure(error, userObject);
              else console.error('Uncaught ' + (error && error.message ? error.message : error) + ' (google.script.run.' + name + ')');
            });
        };
      }
    });
  }
  window.google = {
    script: {
      run: runner(null, null, undefined),
      host: {
        origin: window.location.origin,
        close: function () { bridge.close(window); },
        setHeight: function () {},
        setWidth: function () {},
        editor: { focus: function () { window.parent.focus(); } }
      }
    }
  };
})();
</script>`;

/** The add-on's HTML with the client script first, as the frame's document. */
export function frameDocument(content: string): string {
  const head = /<head[^>]*>/i.exec(content);
  if (head) return content.slice(0, head.index + head[0].length) + CLIENT_SCRIPT + content.slice(head.index + head[0].length);
  return CLIENT_SCRIPT + content;
}
