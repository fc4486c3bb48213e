import type { GuideFacts } from '../guideFacts.ts';
import { INSFORGE_ANON_KEY_VAR, INSFORGE_URL_VAR } from '../insforgeEnvVars.ts';

/** Clerk: a JWT template signs the InsForge token. Source: facts/auth.md §2. */
export const clerk: GuideFacts = {
  provider: 'clerk',
  claims: ['sub', 'iss', 'role', 'aud', 'iat', 'exp'],
  flow: [
    { en: 'User signs in with Clerk', 'zh-CN': '用户通过 Clerk 登录' },
    {
      en: 'Clerk signs a token from the `insforge` JWT template (HS256, your JWT secret)',
      'zh-CN': 'Clerk 按 `insforge` JWT 模板签发令牌（HS256，使用你的 JWT 密钥）',
    },
    {
      en: 'The browser calls `getToken({ template: "insforge" })` and `setAccessToken()` every 50 s',
      'zh-CN': '浏览器每 50 秒调用 `getToken({ template: "insforge" })` 和 `setAccessToken()`',
    },
    {
      en: 'InsForge verifies it; Postgres sees `sub` through `requesting_user_id()`',
      'zh-CN': 'InsForge 验证令牌；Postgres 通过 `requesting_user_id()` 读到 `sub`',
    },
  ],
  envVars: [
    {
      name: 'NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY',
      source: {
        en: 'Clerk Dashboard → Configure → API keys (`pk_…`)',
        'zh-CN': 'Clerk 控制台 → Configure → API keys（`pk_…`）',
      },
      exposure: 'public',
    },
    {
      name: 'CLERK_SECRET_KEY',
      source: {
        en: 'Clerk Dashboard → Configure → API keys (`sk_…`); read by `clerkMiddleware()`',
        'zh-CN': 'Clerk 控制台 → Configure → API keys（`sk_…`）；由 `clerkMiddleware()` 读取',
      },
      exposure: 'server',
    },
    INSFORGE_URL_VAR,
    INSFORGE_ANON_KEY_VAR,
    {
      name: 'JWT_SECRET',
      source: {
        en: '`npx -y @insforge/cli secrets get JWT_SECRET` — pasted into the Clerk template’s signing key, never into the app',
        'zh-CN': '`npx -y @insforge/cli secrets get JWT_SECRET`——只粘贴到 Clerk 模板的签名密钥中，不要放进应用',
      },
      exposure: 'vault',
    },
  ],
  mistakes: [
    {
      id: 'clerk-function-token',
      topic: 'auth',
      mistake: { en: 'An async function passed as `accessToken`', 'zh-CN': '把异步函数传给了 `accessToken`' },
      fix: {
        en: 'It takes a string: create the client with `anonKey`, then push tokens with `client.setAccessToken()`.',
        'zh-CN': '它只接受字符串：先用 `anonKey` 创建客户端，再用 `client.setAccessToken()` 推送令牌。',
      },
    },
    {
      id: 'clerk-set-once',
      topic: 'auth',
      mistake: { en: 'The token is set once, on mount', 'zh-CN': '令牌只在组件挂载时设置了一次' },
      fix: {
        en: 'The template token lives 60 s: fetch and set a fresh one about every 50 s.',
        'zh-CN': '模板令牌只有 60 秒有效期：大约每 50 秒重新获取并设置一次。',
      },
    },
    {
      id: 'clerk-reserved-claims',
      topic: 'auth',
      mistake: { en: '`sub` or `iss` added to the template claims', 'zh-CN': '在模板声明里手动添加了 `sub` 或 `iss`' },
      fix: {
        en: 'Remove them: Clerk reserves both and adds them itself.',
        'zh-CN': '删掉它们：这两个声明由 Clerk 保留并自动添加。',
      },
    },
    {
      id: 'clerk-template-name',
      topic: 'auth',
      mistake: { en: 'The template name differs from `getToken`’s', 'zh-CN': '模板名称与 `getToken` 中的不一致' },
      fix: {
        en: 'Name the template exactly `insforge`, matching `getToken({ template: "insforge" })`.',
        'zh-CN': '模板名称必须正好是 `insforge`，与 `getToken({ template: "insforge" })` 保持一致。',
      },
    },
    {
      id: 'clerk-secret-prefix',
      topic: 'auth',
      mistake: {
        en: 'The secret pasted with its `JWT_SECRET=` prefix',
        'zh-CN': '粘贴密钥时带上了 `JWT_SECRET=` 前缀',
      },
      fix: {
        en: 'Paste only the value after `=` into the signing key field.',
        'zh-CN': '签名密钥一栏只粘贴 `=` 后面的值。',
      },
    },
    {
      id: 'clerk-use-client',
      topic: 'auth',
      mistake: { en: "`lib/insforge.ts` without `'use client'`", 'zh-CN': "`lib/insforge.ts` 缺少 `'use client'`" },
      fix: {
        en: 'Add it as the first line: the hook uses React state and Clerk’s hooks.',
        'zh-CN': '在第一行加上它：这个 Hook 用到了 React 状态和 Clerk 的 Hook。',
      },
    },
    {
      id: 'clerk-realtime-leeway',
      topic: 'auth',
      mistake: {
        en: 'Realtime connects as anon, or the token vanishes when the socket connects',
        'zh-CN': 'Realtime 以 anon 身份连接，或在建立连接时令牌被清空',
      },
      fix: {
        en: 'The SDK treats a token that expires within 60 s as stale at the Realtime handshake and drops it. With Realtime, raise the template’s token lifetime to 300 s.',
        'zh-CN':
          'SDK 在 Realtime 握手时把 60 秒内到期的令牌视为过期并丢弃。使用 Realtime 时，把模板的令牌有效期调到 300 秒。',
      },
    },
  ],
  rlsCheck: { table: 'todos', row: { title: 'Buy milk' } },
};
