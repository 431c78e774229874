// The declaration bundler inlines a JSON module a type refers to (MessageKey = keyof the English catalogue) as
// `var en = {…}`, which is not valid in a .d.ts: declare it instead (a JSON object literal is also its own type).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = join(dirname(fileURLToPath(import.meta.url)), '../dist');
let fixed = 0;
for (const f of readdirSync(dist, { recursive: true }).map(String).filter((f) => f.endsWith('.d.ts'))) {
  const text = readFileSync(join(dist, f), 'utf8');
  const out = text.replace(/^var (\w+) = \{$/gm, (_, name) => (fixed++, `declare const ${name}: {`));
  if (out !== text) writeFileSync(join(dist, f), out);
}
console.log(`d.ts: ${fixed} inlined JSON module${fixed === 1 ? '' : 's'} declared`);
