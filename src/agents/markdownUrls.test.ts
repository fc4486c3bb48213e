import { describe, expect, it } from 'vitest';
import { markdownPath, rewriteSiteLink } from './markdownUrls.ts';

describe('markdownPath', () => {
  it.each([
    ['/', '/index.md'],
    ['/zh-cn/', '/zh-cn/index.md'],
    ['/overview/', '/overview.md'],
    ['/zh-cn/auth/clerk/', '/zh-cn/auth/clerk.md'],
    ['/payments/okx-x402/', '/payments/okx-x402.md'],
  ])('default: %s → %s', (page, md) => {
    expect(markdownPath(page)).toBe(md);
  });
});

describe('rewriteSiteLink', () => {
  const site = new URL('https://integrations.insforge.dev');
  const pages = new Set(['/', '/overview/', '/auth/clerk/', '/playground/jwt/', '/zh-cn/auth/clerk/']);

  it.each([
    ['/auth/clerk/', 'https://integrations.insforge.dev/auth/clerk.md'],
    ['/auth/clerk/#set-up-the-database', 'https://integrations.insforge.dev/auth/clerk.md#set-up-the-database'],
    ['/zh-cn/auth/clerk/', 'https://integrations.insforge.dev/zh-cn/auth/clerk.md'],
    ['/playground/jwt/#provider=clerk', 'https://integrations.insforge.dev/playground/jwt/#provider=clerk'],
    ['/compare/auth/clerk/', 'https://integrations.insforge.dev/compare/auth/clerk/'],
    ['/skills/insforge-integrations.zip', 'https://integrations.insforge.dev/skills/insforge-integrations.zip'],
  ])('behavior: %s → %s', (href, expected) => {
    expect(rewriteSiteLink(href, site, pages)).toBe(expected);
  });

  it.each([['#workflow'], ['https://clerk.com/docs'], ['mailto:hi@example.com']])(
    'behavior: %s is not a site path and is left alone',
    (href) => {
      expect(rewriteSiteLink(href, site, pages)).toBeUndefined();
    },
  );

  it('behavior: a page the skill carries is linked as its file, keeping the anchor', () => {
    const local = (path: string) => (path === '/auth/clerk/' ? 'references/clerk.md' : undefined);
    expect(rewriteSiteLink('/auth/clerk/#env', site, pages, local)).toBe('references/clerk.md#env');
    expect(rewriteSiteLink('/overview/', site, pages, local)).toBe('https://integrations.insforge.dev/overview.md');
  });
});
