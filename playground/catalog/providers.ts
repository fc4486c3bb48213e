import type { Localized } from './locale.ts';

/**
 * The auth providers the site covers, as facts both languages render from.
 * Source: `shared/facts/auth.md` §1.7 and the per-provider sections.
 */
export const PROVIDER_IDS = ['clerk', 'auth0', 'workos', 'kinde', 'stytch', 'better-auth'] as const;
export type ProviderId = (typeof PROVIDER_IDS)[number];

/** Where the InsForge-compatible HS256 token is minted. */
export type Signer = 'jwt-template' | 'post-login-action' | 'app-server' | 'bridge-route';

/**
 * How the app hands the token to `@insforge/sdk`:
 * `browser` — one long-lived client, token pushed with `setAccessToken()` on a timer;
 * `server` — a client built per request with `createClient({ accessToken })`.
 */
export type ClientPattern = 'browser' | 'server';

export interface AuthProvider {
  readonly id: ProviderId;
  readonly name: string;
  readonly signer: Signer;
  /** Lifetime of the token InsForge receives, in seconds. */
  readonly tokenLifetimeSeconds: number;
  readonly clientPattern: ClientPattern;
  /** What a user id (`sub`) looks like. */
  readonly userId: {
    readonly pattern: RegExp;
    /** Two realistic ids, used for the sandbox's user A and user B. */
    readonly examples: readonly [string, string];
    readonly shape: Localized;
  };
  /** One line: when to pick this provider. */
  readonly whenToUse: Localized;
  /** How a fresh token reaches InsForge once the first one expires. */
  readonly refresh: Localized;
}

