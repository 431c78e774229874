export { articleFromId, citeParts, sentenceOf, unitsOf, type CiteParts, type CiteUnit, type UnitLevel } from './parts.js';
export { formatCite, instrumentName, type CiteOptions } from './format.js';
export { nearestReferences, resolveReference } from './resolve.js';
