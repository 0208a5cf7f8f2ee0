import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** A named entity wink-nlp found in a note, with its place in the text. */
export interface Entity {
  type: string;
  text: string;
  start: number;
  end: number;
}

let nlp: WinkMethods | undefined;

/**
 * wink-nlp's entity recogniser over one text. The model ships in the package (nothing is
 * downloaded); it is built on the first call (about 60 ms), so processes that never check
 * stories never pay for it. Only sentence splitting and entities run: the checker reads
 * numbers, money and durations with its own grammar, which reads more of note shorthand
 * ("$120K", "6 wks", "a year and a half") than the model does (shared/src/stories/README.md).
 */
export function readEntities(text: string): Entity[] {
  nlp ??= winkNLP(model, ['sbd', 'ner']);
  const doc = nlp.readDoc(text);
  const its = nlp.its;
  // wink keeps every token's preceding whitespace, so offsets are rebuilt exactly.
  const starts: number[] = [];
  const ends: number[] = [];
  let at = 0;
  doc.tokens().each((token) => {
    at += String(token.out(its.precedingSpaces)).length;
    const found = text.indexOf(token.out(), at);
    const start = found >= 0 ? found : at;
    starts.push(start);
    ends.push(start + token.out().length);
    at = start + token.out().length;
  });
  const entities: Entity[] = [];
  doc.entities().each((entity) => {
    const [first, last] = entity.out(its.span) as unknown as [number, number];
    const start = starts[first]!;
    const end = ends[last]!;
    entities.push({ type: String(entity.out(its.type)), text: text.slice(start, end), start, end });
  });
  return entities;
}
