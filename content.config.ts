import { defineCollection } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { z } from 'astro/zod';

// Lives at the project root because Starlight resolves its collections from `<srcDir>/content/`
// and the project's `content/` folder is top level (see `srcDir` in astro.config.mjs).
export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  i18n: defineCollection({
    loader: i18nLoader(),
    schema: i18nSchema({
      extend: z.object({
        'compare.link': z.string(),
        'compare.title': z.string(),
        'compare.intro': z.string(),
        'compare.backTo': z.string(),
        'compare.original': z.string(),
        'compare.translation': z.string(),
        'table.provider': z.string(),
        'table.whoSigns': z.string(),
        'table.lifetime': z.string(),
        'table.client': z.string(),
        'table.userId': z.string(),
        'table.whenToUse': z.string(),
        'table.guide': z.string(),
        'table.mistake': z.string(),
        'table.fix': z.string(),
        'table.chain': z.string(),
        'table.asset': z.string(),
        'table.gas': z.string(),
        'table.authProviders': z.string(),
        'table.facilitators': z.string(),
        'table.mistakes.auth': z.string(),
        'table.mistakes.x402': z.string(),
        'guide.flowCaption': z.string(),
        'env.label': z.string(),
        'env.name': z.string(),
        'env.source': z.string(),
        'env.exposure': z.string(),
        'env.exposure.public': z.string(),
        'env.exposure.server': z.string(),
        'env.exposure.vault': z.string(),
        'facts.signer': z.string(),
        'facts.claims': z.string(),
        'facts.lifetime': z.string(),
        'facts.userId': z.string(),
      }),
    }),
  }),
};
