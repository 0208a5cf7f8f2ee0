/** Units a number can carry in interview notes, and how to bring them to one scale. */

export type Dimension = 'percent' | 'points' | 'money' | 'duration' | 'people' | 'count' | 'multiplier' | 'year';

/** Durations in days, so six weeks and 6 wks and a month and a half compare. */
export const DURATION_DAYS: Record<string, number> = {
  ms: 1 / 86_400_000, millisecond: 1 / 86_400_000, milliseconds: 1 / 86_400_000,
  s: 1 / 86_400, second: 1 / 86_400, seconds: 1 / 86_400,
  minute: 1 / 1440, minutes: 1 / 1440,
  h: 1 / 24, hour: 1 / 24, hours: 1 / 24,
  d: 1, day: 1, days: 1,
  week: 7, weeks: 7, w: 7, fortnight: 14, fortnights: 14,
  month: 30.4, months: 30.4,
  quarter: 91.3, quarters: 91.3,
  year: 365, years: 365,
};

/** Words after a number that make it a money amount's scale. */
export const MAGNITUDES: Record<string, number> = {
  k: 1e3, thousand: 1e3, m: 1e6, mm: 1e6, mn: 1e6, million: 1e6, b: 1e9, bn: 1e9, billion: 1e9,
};

export const CURRENCY_WORDS: Record<string, string> = {
  $: 'USD', dollar: 'USD', dollars: 'USD', usd: 'USD', '€': 'EUR', eur: 'EUR', euro: 'EUR', euros: 'EUR',
  '£': 'GBP', gbp: 'GBP', pound: 'GBP', pounds: 'GBP',
};

/** Per-period words: money "a month" and "a year" are different figures until scaled. */
export const PERIOD_DAYS: Record<string, number> = {
  hour: 1 / 24, day: 1, daily: 1, week: 7, weekly: 7, month: 30.4, months: 30.4, monthly: 30.4, mo: 30.4,
  quarter: 91.3, quarterly: 91.3, year: 365, yearly: 365, annual: 365, annually: 365, annum: 365, arr: 365,
};

/**
 * Nouns that count people. The value is the family the noun belongs to, so "eng",
 * "developers" and "ML engineers" compare with each other but not with designers.
 */
export const PEOPLE_NOUNS: Record<string, string> = {
  engineer: 'engineer', engineers: 'engineer', developer: 'engineer', developers: 'engineer',
  programmer: 'engineer', programmers: 'engineer', sres: 'engineer', sre: 'engineer', swe: 'engineer', swes: 'engineer',
  scientist: 'scientist', scientists: 'scientist', researcher: 'scientist', researchers: 'scientist',
  designer: 'designer', designers: 'designer', analyst: 'analyst', analysts: 'analyst',
  technician: 'technician', technicians: 'technician', manager: 'manager', managers: 'manager',
  people: 'people', person: 'people', persons: 'people', member: 'people', members: 'people',
  staff: 'people', hire: 'people', hires: 'people', reports: 'people', folks: 'people', interns: 'people',
  intern: 'people', contractors: 'people', contractor: 'people', testers: 'people', tester: 'people',
  specialists: 'people', specialist: 'people', leads: 'people', recruiters: 'people',
  fte: 'people', ftes: 'people', headcount: 'people', others: 'people', teammates: 'people', colleagues: 'people',
  coworkers: 'people', heads: 'people',
};

/** Job titles that count people, each its own family ("12 nurses" compares with "twelve nurses", not with engineers). */
const OCCUPATIONS = [
  'associate', 'agent', 'rep', 'representative', 'nurse', 'worker', 'operator', 'coordinator', 'planner', 'driver',
  'officer', 'consultant', 'clerk', 'mechanic', 'volunteer', 'editor', 'writer', 'marketer', 'accountant', 'teacher',
  'doctor', 'pharmacist', 'inspector', 'auditor', 'buyer', 'advisor', 'adviser', 'sdr', 'bdr', 'caseworker', 'dispatcher',
  'picker', 'packer', 'loader', 'courier', 'cashier', 'chef', 'cook', 'instructor', 'tutor', 'paralegal', 'lawyer', 'architect',
];
for (const title of OCCUPATIONS) {
  PEOPLE_NOUNS[title] ??= title;
  PEOPLE_NOUNS[`${title}s`] ??= title;
}

/** Approximation words: the speaker is rounding, so a listener allows more slack. */
export const APPROX_WORDS = new Set([
  '~', 'about', 'around', 'roughly', 'approximately', 'nearly', 'almost', 'some', 'circa', 'ca', 'like', 'close', 'est', 'estimated',
]);
/** Words that make the number an upper or lower bound. */
export const UPPER_BOUND = new Set(['under', 'below', 'less', 'fewer', '<', 'within', 'max', 'maximum', 'most']);
export const LOWER_BOUND = new Set(['over', 'above', 'more', '>', 'least', 'beyond', 'min', 'minimum']);
