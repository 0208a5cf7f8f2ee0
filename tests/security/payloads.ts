import fc from 'fast-check';

/**
 * Hostile payloads for the fuzz tests, built as JSON *text* so they can hold what a JS object
 * literal cannot: own `__proto__` keys, duplicate keys, numbers out of range, nesting deeper
 * than any schema, and (for HTTP) bytes that are not UTF-8 at all.
 */

/** Fixed seed: a failure reproduces; bump it on purpose to explore new ground. */
export const SEED = 20_260_901;

export const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'];

const SPECIAL_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\uD800',
  '\uDFFF\uD800',
  '\u202Eevil',
  '\uFEFF',
  '../../etc/passwd',
  '%00',
  '%zz',
  "' or 1=1 --",
  '"; drop table loops; --',
  '${7*7}',
  '{{7*7}}',
  '<script>alert(1)</script>',
  'NaN',
  'Infinity',
  '-0',
  '1e309',
  'null',
  'true',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '2026-02-30T25:61',
  'Etc/Nowhere',
  'javascript:alert(1)',
  'http://169.254.169.254/latest/meta-data/',
  ...PROTOTYPE_KEYS,
];

/** Raw JSON number tokens, some beyond what a double holds. */
const RAW_NUMBERS = ['1e400', '-1e400', '-0', '1E-999', '123456789012345678901234567890', '9007199254740993', '2147483648', '-2147483649', '0.1', '1.5', '-1'];

export type Tree = { s: string } | { n: string } | { b: boolean } | { nil: true } | { a: Tree[] } | { o: [string, Tree][] } | { raw: string };

/** Plausible text with one character Postgres, JSON or a terminal treats specially. */
const plausibleButHostile = fc
  .tuple(fc.constantFrom('\u0000', '\uD800', '\uDC00', '\u202E', '\uFEFF', '\u0007', '\r\n', '\u2028', '\\'), fc.string({ minLength: 1, maxLength: 12 }))
  .map(([c, s]) => `Ann ${s}${c}son`);

export function nastyString(maxHuge: number): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
    { weight: 3, arbitrary: fc.constantFrom(...SPECIAL_STRINGS) },
    { weight: 3, arbitrary: plausibleButHostile },
    { weight: 1, arbitrary: fc.integer({ min: Math.min(1_000, maxHuge), max: maxHuge }).map((n) => 'x'.repeat(n)) },
    { weight: 1, arbitrary: fc.integer({ min: 100, max: Math.max(100, Math.floor(maxHuge / 4)) }).map((n) => '😀'.repeat(n)) },
  );
}

const nastyKey = fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS), fc.string({ maxLength: 12 }), fc.constantFrom('roundId', 'scorecardId', 'loopId', 'ops', 'text', 'minutes'));

/** Deep nesting as raw JSON, kept under `maxChars`. */
function deep(maxChars: number): fc.Arbitrary<Tree> {
  return fc.tuple(fc.integer({ min: 100, max: Math.floor(maxChars / 7) }), fc.boolean()).map(([depth, arrays]) => ({
    raw: arrays ? '['.repeat(depth) + ']'.repeat(depth) : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth),
  }));
}

export function nastyTree(maxHuge: number): fc.Arbitrary<Tree> {
  const { tree } = fc.letrec<{ tree: Tree }>((tie) => ({
    tree: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      nastyString(maxHuge).map((s) => ({ s })),
      fc.oneof(fc.double().map((d) => ({ n: Number.isFinite(d) ? String(d) : '0' })), fc.constantFrom(...RAW_NUMBERS).map((n) => ({ n }))),
      fc.boolean().map((b) => ({ b })),
      fc.constant({ nil: true as const }),
      fc.array(tie('tree'), { maxLength: 4 }).map((a) => ({ a })),
      fc.array(fc.tuple(nastyKey, tie('tree')), { maxLength: 4 }).map((o) => ({ o })),
    ),
  }));
  return fc.oneof({ weight: 6, arbitrary: tree }, { weight: 1, arbitrary: deep(Math.min(maxHuge, 60_000)) });
}

export function toJson(tree: Tree): string {
  if ('s' in tree) return JSON.stringify(tree.s);
  if ('n' in tree) return tree.n;
  if ('b' in tree) return String(tree.b);
  if ('nil' in tree) return 'null';
  if ('raw' in tree) return tree.raw;
  if ('a' in tree) return `[${tree.a.map(toJson).join(',')}]`;
  return `{${tree.o.map(([k, v]) => `${JSON.stringify(k)}:${toJson(v)}`).join(',')}}`;
}

