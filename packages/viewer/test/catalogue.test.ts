import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { catalogue } from '@lexharmony/core';
import configs, { CLI_ONLY_PREFIXES } from '../tsup.config.js';

const viewerDir = join(dirname(fileURLToPath(import.meta.url)), '..');

describe("the viewer's words", () => {
  it('ship in the script without the command line blocks, and no bundled module asks for one of those', async () => {
    const app = (configs as unknown as { platform?: string; esbuildPlugins?: never[] }[]).find((c) => c.platform === 'browser')!;
    const out = await build({
      entryPoints: [join(viewerDir, 'src/app/main.ts')],
      bundle: true,
      write: false,
      metafile: true,
      format: 'esm',
      platform: 'browser',
      conditions: ['@lexharmony/source'],
      plugins: app.esbuildPlugins,
      logLevel: 'silent',
    });
    const script = out.outputFiles[0]!.text;
    const en = catalogue('en');
    const dropped = Object.keys(en).filter((k) => CLI_ONLY_PREFIXES.some((p) => k.startsWith(p)));
    expect(dropped.length).toBeGreaterThan(0);
    for (const key of dropped.slice(0, 50)) expect(script, key).not.toContain(JSON.stringify(key));
    // The viewer's block and the words it shares with the reports are there, in both languages.
    for (const key of ['viewer.title', 'viewer.noFindings', 'status.none', 'cite.article']) expect(script, key).toContain(JSON.stringify(key));
    expect(script).toContain(JSON.stringify(catalogue('es')['viewer.title']));
    // A key is named in code as a literal or a template (`status.${s}`): none of the bundled modules names a dropped block.
    const modules = Object.keys(out.metafile.inputs).filter((f) => /\.ts$/.test(f));
    expect(modules.some((f) => f.includes('core/src/document/words.ts'))).toBe(true);
    for (const file of modules) {
      const source = readFileSync(join(process.cwd(), file), 'utf8');
      for (const prefix of CLI_ONLY_PREFIXES) expect(source, `${file} names ${prefix}`).not.toMatch(new RegExp(`['"\`]${prefix.replace('.', '\\.')}`));
    }
  });
});
