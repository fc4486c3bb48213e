import type { GuideFacts } from '../guideFacts.ts';
import { INSFORGE_ANON_KEY_VAR, INSFORGE_URL_VAR, serverJwtSecretVar } from '../insforgeEnvVars.ts';

/** WorkOS: AuthKit keeps the session; your Next.js server signs the InsForge token. Source: facts/auth.md §4. */
export const workos: GuideFacts = {
  provider: 'workos',
  claims: ['sub', 'role', 'aud', 'iat', 'exp'],
  flow: [
    {
      en: 'User signs in on AuthKit’s hosted page through `/login`',
      'zh-CN': '用户经由 `/login` 在 AuthKit 托管页面登录',
    },
    {
      en: 'Your server reads the user with `withAuth()`',
      'zh-CN': '服务端通过 `withAuth()` 读取当前用户',
    },
    {
      en: 'It signs a 1 h HS256 token with `INSFORGE_JWT_SECRET` and passes it as `accessToken`',
      'zh-CN': '服务端用 `INSFORGE_JWT_SECRET` 签发 1 小时的 HS256 令牌，作为 `accessToken` 传入',
    },
    {
      en: 'InsForge verifies it; Postgres sees `sub` through `requesting_user_id()`',
      'zh-CN': 'InsForge 验证令牌；Postgres 通过 `requesting_user_id()` 读到 `sub`',
    },
  ],
  envVars: [
    {
      name: 'WORKOS_API_KEY',
      source: { en: 'WorkOS Dashboard → API Keys (`sk_…`)', 'zh-CN': 'WorkOS 控制台 → API Keys（`sk_…`）' },
      exposure: 'server',
    },
    {
      name: 'WORKOS_CLIENT_ID',
      source: { en: 'WorkOS Dashboard → API Keys (`client_…`)', 'zh-CN': 'WorkOS 控制台 → API Keys（`client_…`）' },
      exposure: 'server',
    },
    {
      name: 'WORKOS_COOKIE_PASSWORD',
      source: {
        en: '`openssl rand -hex 32` (encrypts the session cookie)',
        'zh-CN': '`openssl rand -hex 32`（用于加密会话 Cookie）',
      },
      exposure: 'server',
    },
    {
      name: 'NEXT_PUBLIC_WORKOS_REDIRECT_URI',
      source: {
        en: '`http://localhost:3000/callback`, also listed under Redirects in the dashboard',
        'zh-CN': '`http://localhost:3000/callback`，同时要登记在控制台的 Redirects 中',
      },
      exposure: 'public',
    },
    INSFORGE_URL_VAR,
    INSFORGE_ANON_KEY_VAR,
    serverJwtSecretVar('lib/insforge.ts'),
  ],
  mistakes: [
    {
      id: 'workos-forward-token',
      topic: 'auth',
      mistake: {
        en: 'The WorkOS access token sent to InsForge',
        'zh-CN': '把 WorkOS 的访问令牌直接发给了 InsForge',
      },
      fix: {
        en: 'WorkOS signs RS256 with its own keys; InsForge accepts only HS256 with your JWT secret, so sign a separate token on your server.',
        'zh-CN':
          'WorkOS 用自己的密钥以 RS256 签名；InsForge 只接受用你的 JWT 密钥签名的 HS256 令牌，请在服务端另行签发。',
      },
    },
    {
      id: 'workos-ensure-signed-in',
      topic: 'auth',
      mistake: {
        en: 'Cookie errors from `withAuth({ ensureSignedIn: true })` in a server component',
        'zh-CN': '在服务端组件中使用 `withAuth({ ensureSignedIn: true })` 报 Cookie 错误',
      },
      fix: {
        en: "Call `withAuth()` without it and `redirect('/login')` from the page when there is no user.",
        'zh-CN': "去掉该选项直接调用 `withAuth()`，没有用户时在页面里 `redirect('/login')`。",
      },
    },
    {
      id: 'workos-cookie-password',
      topic: 'auth',
      mistake: {
        en: 'Sign-in seems to work but the session is always empty',
        'zh-CN': '登录看似成功，但会话始终为空',
      },
      fix: {
        en: 'Set `WORKOS_COOKIE_PASSWORD` to at least 32 characters: AuthKit encrypts the session cookie with it.',
        'zh-CN': '把 `WORKOS_COOKIE_PASSWORD` 设为至少 32 个字符：AuthKit 用它加密会话 Cookie。',
      },
    },
    {
      id: 'workos-redirect-uri',
      topic: 'auth',
      mistake: {
        en: 'WorkOS rejects the sign-in with a redirect URI error',
        'zh-CN': 'WorkOS 以回调地址错误拒绝登录',
      },
      fix: {
        en: 'Add `http://localhost:3000/callback` under Redirects, identical to `NEXT_PUBLIC_WORKOS_REDIRECT_URI`.',
        'zh-CN':
          '在 Redirects 中加入 `http://localhost:3000/callback`，并与 `NEXT_PUBLIC_WORKOS_REDIRECT_URI` 完全一致。',
      },
    },
    {
      id: 'workos-no-anon-key',
      topic: 'auth',
      mistake: {
        en: 'Signed-out requests fail with 401',
        'zh-CN': '未登录时的请求返回 401',
      },
      fix: {
        en: 'Pass `anonKey` as well: with no user there is no token, and a request without any bearer is refused.',
        'zh-CN': '同时传入 `anonKey`：没有用户就没有令牌，而不带任何 Bearer 的请求会被拒绝。',
      },
    },
  ],
  rlsCheck: { table: 'todos', row: { title: 'Buy milk' } },
};
