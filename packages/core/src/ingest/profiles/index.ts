import { IngestError } from '../errors.js';
import type { Profile } from '../segment/profile.js';
import { arInfoleg } from './ar-infoleg.js';
import { coeTreaty } from './coe-treaty.js';
import { mxFederal } from './mx-federal.js';

/** Every segmentation profile by name. */
export const profiles: Readonly<Record<string, Profile>> = { [coeTreaty.name]: coeTreaty, [mxFederal.name]: mxFederal, [arInfoleg.name]: arInfoleg };

export function getProfile(name: string): Profile {
  const p = profiles[name];
  if (!p) throw new IngestError('UNKNOWN_PROFILE', `unknown profile "${name}"; known: ${Object.keys(profiles).join(', ')}`);
  return p;
}

export { arInfoleg, coeTreaty, mxFederal };
