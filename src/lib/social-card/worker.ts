/** A thread of the social-card pool (cards.ts): draws one card into its cache file. */
import { writeCard, type CardJob } from './cards.ts';

export default function drawCardJob({ text, file }: CardJob): void {
  writeCard(text, file);
}
