/**
 * Gives `target` a text property written on its first read and kept: explanations and titles
 * that a view shows only for some key results (the header's three rows, a hovered bullet) are
 * not written for the others. The property reads like any other (spread, JSON, equality).
 */
export function withLazyText<T extends object, K extends string>(target: T, key: K, write: () => string): T & Record<K, string> {
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get() {
      const text = write();
      Object.defineProperty(this, key, { value: text, enumerable: true, writable: true, configurable: true });
      return text;
    },
  });
  return target as T & Record<K, string>;
}
