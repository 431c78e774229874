import { z } from 'zod';
import { fileKinds, type FileKind } from './schemas.js';

/** Where each kind of corpus file sits, and what it holds: the title and description of its JSON Schema. */
const about: Record<FileKind, { path: string; description: string }> = {
  jurisdictions: { path: 'corpora/jurisdictions.yaml', description: 'Every jurisdiction the corpus names: ISO code, names, federal or not, treaty events and positions.' },
  instrument: { path: 'corpora/instruments/<id>/instrument.yaml', description: 'One instrument (treaty, code, statute, strategy …): titles, languages, version and official source.' },
  provisions: { path: 'corpora/instruments/<id>/provisions.yaml', description: 'The provisions of one instrument, verbatim from the official source, with their children.' },
  requirements: { path: 'corpora/instruments/<id>/requirements.yaml', description: 'What national law must hold to implement a reference instrument: elements, options, declarations, reservations, safeguards, obligations.' },
  links: { path: 'corpora/instruments/<id>/links.yaml', description: 'Links from a strategy’s provisions to taxonomy areas and reference provisions (never legal conformity).' },
  assessment: { path: 'corpora/assessments/<JUR>--<reference>.yaml', description: 'Findings of one jurisdiction against one reference instrument, requirement by requirement.' },
  recommendations: { path: 'corpora/recommendations/<JUR>--<reference>.yaml', description: 'What would close each gap of one jurisdiction against one reference instrument: the action, the target, model wording quoted from comparators or the treaty, and the coverage it would bring.' },
  taxonomy: { path: 'corpora/taxonomies/<id>.yaml', description: 'A taxonomy of areas (e.g. of national cybersecurity strategies).' },
  glossary: { path: 'corpora/glossary/<id>.yaml', description: 'Equivalent terms across languages.' },
};

/** The JSON Schema of one kind of corpus file, generated from its zod schema (the input side: defaults are optional). */
export function corpusJsonSchema(kind: FileKind): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(fileKinds[kind], { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  return { $schema, title: `lexharmony corpus file: ${about[kind].path}`, description: about[kind].description, ...rest };
}

/** The file text of `docs/schema/<kind>.schema.json`, byte for byte. */
export function corpusJsonSchemaText(kind: FileKind): string {
  return JSON.stringify(corpusJsonSchema(kind), null, 2) + '\n';
}

/** Every kind of corpus file (one JSON Schema each). */
export const corpusFileKinds = Object.keys(fileKinds) as FileKind[];
