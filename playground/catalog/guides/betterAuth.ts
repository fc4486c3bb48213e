import type { GuideFacts } from '../guideFacts.ts';
import { INSFORGE_ANON_KEY_VAR, INSFORGE_URL_VAR } from '../insforgeEnvVars.ts';

/** Better Auth: a bridge route on your server re-signs the session as an HS256 token. Source: facts/auth.md §7. */
export const betterAuth: GuideFacts = {
  provider: 'better-auth',
  claims: ['sub', 'role', 'aud', 'iat', 'exp'],
  flow: [
    {
      en: 'User signs in; Better Auth stores the session in your Postgres and sets its cookie',
      'zh-CN': '用户登录；Better Auth 把会话存进你的 Postgres，并写入会话 Cookie',
    },
    {
      en: 'The browser calls the bridge route `/api/insforge-token` with that cookie',
      'zh-CN': '浏览器带着这个 Cookie 调用桥接路由 `/api/insforge-token`',
    },
    {
      en: 'The bridge signs a 1 h HS256 token; the client calls `setAccessToken()` and refetches every 50 min',
      'zh-CN': '桥接路由签发 1 小时的 HS256 令牌；客户端调用 `setAccessToken()`，每 50 分钟重新获取',
    },
    {
      en: 'InsForge verifies it; Postgres sees `sub` through `requesting_user_id()`',
      'zh-CN': 'InsForge 验证令牌；Postgres 通过 `requesting_user_id()` 读到 `sub`',
    },
  ],
  envVars: [
    {
      name: 'DATABASE_URL',
      source: {
        en: 'Connection string of the InsForge Postgres, e.g. `postgresql://postgres:postgres@127.0.0.1:5432/insforge` when self-hosted',
        'zh-CN': 'InsForge Postgres 的连接串，自托管时例如 `postgresql://postgres:postgres@127.0.0.1:5432/insforge`',
      },
      exposure: 'server',
    },
    {
      name: 'BETTER_AUTH_SECRET',
      source: {
        en: '`openssl rand -base64 32` — signs Better Auth’s cookies; not the InsForge secret',
        'zh-CN': '`openssl rand -base64 32`——用于签名 Better Auth 的 Cookie，不是 InsForge 的密钥',
      },
      exposure: 'server',
    },
    {
      name: 'BETTER_AUTH_URL',
      source: {
        en: 'Your app’s URL, `http://localhost:3000` in development',
        'zh-CN': '应用地址，开发时为 `http://localhost:3000`',
      },
      exposure: 'server',
    },
    {
      name: 'NEXT_PUBLIC_BETTER_AUTH_URL',
      source: { en: 'The same URL, for the browser’s auth client', 'zh-CN': '同一个地址，供浏览器端的认证客户端使用' },
      exposure: 'public',
    },
    INSFORGE_URL_VAR,
    INSFORGE_ANON_KEY_VAR,
    {
      name: 'INSFORGE_JWT_SECRET',
      source: {
        en: '`npx -y @insforge/cli secrets get JWT_SECRET` — read only by the bridge route’s signing helper',
        'zh-CN': '`npx -y @insforge/cli secrets get JWT_SECRET`——只由桥接路由的签名辅助函数读取',
      },
      exposure: 'server',
    },
  ],
  mistakes: [
    {
      id: 'better-auth-jwt-plugin',
      topic: 'auth',
      mistake: {
        en: 'Tokens from Better Auth’s `jwt()` plugin sent to InsForge',
        'zh-CN': '把 Better Auth `jwt()` 插件签发的令牌发给了 InsForge',
      },
      fix: {
        en: 'They are EdDSA, ES256, ES512, PS256 or RS256, which InsForge rejects: fetch an HS256 token from the bridge route instead.',
        'zh-CN': '这些令牌是 EdDSA、ES256、ES512、PS256 或 RS256，InsForge 不接受：请改从桥接路由获取 HS256 令牌。',
      },
    },
    {
      id: 'better-auth-fk-target',
      topic: 'auth',
      mistake: {
        en: '`user_id` references `auth.users(id)` or an unqualified `"user"`',
        'zh-CN': '`user_id` 外键指向了 `auth.users(id)` 或未加 schema 的 `"user"`',
      },
      fix: {
        en: 'Reference `better_auth."user"(id)`: the users live there, and `better_auth` is not on the default search path.',
        'zh-CN': '改为引用 `better_auth."user"(id)`：用户存放在这里，而默认搜索路径中没有 `better_auth`。',
      },
    },
    {
      id: 'better-auth-schema-first',
      topic: 'auth',
      mistake: {
        en: '`migrate` run before the `better_auth` schema exists',
        'zh-CN': '在 `better_auth` schema 创建之前就运行了 `migrate`',
      },
      fix: {
        en: 'Create the schema first (`create schema if not exists better_auth`), then run `npx @better-auth/cli migrate`.',
        'zh-CN':
          '先执行 `create schema if not exists better_auth` 创建 schema，再运行 `npx @better-auth/cli migrate`。',
      },
    },
    {
      id: 'better-auth-shared-secret',
      topic: 'auth',
      mistake: {
        en: '`BETTER_AUTH_SECRET` reused as the InsForge JWT secret',
        'zh-CN': '把 `BETTER_AUTH_SECRET` 当成了 InsForge 的 JWT 密钥',
      },
      fix: {
        en: 'Keep two secrets: a random one for Better Auth’s cookies, and `INSFORGE_JWT_SECRET` from the CLI for the bridge.',
        'zh-CN':
          '使用两个密钥：一个随机生成、用于 Better Auth 的 Cookie；另一个是从 CLI 获取、供桥接路由使用的 `INSFORGE_JWT_SECRET`。',
      },
    },
    {
      id: 'better-auth-bridge-credentials',
      topic: 'auth',
      mistake: {
        en: 'The bridge route always answers 401',
        'zh-CN': '桥接路由总是返回 401',
      },
      fix: {
        en: "Send the session cookie: `fetch` with `credentials: 'same-origin'`, or `'include'` when the API is on another origin.",
        'zh-CN': "请求时带上会话 Cookie：`fetch` 使用 `credentials: 'same-origin'`，跨域时改用 `'include'`。",
      },
    },
    {
      id: 'better-auth-token-once',
      topic: 'auth',
      mistake: {
        en: 'The bridge token is fetched once, on mount',
        'zh-CN': '桥接令牌只在组件挂载时获取了一次',
      },
      fix: {
        en: 'It lives one hour: fetch a new one every 50 minutes and push it with `setAccessToken(token, AuthChangeEvent.TOKEN_REFRESHED)`.',
        'zh-CN':
          '令牌有效期一小时：每 50 分钟重新获取，并用 `setAccessToken(token, AuthChangeEvent.TOKEN_REFRESHED)` 推送。',
      },
    },
    {
      id: 'better-auth-schema-grants',
      topic: 'auth',
      mistake: {
        en: 'Privileges on `better_auth` granted to `anon` or `authenticated`',
        'zh-CN': '把 `better_auth` 上的权限授予了 `anon` 或 `authenticated`',
      },
      fix: {
        en: 'Revoke them: from backend v2.2.3 every non-internal schema is reachable through the API, and only missing grants keep sessions private.',
        'zh-CN':
          '撤销这些授权：从后端 v2.2.3 起，所有非内部 schema 都能通过 API 访问，只有不授权才能保证会话数据不外泄。',
      },
    },
  ],
  rlsCheck: { table: 'notes', row: { body: 'First note' } },
};
