export * from './series-schema.js';
export * from './contract.js';
export * from './series-api.js';
export * from './availability.js';
export * from './history.js';
export { planSeries, reviewSeries } from './planner.js';
export { checkSeries, seatsPerMember } from './check.js';
export { proposeDates } from './dates.js';
export { compareCard, leaningOf, lpTrend, overallDifference, IN_LINE_BAND } from './calibration.js';
