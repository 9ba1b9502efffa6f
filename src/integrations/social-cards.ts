import { copyFile, mkdir, readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { socialCardFile, socialCardList } from '../lib/site/routes.ts';
import { cachedCard, prepareCards, type CardText } from '../lib/social-card/cards.ts';

/**
 * Writes every social card into dist/og/ after the pages, from the list the cards.json route
 * made: cards the pool drew while the pages rendered are copied from the build cache, any other
 * is drawn now. The list itself is not published.
 */
export function socialCardFiles(): AstroIntegration {
  return {
    name: 'second-act-social-cards',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const list = join(outDir, socialCardList());
        const cards = JSON.parse(await readFile(list, 'utf8')) as {
          param: string;
          text: CardText;
        }[];
        prepareCards(cards.map((card) => card.text));
        await Promise.all(
          cards.map(async ({ param, text }) => {
            const cached = await cachedCard(text);
            const target = join(outDir, socialCardFile(param));
            await mkdir(dirname(target), { recursive: true });
            await copyFile(cached, target);
          }),
        );
        await rm(list);
        logger.info(`${cards.length} social cards written`);
      },
    },
  };
}
