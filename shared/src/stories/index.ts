/**
 * The story consistency checker: which stories in a loop retell one experience, and where
 * the retellings contradict each other. Pure: no I/O, no network, no model download.
 */
export { checkStories, closestRetelling, comparePair, type CheckOptions } from './check.js';
export { parseLoopFile, type LoopFileReading } from './loop-file.js';
export { scoreReport, sumScores, type LoopScore, type Score } from './score.js';
export {
  ConflictKind,
  ConsistencyReport,
  ExpectedConsistency,
  StoryConflict,
  StoryInput,
  StoryLoopFile,
} from './schema.js';
