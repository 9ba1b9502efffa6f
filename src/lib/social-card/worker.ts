/** A worker thread of the social-card pool (social-image.ts): draws a card into its cache file. */
import { parentPort } from 'node:worker_threads';
import { writeCard, type CardText } from './cards.ts';

parentPort!.on('message', ({ text, file }: { text: CardText; file: string }) => {
  writeCard(text, file).then(
    () => parentPort!.postMessage({}),
    (error: unknown) =>
      parentPort!.postMessage({
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      }),
  );
});
