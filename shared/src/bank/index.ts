/** The candidate's story bank: contract, ops, coverage, STAR gaps, import and export. */
export * from './contract.js';
export * from './ops.js';
export * from './coverage.js';
export * from './gaps.js';
export * from './transfer.js';
export * from './own-words.js';
