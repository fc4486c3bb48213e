// @ts-check
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { agentFiles } from '../agents/agentFiles.ts';
import { isDocsPage } from '../lib/pageKinds.ts';

/**
 * After the build, writes what agents read (see `src/agents/agentFiles.ts`): every docs page as
 * `<page>.md`, `llms.txt` and `llms-full.txt` per language, and the integrations skill per language.
 * @returns {import('astro').AstroIntegration}
 */
export function agentReadableFiles() {
  /** @type {URL | undefined} */
  let site;
  return {
    name: 'insforge:agent-readable-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        if (!site) throw new Error('agentReadableFiles: `site` must be set, since llms.txt links are absolute');
        const root = fileURLToPath(dir);
        const docs = await Promise.all(
          pages
            .filter(({ pathname }) => isDocsPage(pathname))
            .map(async ({ pathname }) => ({
              path: `/${pathname}`,
              html: await readFile(join(root, pathname, 'index.html'), 'utf8'),
            })),
        );
        const files = agentFiles(docs, site);
        for (const [path, content] of files) {
          await mkdir(dirname(join(root, path)), { recursive: true });
          await writeFile(join(root, path), content);
        }
        logger.info(`${files.size} files for agents written (Markdown pages, llms.txt, skills)`);
      },
    },
  };
}
