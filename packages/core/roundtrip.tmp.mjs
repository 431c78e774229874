import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import { schemas } from '/work/main/packages/core/dist/index.js';
import { formatProvisionsFile } from '/work/main/packages/core/dist/ingest/index.js';
const id = process.argv[2];
const text = readFileSync(`/work/main/corpora/instruments/${id}/provisions.yaml`, 'utf8');
const doc = schemas.ProvisionsFile.parse(parse(text));
writeFileSync('/tmp/rt.yaml', formatProvisionsFile(doc.instrument, doc.provisions, 'yaml'));
