/** A thread of the social-card pool (cards.ts): draws a batch of cards into their cache files. */
import type { CardJob } from './cards.ts';
import { writeCard } from './render.ts';

export default function drawCards(jobs: CardJob[]): void {
  for (const { text, file } of jobs) writeCard(text, file);
}
