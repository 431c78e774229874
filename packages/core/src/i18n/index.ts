export { catalogue, isLang, langFromEnv, LANGS, translator, type Lang, type MessageKey, type Params, type Translator } from './translate.js';
export { pickProse, type ProseText } from "./prose.js";
export type { Message, MessageParam } from "./message.js";
