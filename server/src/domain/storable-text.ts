/**
 * Text Postgres can store. JSON lets a client send a lone UTF-16 surrogate ("\ud800") or
 * U+0000; neither is valid in a Postgres text or jsonb value, so a keystroke carrying one
 * (a broken paste) would fail its whole autosave. Each becomes U+FFFD instead, visibly, at
 * the edge, after the payload passed its schema.
 */
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function storableString(value: string): string {
  return value.replace(UNSTORABLE, '\uFFFD');
}

/** Replaces unstorable characters in every string of a parsed payload, in place; returns it. */
export function makeStorable<T>(payload: T): T {
  if (typeof payload === 'string') return storableString(payload) as T;
  // Iterative, so a deeply nested body (routes without a schema) cannot overflow the stack.
  const stack: unknown[] = [payload];
  let visited = 0;
  while (stack.length > 0 && visited++ < 100_000) {
    const node = stack.pop();
    if (!node || typeof node !== 'object' || Buffer.isBuffer(node)) continue;
    const record = node as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const child = record[key];
      if (typeof child === 'string') {
        const fixed = storableString(child);
        if (fixed !== child) record[key] = fixed;
      } else if (child && typeof child === 'object') stack.push(child);
    }
  }
  return payload;
}
