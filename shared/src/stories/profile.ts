import { readQuantities, type Quantity } from './quantities.js';
import type { StoryInput } from './schema.js';
import { isContent, tokenize, type Token } from './text.js';
import { isEverydayWord } from './vocabulary.js';

export const STAR_FIELDS = ['situation', 'task', 'action', 'result'] as const;
export type StarField = (typeof STAR_FIELDS)[number];

/** One STAR field of a story, read once and shared by every check. */
export interface FieldReading {
  field: StarField;
  text: string;
  tokens: Token[];
  quantities: Quantity[];
}

/** Everything the checker reads out of one story. */
export interface StoryProfile {
  story: StoryInput;
  fields: FieldReading[];
  /** Features for telling whether two stories retell one experience, with counts. */
  features: Map<string, number>;
}

/** Reads one story: tokens, quantities and the features used for grouping. */
export function profileStory(story: StoryInput): StoryProfile {
  const fields = STAR_FIELDS.map((field) => {
    const text = story[field];
    const tokens = tokenize(text);
    return { field, text, tokens, quantities: readQuantities(tokens) };
  });
  return { story, fields, features: featuresOf(fields) };
}

function add(features: Map<string, number>, key: string, weight = 1): void {
  features.set(key, (features.get(key) ?? 0) + weight);
}

/**
 * Features of what happened, not how it was worded: content-word stems (shorthand expanded),
 * names (capitalised words inside a sentence), and the quantities themselves on one scale,
 * so "six weeks" and "6 wks" give the same feature.
 */
function featuresOf(fields: FieldReading[]): Map<string, number> {
  const features = new Map<string, number>();
  for (const { tokens, quantities } of fields) {
    tokens.forEach((token, i) => {
      if (!isContent(token)) return;
      add(features, isEverydayWord(token.norm) ? token.stem : `~${token.stem}`);
      if (isName(tokens, i)) add(features, `name:${token.stem}`);
    });
    for (const q of quantities) {
      const key = quantityKey(q);
      if (key) add(features, key);
    }
  }
  return features;
}

/** A capitalised word that does not start its sentence: a product, place or company. */
function isName(tokens: Token[], i: number): boolean {
  const token = tokens[i]!;
  const before = tokens[i - 1];
  if (!/^[A-Z]/.test(token.text) || !before || before.sentence !== token.sentence) return false;
  return !/^[:(\-–—"]$/.test(before.text);
}

/** One feature per quantity, rounded so that a listener's rounding still matches. */
export function quantityKey(q: Quantity): string | undefined {
  if (q.dim === 'count' && q.value <= 3) return undefined;
  if (q.dim === 'people' || q.dim === 'year') return `#${q.dim}:${q.value}`;
  const scaled = q.dim === 'money' && q.periodDays ? (q.value * 365) / q.periodDays : q.value;
  if (scaled <= 0) return undefined;
  const magnitude = Math.pow(10, Math.floor(Math.log10(scaled)) - 1);
  return `#${q.dim}:${Math.round(scaled / magnitude) * magnitude}`;
}
