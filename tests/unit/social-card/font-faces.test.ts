import { describe, expect, it } from 'vitest';
import { facesFor, parseFontFaces } from '../../../src/lib/social-card/font-faces.ts';

const css = `
/* latin */
@font-face {
  font-weight: 400;
  src: url(./files/x-latin-400.woff2) format('woff2'), url(./files/x-latin-400.woff) format('woff');
  unicode-range: U+0000-00FF,U+2019;
}
@font-face {
  font-weight: 700;
  src: url(./files/x-97-700.woff2) format('woff2'), url(./files/x-97-700.woff) format('woff');
  unicode-range: U+519b,U+96f7-96f8;
}`;

describe('parseFontFaces', () => {
  it('reads file, weight and ranges', () => {
    expect(parseFontFaces(css)).toEqual([
      {
        file: './files/x-latin-400.woff',
        weight: 400,
        ranges: [
          [0, 0xff],
          [0x2019, 0x2019],
        ],
      },
      {
        file: './files/x-97-700.woff',
        weight: 700,
        ranges: [
          [0x519b, 0x519b],
          [0x96f7, 0x96f8],
        ],
      },
    ]);
  });
});

describe('facesFor', () => {
  const faces = parseFontFaces(css);
  it('picks only the faces whose ranges hold the text', () => {
    expect(facesFor('Lei Jun', faces).map((f) => f.weight)).toEqual([400]);
    expect(facesFor('雷军', faces).map((f) => f.weight)).toEqual([700]);
    expect(facesFor('Lei Jun 雷军', faces)).toHaveLength(2);
    expect(facesFor('ÿ', faces)).toHaveLength(1);
    expect(facesFor('😀', faces)).toEqual([]);
  });
});
