import { describe, expect, it } from 'vitest';
import { wordDiff } from '@lexharmony/core';
import { renderWords } from '../src/words.js';

const before = 'Al que sin autorización conozca o copie información contenida en sistemas o equipos de informática protegidos por algún mecanismo de seguridad, se le impondrán de tres meses a un año de prisión.';
const after = 'Al que sin autorización acceda, conozca o copie información contenida en sistemas o equipos de informática protegidos por algún mecanismo de seguridad, se le impondrán de seis meses a dos años de prisión.';

describe('a word diff on the terminal', () => {
  it('plain markers without colour', () => {
    expect(renderWords(wordDiff(before, after), { color: false })).toBe(
      'Al que sin autorización {+acceda, +}conozca o copie información contenida en sistemas o equipos de informática protegidos por algún mecanismo de seguridad, se le impondrán de [-tres-]{+seis+} meses a [-un año-]{+dos años+} de prisión.',
    );
  });

  it('a long unchanged run is cut to the words next to the changes around it', () => {
    const middle = Array.from({ length: 30 }, (_, i) => `palabra${i}`).join(' ');
    expect(renderWords(wordDiff(`Uno ${middle} dos.`, `Tres ${middle} cuatro.`), { color: false })).toBe(
      '[-Uno-]{+Tres+} palabra0 palabra1 palabra2 palabra3 palabra4 palabra5 palabra6 palabra7 … palabra22 palabra23 palabra24 palabra25 palabra26 palabra27 palabra28 palabra29 [-dos-]{+cuatro+}.',
    );
  });

  it('colours: removed red and struck through, added green; no markers', () => {
    const out = renderWords(wordDiff('de tres meses', 'de seis meses'), { color: true });
    expect(out).toBe('de \x1b[31;9mtres\x1b[0m\x1b[32mseis\x1b[0m meses');
  });

  it('paragraph breaks show as ¶ on one line', () => {
    expect(renderWords(wordDiff('Uno.\n\nDos.', 'Uno.\n\nTres.'), { color: false })).toBe('Uno. ¶ [-Dos-]{+Tres+}.');
  });
});
