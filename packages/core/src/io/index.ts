export { readRegularFile, readTextFile, decodeUtf8, InputError, type ReadLimits } from './read.js';
export { writeFileSafely, writeDirectorySafely, removeTemporaries, removeTemporariesOnSignals, type WriteOptions } from './write.js';
export { LIMITS, describeSize, shortValue } from './limits.js';
export { terminalSafe } from './terminal.js';
