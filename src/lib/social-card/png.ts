import { constants, crc32, deflateSync } from 'node:zlib';

/** An 8-bit palette PNG, written by hand: a palette image deflates in a fraction of RGBA's time. */

function pngChunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

// Run-length deflate suits a palette image of flat colour: 1.0 ms a card and 22 KB, where level 3
// takes 1.5 ms for 20 KB and level 6 4.3 ms for 16 KB.
const DEFLATE = { level: 3, strategy: constants.Z_RLE };
/** Palette indices to an 8-bit palette PNG (rows unfiltered: flat colour deflates well as it is). */
export function encodePalettePng(
  indices: Uint8Array,
  width: number,
  height: number,
  palette: Buffer,
): Buffer {
  const raw = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++)
    raw.set(indices.subarray(y * width, (y + 1) * width), y * (width + 1) + 1);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per index
  header[9] = 3; // palette
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    pngChunk('IHDR', header),
    pngChunk('PLTE', palette),
    pngChunk('IDAT', deflateSync(raw, DEFLATE)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}
