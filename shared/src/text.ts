import { z } from 'zod';
import { TEXT_LIMITS } from './text-limits.js';

// The limits are in text-limits.ts (no zod) for pages that only count characters.
export { TEXT_LIMITS } from './text-limits.js';

/** A person's name: trimmed, not empty, at most 80 characters. */
export const PersonName = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(TEXT_LIMITS.name, `must be at most ${TEXT_LIMITS.name} characters`);

export const Title = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(TEXT_LIMITS.title, `must be at most ${TEXT_LIMITS.title} characters`);

export const Email = z.string().trim().max(TEXT_LIMITS.email).email('must be an email address');

/** An http(s) link such as a video-call room. */
export const WebUrl = z
  .string()
  .trim()
  .max(TEXT_LIMITS.url)
  .url('must be a link such as https://meet.example.com/abc')
  .refine((value) => /^https?:\/\//i.test(value), 'must start with http:// or https://');

export const ShortText = z.string().max(TEXT_LIMITS.shortText, `must be at most ${TEXT_LIMITS.shortText} characters`);
export const LongText = z.string().max(TEXT_LIMITS.longText, `must be at most ${TEXT_LIMITS.longText} characters`);

/** Optional text where an empty field means "not given". */
export function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), schema.optional());
}
