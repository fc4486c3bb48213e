import { describe, expect, test } from 'vitest';
import { type TypographyRule, typographyProblems } from './chineseTypography.ts';

const rulesBroken = (text: string) => typographyProblems(text).map((p) => p.rule);

describe('typographyProblems', () => {
  test('default: well-set Chinese passes', () => {
    expect(
      typographyProblems(
        '用 `requesting_user_id()`（以文本形式返回 `sub`）签发 60 秒的令牌：见 https://insforge.dev/，正在启动……',
      ),
    ).toEqual([]);
  });

  test.each<[TypographyRule, string]>([
    // a half-width comma and colon between Han characters
    ['half-width-punctuation', '归属列建索引,这样只计算一次'],
    ['half-width-punctuation', '密钥库里:拿到它'],
    // a half-width semicolon right after code, in Chinese text
    ['half-width-punctuation', '传入 `accessToken`;令牌轮换时'],
    // a colon between two code spans is prose punctuation too
    ['half-width-punctuation', '改用 `requesting_user_id()`:`auth.uid()` 会报错'],
    // half-width parentheses around a Chinese aside
    ['half-width-punctuation', '对接模拟服务商(本站的 `npm run facilitator`)'],
    ['half-width-punctuation', 'InsForge 会接受吗?'],
    ['han-latin-spacing', '拒绝Clerk 会话令牌'],
    ['han-latin-spacing', '这是一条402 质询'],
    ['han-latin-spacing', '浏览器 Agent也能调用'],
    // inline code counts as Latin
    ['han-latin-spacing', '调用`setAccessToken()`推送'],
    ['space-between-han', '拒绝 令牌'],
    ['ellipsis', '处理中…'],
    ['ellipsis', '正在下载...'],
    ['ellipsis', '正在启动 PostgreSQL…'],
    ['nested-parentheses', '令牌无法解码（头部（Header））'],
    ['corner-quotes', '在「签名」步骤失败'],
    ['lone-dash', '60 秒 — 每 50 秒刷新'],
  ])('error: %s in %s', (rule, text) => {
    expect(rulesBroken(text)).toContain(rule);
  });

  test.each([
    // code keeps its own punctuation, spaced off from the Chinese around it
    '写成 (select public.requesting_user_id())，每次查询只计算一次',
    // an address prefix and a JSON placeholder are not prose ellipses
    'OKX 钱包的 XKO… 格式，或 { … }',
    // a dash between Latin words, and the Chinese dash
    'x402 v1 — v2，复制失败——请手动复制',
    // CAIP-2 ids and header values are Latin text
    'CAIP-2 网络标识（eip155:196），Content-Type: application/json',
  ])('behavior: %s passes', (text) => {
    expect(typographyProblems(text)).toEqual([]);
  });

  test('behavior: the problem is located in the checked string', () => {
    expect(typographyProblems('令牌,声明')).toEqual([
      { rule: 'half-width-punctuation', index: 2, excerpt: '令牌,声明' },
    ]);
  });
});
