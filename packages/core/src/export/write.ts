export { writeFileSafely, type WriteOptions } from '../io/write.js';
