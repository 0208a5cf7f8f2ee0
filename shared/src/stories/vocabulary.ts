import nlp from 'compromise';

/**
 * compromise ships a lexicon of everyday English (about 25k words with their part of
 * speech). Words in it ("change", "fix", "team") are shared by many unrelated stories;
 * words outside it ("waitlist", "telemetry", "forklift") tend to name what happened.
 */
const lexicon = (nlp.model() as { one: { lexicon: Record<string, string> } }).one.lexicon;

const cache = new Map<string, boolean>();

/** True when a lower-case word, or its uninflected form, is everyday English. */
export function isEverydayWord(word: string): boolean {
  let known = cache.get(word);
  if (known === undefined) {
    known = [word, word.replace(/(es|s|ed|d|ing)$/, ''), word.replace(/(s|ed|ing)$/, ''), word.replace(/ies$/, 'y'), word.replace(/ied$/, 'y')]
      .some((form) => form.length > 1 && lexicon[form] !== undefined);
    cache.set(word, known);
  }
  return known;
}
