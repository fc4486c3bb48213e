import { getCollection } from 'astro:content';
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import type { OgCardText } from './ogCard.ts';
import { ogImageSlug } from './ogImagePath.ts';
import { ogImageRenderer } from './ogImageRenderer.ts';
import { pageCard } from './pageCard.ts';

/** `/og/<slug>.png` for every docs page in both languages (injected by `ogImages()`). */
async function cards(): Promise<{ slug: string; card: OgCardText }[]> {
  const host = new URL(import.meta.env.SITE).host;
  return (await getCollection('docs')).map((page) => ({ slug: ogImageSlug(page.id), card: pageCard(page, host) }));
}

export const getStaticPaths = (async () =>
  (await cards()).map(({ slug, card }) => ({ params: { slug }, props: { card } }))) satisfies GetStaticPaths;

/** One renderer for the whole build: its fonts are parsed once, for every card. */
let render: ReturnType<typeof ogImageRenderer> | undefined;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props }) => {
  render ??= cards().then((all) => ogImageRenderer(all.map((c) => c.card)));
  const png = await (await render)(props.card);
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
