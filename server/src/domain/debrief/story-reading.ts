// The readings moved to shared so the candidate's story bank flags the same STAR gaps as the debrief.
export { countWeAndI, hasMeasurableResult } from '@mockloop/shared/scorecard/story-reading';
