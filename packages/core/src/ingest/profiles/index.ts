import { IngestError } from '../errors.js';
import type { Profile } from '../segment/profile.js';
import { arInfoleg } from './ar-infoleg.js';
import { boeTreaty } from './boe-treaty.js';
import { coeTreaty } from './coe-treaty.js';
import { mxFederal } from './mx-federal.js';
import { coSuin } from './co-suin.js';
import { peLpderecho } from './pe-lpderecho.js';
import { esBoeReforma } from './es-boe-reforma.js';

/** Every segmentation profile by name. */
export const profiles: Readonly<Record<string, Profile>> = {
  [coeTreaty.name]: coeTreaty,
  [mxFederal.name]: mxFederal,
  [boeTreaty.name]: boeTreaty,
  [arInfoleg.name]: arInfoleg,
  [coSuin.name]: coSuin,
  [peLpderecho.name]: peLpderecho,
  [esBoeReforma.name]: esBoeReforma,
};

/** The segmentation profile of that name (`mx-federal`, `coe-treaty` …); throws `IngestError` naming the known ones. */
export function getProfile(name: string): Profile {
  const p = profiles[name];
  if (!p) throw new IngestError('UNKNOWN_PROFILE', { key: 'msg.ingest.unknownProfile', params: { name, known: Object.keys(profiles).join(', ') } });
  return p;
}

export { arInfoleg, boeTreaty, coeTreaty, mxFederal };
