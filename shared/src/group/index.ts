export * from './series-schema.js';
export { planSeries, reviewSeries } from './planner.js';
export { checkSeries, seatsPerMember } from './check.js';
