import { describe, expect, test } from 'vitest';
import { pageCard } from './pageCard.ts';

const HOST = 'integrations.insforge.dev';
const data = { title: 'T', description: 'D' };

describe('pageCard', () => {
  test.each([
    ['auth/clerk', 'en', 'Auth providers'],
    ['zh-cn/auth/clerk', 'zh-CN', '认证提供商'],
    ['payments/okx-x402', 'en', 'Payments'],
    ['zh-cn/payments/okx-x402', 'zh-CN', '支付'],
    ['playground/jwt', 'en', 'Playgrounds'],
    ['zh-cn/playground/jwt', 'zh-CN', '演练场'],
    // the landing pages and the overview sit outside the sidebar's sections
    ['index', 'en', undefined],
    ['zh-cn', 'zh-CN', undefined],
    ['zh-cn/overview', 'zh-CN', undefined],
  ])('default: %s is a %s card in section %s', (id, lang, section) => {
    expect(pageCard({ id, data }, HOST)).toEqual({
      lang,
      title: 'T',
      description: 'D',
      site: lang === 'en' ? 'InsForge Integrations' : 'InsForge 集成',
      section,
      host: HOST,
    });
  });

  test('behavior: a page without a description gets an empty one', () => {
    expect(pageCard({ id: 'overview', data: { title: 'T' } }, HOST).description).toBe('');
  });
});