export const PROVIDERS: readonly AuthProvider[] = [
  {
    id: 'clerk',
    name: 'Clerk',
    signer: 'jwt-template',
    tokenLifetimeSeconds: 60,
    clientPattern: 'browser',
    userId: {
      pattern: /^user_[A-Za-z0-9]+$/,
      examples: ['user_2xPnG8KxVQr', 'user_2yQoH4LmTZa'],
      shape: { en: '`user_` + base62', 'zh-CN': '`user_` + base62 字符' },
    },
    whenToUse: {
      en: 'The simplest path: a Clerk JWT template signs the InsForge token, so your app has no signing code.',
      'zh-CN': '最省事的方案：由 Clerk 的 JWT 模板直接签发 InsForge 令牌，应用里不需要任何签名代码。',
    },
    refresh: {
      en: 'Template default 60 s; fetch a new one about every 50 s with `getToken({ template: "insforge" })`.',
      'zh-CN': '模板默认 60 秒过期；约每 50 秒用 `getToken({ template: "insforge" })` 重新获取。',
    },
  },
  {
    id: 'auth0',
    name: 'Auth0',
    signer: 'post-login-action',
    tokenLifetimeSeconds: 3600,
    clientPattern: 'server',
    userId: {
      pattern: /^[A-Za-z0-9-]+\|[A-Za-z0-9._-]+$/,
      examples: ['auth0|64a7f1c2e4b0d9a1b2c3d4e5', 'google-oauth2|108234567890123456789'],
      shape: { en: '`<connection>|<id>`', 'zh-CN': '`<connection>|<id>`（连接名 + 竖线 + ID）' },
    },
    whenToUse: {
      en: 'You already run an Auth0 tenant (social, enterprise federation, passwordless); a Post-Login Action mints the token.',
      'zh-CN': '已经在用 Auth0 租户（社交登录、企业联合认证、无密码登录）；由 Post-Login Action 签发令牌。',
    },
    refresh: {
      en: 'Minted once per login with a 1 h expiry; there is no refresh until the user signs in again.',
      'zh-CN': '每次登录只签发一次，有效期 1 小时；在用户重新登录之前不会刷新。',
    },
  },
  {
    id: 'workos',
    name: 'WorkOS',
    signer: 'app-server',
    tokenLifetimeSeconds: 3600,
    clientPattern: 'server',
    userId: {
      pattern: /^user_[0-9A-HJKMNP-TV-Z]{26}$/,
      examples: ['user_01HZX7Q4K9V2M8N3P5R6S7T8W9', 'user_01HZX8B3D5F7G9J1K2M4N6P8Q0'],
      shape: { en: '`user_` + ULID', 'zh-CN': '`user_` + ULID' },
    },
    whenToUse: {
      en: 'Enterprise needs — AuthKit hosted login, SSO, directory sync; your server signs the token.',
      'zh-CN': '面向企业场景：AuthKit 托管登录、SSO、目录同步；由你的服务端签发令牌。',
    },
    refresh: {
      en: 'A fresh 1 h token is signed on every server request, so nothing needs refreshing.',
      'zh-CN': '每次服务端请求都会重新签发一个 1 小时的令牌，无需刷新。',
    },
  },
  {
    id: 'kinde',
    name: 'Kinde',
    signer: 'app-server',
    tokenLifetimeSeconds: 3600,
    clientPattern: 'server',
    userId: {
      pattern: /^kp_[0-9a-f]+$/,
      examples: ['kp_1234abcd5678ef90', 'kp_9f8e7d6c5b4a3210'],
      shape: { en: '`kp_` + hex', 'zh-CN': '`kp_` + 十六进制' },
    },
    whenToUse: {
      en: 'A developer-friendly hosted login; Kinde cannot sign with your key, so your server signs the token.',
      'zh-CN': '对开发者友好的托管登录；Kinde 不能用自定义密钥签名，所以由你的服务端签发令牌。',
    },
    refresh: {
      en: 'A fresh 1 h token is signed on every server request.',
      'zh-CN': '每次服务端请求都会重新签发一个 1 小时的令牌。',
    },
  },
  {
    id: 'stytch',
    name: 'Stytch',
    signer: 'app-server',
    tokenLifetimeSeconds: 3600,
    clientPattern: 'server',
    userId: {
      pattern: /^user-(test|live)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
      examples: ['user-test-16d9ba61-97a1-4ba4-9720-b03761dc50c6', 'user-test-8e2c5f0a-3b7d-4e19-a6c4-52f1d9e0b7a3'],
      shape: { en: '`user-test-` / `user-live-` + UUID', 'zh-CN': '`user-test-` / `user-live-` + UUID' },
    },
    whenToUse: {
      en: 'API-first passwordless (magic links, OTP, WebAuthn); your server validates the Stytch session and signs the token.',
      'zh-CN': 'API 优先的无密码登录（魔法链接、OTP、WebAuthn）；服务端校验 Stytch 会话后签发令牌。',
    },
    refresh: {
      en: 'A fresh 1 h token is signed after every `sessions.authenticate` call.',
      'zh-CN': '每次调用 `sessions.authenticate` 校验会话后都会重新签发一个 1 小时的令牌。',
    },
  },
  {
    id: 'better-auth',
    name: 'Better Auth',
    signer: 'bridge-route',
    tokenLifetimeSeconds: 3600,
    clientPattern: 'browser',
    userId: {
      pattern: /^[A-Za-z0-9]{32}$/,
      examples: ['f5kGYiUXDPEJqRDQ4jgtNTopIzpj5MgK', 'ZVP5j6raUC9cuBIWzDGjdNdelMFjWNc5'],
      shape: { en: '32 alphanumeric characters', 'zh-CN': '32 位字母数字' },
    },
    whenToUse: {
      en: 'Self-hosted auth whose user tables live in your own Postgres: no SaaS vendor, no per-user fee.',
      'zh-CN': '自托管认证，用户表就在你自己的 Postgres 里：不依赖 SaaS 厂商，也没有按用户计费。',
    },
    refresh: {
      en: 'The bridge route signs a 1 h token; the browser fetches a new one every 50 minutes.',
      'zh-CN': '桥接路由签发 1 小时的令牌；浏览器每 50 分钟重新获取一次。',
    },
  },
];

/** Looks a provider up by id; throws on an unknown id so typos surface in tests, not pages. */
export function getProvider(id: ProviderId): AuthProvider {
  const provider = PROVIDERS.find((p) => p.id === id);
  if (!provider) throw new Error(`Unknown provider: ${id}`);
  return provider;
}

/** Who signs the InsForge token, per signer kind. */
export const SIGNER_LABELS: Readonly<Record<Signer, Localized>> = {
  'jwt-template': { en: 'Clerk JWT template (HS256)', 'zh-CN': 'Clerk JWT 模板（HS256）' },
  'post-login-action': { en: 'Auth0 Post-Login Action', 'zh-CN': 'Auth0 Post-Login Action' },
  'app-server': { en: 'Your Next.js server', 'zh-CN': '你的 Next.js 服务端' },
  'bridge-route': { en: 'Your bridge route `/api/insforge-token`', 'zh-CN': '你的桥接路由 `/api/insforge-token`' },
};

/** How the token reaches `@insforge/sdk`, per client pattern. */
export const CLIENT_PATTERN_LABELS: Readonly<Record<ClientPattern, Localized>> = {
  browser: {
    en: 'Browser client; `setAccessToken()` on refresh',
    'zh-CN': '浏览器端单例客户端；刷新时调用 `setAccessToken()`',
  },
  server: {
    en: 'Per-request server client with `accessToken`',
    'zh-CN': '每个请求在服务端创建带 `accessToken` 的客户端',
  },
};
