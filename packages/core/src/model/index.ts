export * as schemas from './schemas.js';
export { fileKinds, type FileKind } from './schemas.js';
export type * from './types.js';
export { normalizeText, textHash, translationStale } from './hash.js';
export { isCalendarDate } from './dates.js';
export { corpusJsonSchema, corpusJsonSchemaText, corpusFileKinds } from './json-schema.js';
export { pick, pickText, type Picked, type ProseMap } from './prose.js';
