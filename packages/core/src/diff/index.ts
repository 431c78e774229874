export { wordDiff, type WordChange } from './words.js';
