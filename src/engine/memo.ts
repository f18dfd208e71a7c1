/** Memoising per sentence text, for the engine and the rules alike. */

/**
 * Remembers a function of a sentence's text. The rules run over every sentence of the draft on every
 * keystroke, and all but one sentence are the same as last time: a lookup is cheaper than the regular
 * expressions. Only for functions of the text alone; first in, first out past `limit` texts.
 */
export function perText<T>(fn: (text: string) => T, limit = 2_000): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    const known = cache.get(text);
    if (known !== undefined || cache.has(text)) return known!;
    const value = fn(text);
    cache.set(text, value);
    if (cache.size > limit) cache.delete(cache.keys().next().value!);
    return value;
  };
}