/** A JSON value as a tree, so a valid payload can be mutated in one place. */
export function fromValue(value: unknown): Tree {
  if (value === null || value === undefined) return { nil: true };
  if (typeof value === 'string') return { s: value };
  if (typeof value === 'number') return { n: String(value) };
  if (typeof value === 'boolean') return { b: value };
  if (Array.isArray(value)) return { a: value.map(fromValue) };
  return { o: Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, fromValue(v)]) };
}

/**
 * A valid payload with one thing wrong: a value replaced, a prototype key added, a key
 * dropped, or a key repeated. These get past the outer checks and probe the inner ones.
 */
export function mutated(valid: unknown, maxHuge: number): fc.Arbitrary<Tree> {
  const base = fromValue(valid);
  const paths = pathsOf(base);
  const structural = fc.tuple(fc.constantFrom(...paths), fc.integer({ min: 0, max: 3 }), nastyTree(maxHuge), fc.constantFrom(...PROTOTYPE_KEYS)).map(([path, how, replacement, protoKey]) =>
    edit(base, path, (node) => {
      if (how === 0 || !('o' in node)) return replacement;
      if (how === 1) return { o: [...node.o, [protoKey, replacement] as [string, Tree]] };
      if (how === 2) return { o: node.o.slice(1) };
      return { o: [...node.o, ...node.o.slice(0, 1).map(([k]) => [k, replacement] as [string, Tree])] };
    }),
  );
  // Most bugs hide in text the schema lets through: swap one string for a hostile one.
  const leaves = paths.filter((p) => 's' in nodeAt(base, p));
  if (leaves.length === 0) return structural;
  const hostile = fc.oneof({ weight: 3, arbitrary: plausibleButHostile }, { weight: 1, arbitrary: nastyString(maxHuge) });
  const text = fc.tuple(fc.constantFrom(...leaves), hostile).map(([path, s]) => edit(base, path, () => ({ s })));
  return fc.oneof(structural, { weight: 2, arbitrary: text });
}

function nodeAt(tree: Tree, path: Path): Tree {
  let node = tree;
  for (const step of path as number[]) node = 'a' in node ? node.a[step]! : 'o' in node ? node.o[step]![1] : node;
  return node;
}

type Path = (string | number)[];

function pathsOf(tree: Tree, at: Path = []): Path[] {
  const here = [at];
  if ('a' in tree) return [...here, ...tree.a.flatMap((t, i) => pathsOf(t, [...at, i]))];
  if ('o' in tree) return [...here, ...tree.o.flatMap(([, t], i) => pathsOf(t, [...at, i]))];
  return here;
}

function edit(tree: Tree, path: Path, change: (node: Tree) => Tree): Tree {
  if (path.length === 0) return change(tree);
  const [head, ...rest] = path as [number, ...Path];
  if ('a' in tree) return { a: tree.a.map((t, i) => (i === head ? edit(t, rest, change) : t)) };
  if ('o' in tree) return { o: tree.o.map(([k, t], i) => [k, i === head ? edit(t, rest, change) : t] as [string, Tree]) };
  return tree;
}

/** Byte sequences that are not valid UTF-8. */
export const INVALID_UTF8 = [
  [0xc3, 0x28],
  [0xa0, 0xa1],
  [0xe2, 0x28, 0xa1],
  [0xf0, 0x28, 0x8c, 0x28],
  [0xc0, 0xaf],
  [0xed, 0xa0, 0x80],
  [0xff],
  [0xfe, 0xfe, 0xff, 0xff],
  [0x00],
].map((bytes) => Buffer.from(bytes));

/** Internals that must never reach a client. */
export const INTERNALS = [/Failed query/i, /\bat .+\.(ts|js):\d+/, /drizzle/i, /PGlite/i, /ZodError/, /postgres/i, /stack/i, /node_modules/, /SQLSTATE|syntax error at/i];

export function leaksInternals(text: string): RegExp | undefined {
  return INTERNALS.find((pattern) => pattern.test(text));
}

/** Percent-encodes every byte; never throws (a lone surrogate becomes U+FFFD, as it would on the wire). */
export function percentEncode(value: string | Buffer): string {
  return [...(typeof value === 'string' ? Buffer.from(value, 'utf8') : value)].map((b) => `%${b.toString(16).padStart(2, '0').toUpperCase()}`).join('');
}
