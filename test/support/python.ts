import { spawnSync } from 'node:child_process';

/** Debian's python3 with python-docx and openpyxl (the pyenv python3 on PATH has neither): the independent readers of the Word and Excel reports. */
export const python = '/usr/bin/python3';
const has = (module: string) => spawnSync(python, ['-c', `import ${module}`], { encoding: 'utf8' }).status === 0;
export const havePythonDocx = has('docx');
export const haveOpenpyxl = has('openpyxl');
if (!havePythonDocx) console.warn('[lexharmony tests] /usr/bin/python3 with python-docx (Debian python3-docx) not found: the python-docx reading of the Word report is skipped.');
if (!haveOpenpyxl) console.warn('[lexharmony tests] /usr/bin/python3 with openpyxl (Debian python3-openpyxl) not found: the openpyxl reading of the workbook is skipped.');

/** Run a Python script with an argument; its stdout parsed as JSON. */
export function pythonJson(script: string, arg: string): unknown {
  const r = spawnSync(python, ['-c', script, arg], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`python failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout);
}
