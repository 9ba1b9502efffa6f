/** A thread of the social-card pool (cards.ts): draws one card into its cache file. */
import type { CardJob } from './cards.ts';
import { writeCard } from './render.ts';

export default function drawCardJob({ text, file }: CardJob): void {
  writeCard(text, file);
}
