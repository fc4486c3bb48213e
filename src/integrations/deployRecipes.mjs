// @ts-check
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  containerfile,
  countHeaderRules,
  HEADERS_FILE_RULE_LIMIT,
  headersFile,
  nginxConfig,
} from '../../hosting/deployRecipes.ts';
import { readPagePolicies } from '../../hosting/pagePolicies.ts';

/** Where the recipes that are not part of the site go: next to `dist/`, not inside it. */
const DEPLOY = new URL('../../deploy/', import.meta.url);

/**
 * Writes the serving rules of `hosting/rules.ts` for hosts after each build: `dist/_headers`
 * (Netlify, Cloudflare Pages), `deploy/nginx.conf` and `deploy/Dockerfile`. Runs after the
 * Content-Security-Policy pass, whose per-page policies the recipes carry.
 * @returns {import('astro').AstroIntegration}
 */
export function deployRecipes() {
  return {
    name: 'insforge:deploy-recipes',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = await readPagePolicies(root);
        const files = (await readdir(root, { recursive: true, withFileTypes: true }))
          .filter((entry) => entry.isFile())
          .map((entry) => `/${relative(root, `${entry.parentPath}/${entry.name}`).split(sep).join('/')}`);
        const headers = headersFile(pages, files);
        const rules = countHeaderRules(headers);
        if (rules > HEADERS_FILE_RULE_LIMIT) {
          throw new Error(`_headers has ${rules} rules; Cloudflare Pages reads ${HEADERS_FILE_RULE_LIMIT}`);
        }
        const nginx = nginxConfig(pages);
        await writeFile(new URL('_headers', dir), headers);
        await mkdir(DEPLOY, { recursive: true });
        await writeFile(new URL('nginx.conf', DEPLOY), nginx);
        await writeFile(new URL('Dockerfile', DEPLOY), containerfile(nginx));
        logger.info(`deploy recipes written: dist/_headers (${rules} rules), deploy/nginx.conf, deploy/Dockerfile`);
      },
    },
  };
}
