import type { ProseMap } from '../model/prose.js';
import type { MessageKey } from './translate.js';

/**
 * A sentence the engine says, as a catalogue key and parameters: references (`requirement`,
 * `provisions`, `needs`, `jurisdiction`), codes (`coverage`, `relationship`, `kind`), numbers,
 * corpus prose by language (`why`, `searched`) and nested messages (`parts`). Never words:
 * `describe` (../document/describe.ts) turns it into a sentence in the output language.
 */
export interface Message {
  key: MessageKey;
  params?: Record<string, MessageParam> | undefined;
}

export type MessageParam = string | number | boolean | string[] | ProseMap | Message[];
