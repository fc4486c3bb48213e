import { defineCollection } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { z } from 'astro/zod';
import en from './content/i18n/en.json' with { type: 'json' };

/** Every site string, required in each language: the English file is the list. */
const SITE_STRINGS = z.object(
  Object.fromEntries(Object.keys(en).map((key) => [key, z.string()])) as Record<keyof typeof en, z.ZodString>,
);

// Lives at the project root because Starlight resolves its collections from `<srcDir>/content/`
// and the project's `content/` folder is top level (see `srcDir` in astro.config.mjs).
export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  i18n: defineCollection({
    loader: i18nLoader(),
    schema: i18nSchema({
      extend: SITE_STRINGS,
    }),
  }),
};
