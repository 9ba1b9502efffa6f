/** Picking the font files a piece of text needs, from a stylesheet's @font-face unicode-ranges. */

export interface FontFace {
  file: string;
  weight: number;
  ranges: [number, number][];
}

/** Reads `@font-face` blocks: the first `.woff` source, the weight and the unicode-range. */
export function parseFontFaces(css: string): FontFace[] {
  const faces: FontFace[] = [];
  for (const block of css.match(/@font-face\s*{[^}]*}/g) ?? []) {
    const file = /url\(([^)]+\.woff)\)\s*format\('woff'\)/.exec(block)?.[1];
    const weight = Number(/font-weight:\s*(\d+)/.exec(block)?.[1] ?? 400);
    const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
    if (!file || !range) continue;
    const ranges = range.split(',').map((part): [number, number] => {
      const [start, end = start] = part.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(start!, 16), parseInt(end!, 16)];
    });
    faces.push({ file, weight, ranges });
  }
  return faces;
}

/** The faces that cover at least one character of the text (each face once). */
export function facesFor(text: string, faces: readonly FontFace[]): FontFace[] {
  const points = [...new Set([...text].map((c) => c.codePointAt(0)!))];
  return faces.filter((face) =>
    points.some((p) => face.ranges.some(([start, end]) => p >= start && p <= end)),
  );
}
