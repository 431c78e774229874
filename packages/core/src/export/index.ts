/**
 * `@lexharmony/core/export`: documents (../document/) and their renderers, and the safe file
 * writer. Renderers are imported only when a format is asked for (docx and xlsx are heavy).
 * @module @lexharmony/core/export
 */
export { writeFileSafely, type WriteOptions } from './write.js';
export * from '../document/index.js';
