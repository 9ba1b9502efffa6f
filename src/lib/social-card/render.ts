import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { CARD, drawCard, PALETTE, type CardText } from './draw.ts';
import { encodePalettePng } from './png.ts';

/** Renders a card (PNG) in this thread. */
export function renderCard(text: CardText): Buffer {
  return encodePalettePng(drawCard(text), CARD.width, CARD.height, PALETTE);
}

/** Renders a card and writes it to `file` (atomically: a half-written card is never read). */
export function writeCard(text: CardText, file: string): void {
  const png = renderCard(text);
  mkdirSync(dirname(file), { recursive: true });
  const part = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.part`;
  writeFileSync(part, png);
  renameSync(part, file);
}
