// Without zod, so a page that only shows a character count does not download zod.

/**
 * Text field limits, one place for all of them: generous for people, small enough that a
 * single payload can never grow the database without bound.
 */
export const TEXT_LIMITS = {
  name: 80,
  title: 120,
  email: 254,
  url: 2000,
  shortText: 500,
  // Ten thousand characters is a long answer; it also keeps one edit well under the 64 KB
  // socket message limit even in three-byte UTF-8.
  longText: 10_000,
} as const;
