export { Corpus, walk, structureId, type ProvisionEntry, type RequirementEntry, type StructureEntry } from './corpus.js';
export type { CorpusData, InstrumentData, Origin } from './data.js';
export { loadCorpus, loadCorpusData, bundledCorpusLocation, loadCompiledCorpus } from './load.js';
export { readCorpusFiles, readCorpusFile, classify, listYamlFiles, type ReadFile } from './read.js';
export { assemble } from './assemble.js';
export { writeCompiledCorpus, readCompiledCorpus, readCompiledSource } from './compiled.js';
export { fingerprintCorpus, changedCorpusFiles, type CorpusFileStamp, type CorpusSource } from './fingerprint.js';
export { MAX_FILE_BYTES, MAX_ALIAS_COUNT } from './yaml.js';
export { stampAssessment, loadCorpusForStamping, type StampResult, type StampedCitation, type StampOptions } from './stamp.js';
