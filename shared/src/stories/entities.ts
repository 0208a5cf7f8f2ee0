import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** A named entity wink-nlp found in a note, with its place in the text. */
export interface Entity {
  type: string;
  text: string;
  start: number;
  end: number;
}

/** What wink-nlp reads in one text. */
export interface NlpReading {
  entities: Entity[];
}

let nlp: WinkMethods | undefined;
const cache = new Map<string, NlpReading>();
const CACHE_LIMIT = 2000;

/**
 * wink-nlp's named entities (dates, durations...) in one text. The model ships in the
 * package (nothing is downloaded); it is built on the first call (about 60 ms), so processes
 * that never check stories never pay for it.
 * The checker reads numbers, money and durations with its own grammar, which reads more of
 * note shorthand ("$120K", "6 wks", "a year and a half") than the model does
 * (shared/src/stories/README.md). Readings are cached: a loop is checked again on every edit.
 */
export function readNlp(text: string): NlpReading {
  const cached = cache.get(text);
  if (cached) return cached;
  nlp ??= winkNLP(model, ['sbd', 'ner']);
  const doc = nlp.readDoc(text);
  const its = nlp.its;
  // wink keeps every token's preceding whitespace, so offsets are rebuilt from the text.
  const values = doc.tokens().out();
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const starts: number[] = [];
  let at = 0;
  values.forEach((value, k) => {
    at += spaces[k]!.length;
    const found = text.indexOf(value, at);
    starts.push(found >= 0 ? found : at);
    at = starts[k]! + value.length;
  });
  const spans = doc.entities().out(its.span) as unknown as [number, number][];
  const types = doc.entities().out(its.type) as string[];
  const entities: Entity[] = spans.map(([first, last], k) => {
    const [start, end] = [starts[first]!, starts[last]! + values[last]!.length];
    return { type: types[k]!, text: text.slice(start, end), start, end };
  });
  if (cache.size >= CACHE_LIMIT) cache.clear();
  const reading = { entities };
  cache.set(text, reading);
  return reading;
}
