import { stemmer } from 'stemmer';
import { ABBREVIATIONS } from './abbreviations.js';

/** One token of a note, with its place in the original text so conflicts can quote it. */
export interface Token {
  text: string;
  /** Lower case, abbreviation expanded, possessive dropped. */
  norm: string;
  stem: string;
  kind: 'word' | 'num' | 'sym';
  start: number;
  end: number;
  /** Index of the sentence and clause the token sits in. */
  sentence: number;
  clause: number;
}

const TOKEN_RE =
  /(w\/o|w\/|b\/c)|(\d+(?:,\d{3})*(?:\.\d+)?)|([A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F0-9]*(?:['’][A-Za-z]+)?)|(->|=>|→|[$€£%~<>+=/:;,.!?()\-–—&×*"'])/g;

/** Words after which a full stop does not end the sentence. */
const NON_FINAL = new Set(['dr', 'mr', 'mrs', 'ms', 'vs', 'approx', 'est', 'e', 'i', 'g', 'etc', 'st', 'no', 'inc', 'jr', 'sr']);
const CLAUSE_BREAKS = new Set([',', ';', ':', '(', ')', '-', '–', '—', '"']);
const SENTENCE_BREAKS = new Set(['.', '!', '?', ';']);
/** A subject pronoun starting the words after a joining word. */
const SUBJECT_AFTER = /^\s+(I|he|she|we|they|He|She|We|They)\b/;

/** Normal form of a word: lower case, shorthand expanded, possessive dropped. */
export function normaliseWord(word: string): string {
  const lower = word.toLowerCase().replace(/['’]s$/, '').replace(/['’]/g, '');
  // Capitals mark an acronym, not shorthand: "HR" is a department, "hr" is an hour.
  if (word === word.toUpperCase() && word.length > 1 && !/s$/.test(lower) && lower !== 'tl') return lower;
  return ABBREVIATIONS[lower] ?? lower;
}

const stemCache = new Map<string, string>();

/** Nouns made of a verb and its particle ("rollout") stem like the verb ("rolled out"). */
const PARTICLE_NOUN = /^(roll|kick|sign|set|shut|hand|cut|build|lock|break|turn|walk|pull|push|spin|stand)(out|off|up|over|down|in)s?$/;

/** Porter stem of a normalised word, cached because notes repeat their words. */
export function stem(norm: string): string {
  let cached = stemCache.get(norm);
  if (cached === undefined) {
    cached = stemmer(norm.replace(PARTICLE_NOUN, '$1'));
    stemCache.set(norm, cached);
  }
  return cached;
}

/** Splits a note into tokens, marking sentence and clause boundaries. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let sentence = 0;
  let clause = 0;
  for (const match of text.matchAll(TOKEN_RE)) {
    const raw = match[0];
    const start = match.index;
    const kind: Token['kind'] = match[2] ? 'num' : match[3] || match[1] ? 'word' : 'sym';
    const norm = kind === 'word' ? normaliseWord(raw) : raw;
    const token: Token = { text: raw, norm, stem: kind === 'word' ? stem(norm) : norm, kind, start, end: start + raw.length, sentence, clause };
    if (kind === 'sym' && isClauseBreak(raw, text, start)) clause++;
    // "I ran the sessions and she designed the flow": a new doer after "and" or "but" starts a clause.
    else if (kind === 'word' && /^(and|but)$/i.test(raw) && SUBJECT_AFTER.test(text.slice(start + raw.length, start + raw.length + 6))) token.clause = ++clause;
    if (kind === 'sym' && endsSentence(raw, text, start, tokens)) {
      sentence++;
      clause++;
    }
    tokens.push(token);
  }
  return tokens;
}

function isClauseBreak(sym: string, text: string, at: number): boolean {
  if (sym === '-') return text[at - 1] === ' ' && text[at + 1] === ' ';
  return CLAUSE_BREAKS.has(sym);
}

function endsSentence(sym: string, text: string, at: number, before: Token[]): boolean {
  if (!SENTENCE_BREAKS.has(sym)) return false;
  if (sym !== '.') return true;
  const next = text.slice(at + 1, at + 3);
  if (next !== '' && !/^\s/.test(next)) return false;
  const previous = before[before.length - 1];
  if (previous && previous.kind === 'word' && NON_FINAL.has(previous.text.toLowerCase())) return false;
  // "R. set up the group": a capital initial standing for a name, followed by the rest of its sentence.
  return !(previous && /^[B-HJ-Z]$/.test(previous.text) && /^\s+[a-z]/.test(text.slice(at + 1, at + 4)));
}

/** Common English words and note fillers that say nothing about what happened. */
export const STOPWORDS = new Set(
  (
    'a an the and or but if then than so of to in on at by for with without from into onto over under about around ' +
    'as is are was were be been being am do does did done have has had having it its this that these those there ' +
    'here he she him her his hers i me my we us our they them their you your c who whom which what when where why how ' +
    'not no nor only just also very too more most less least much many some any all each every both either neither ' +
    'own same other another such can could would should will shall may might must said says told tell described ' +
    'talked mentioned according one after before while during up down out off again once instead rather even still ' +
    'already really quite back across per via vs etc e g ie eg get got make made take took way thing things lot ' +
    'approximately roughly nearly almost first next last new then now later since within'
  ).split(' '),
);

/** True when a token is a content word worth comparing between stories. */
export function isContent(token: Token): boolean {
  return token.kind === 'word' && token.norm.length > 1 && !STOPWORDS.has(token.norm);
}
