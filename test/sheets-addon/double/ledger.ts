/**
 * The call ledger of the Apps Script double: every public method call on a double object is
 * counted as "Class.method", and calls that need authorisation are refused in AuthMode.NONE
 * the way Apps Script refuses them (an add-on's onOpen before the user has used it here).
 */
export type AuthModeName = 'NONE' | 'LIMITED' | 'FULL' | 'CUSTOM_FUNCTION';

/** Where the script is running; time-driven triggers have no user interface. */
export type RunContext = 'editor' | 'time-trigger';

export class Ledger {
  readonly counts = new Map<string, number>();
  /** Every call refused for lack of authorisation, in order. */
  readonly denied: string[] = [];
  authMode: AuthModeName = 'FULL';
  context: RunContext = 'editor';

  record(name: string): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
  }

  count(name: string): number {
    return this.counts.get(name) ?? 0;
  }

  /** Sum of the counts of every method of the given classes (all classes when none given). */
  total(classes?: readonly string[]): number {
    let sum = 0;
    for (const [name, n] of this.counts) {
      if (!classes || classes.includes(name.slice(0, name.indexOf('.')))) sum += n;
    }
    return sum;
  }

  /** Calls made on one class, e.g. calls("Range") → { setValues: 2, ... }. */
  calls(className: string): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [name, n] of this.counts) if (name.startsWith(className + '.')) out[name.slice(className.length + 1)] = n;
    return out;
  }

  reset(): void {
    this.counts.clear();
    this.denied.length = 0;
  }
}

/** The spreadsheet service's classes, for "how many calls did the build make". */
export const SPREADSHEET_SERVICE = [
  'SpreadsheetApp',
  'Spreadsheet',
  'Sheet',
  'Range',
  'DeveloperMetadata',
  'DeveloperMetadataFinder',
  'EmbeddedChartBuilder',
  'EmbeddedChart',
  'ConditionalFormatRuleBuilder',
  'ConditionalFormatRule',
] as const;

/**
 * Wraps a double object so that calling any public method (not starting with "_") is counted
 * and, in AuthMode.NONE, refused unless the method is in `allowedWithoutAuth`.
 * Wrapped methods keep `this` as the proxy so internal `_helpers` stay uncounted.
 */
export function counted<T extends object>(
  target: T,
  className: string,
  ledger: Ledger,
  allowedWithoutAuth: ReadonlySet<string> = NOTHING,
): T {
  const wrappers = new Map<PropertyKey, unknown>();
  return new Proxy(target, {
    get(obj, prop, receiver) {
      const value = Reflect.get(obj, prop, receiver);
      if (typeof value !== 'function' || typeof prop !== 'string' || prop.startsWith('_') || prop === 'constructor') {
        return value;
      }
      let wrapper = wrappers.get(prop);
      if (!wrapper) {
        const name = `${className}.${prop}`;
        wrapper = function (this: unknown, ...args: unknown[]) {
          ledger.record(name);
          if (ledger.authMode === 'NONE' && !allowedWithoutAuth.has(prop)) {
            ledger.denied.push(name);
            throw new Error(
              `You do not have permission to call ${name}. Required permissions: https://www.googleapis.com/auth/spreadsheets.currentonly`,
            );
          }
          return (value as (...a: unknown[]) => unknown).apply(this, args);
        };
        wrappers.set(prop, wrapper);
      }
      return wrapper;
    },
  });
}

const NOTHING: ReadonlySet<string> = new Set();
