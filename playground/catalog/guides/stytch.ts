import type { GuideFacts } from '../guideFacts.ts';
import { INSFORGE_ANON_KEY_VAR, INSFORGE_URL_VAR, serverJwtSecretVar } from '../insforgeEnvVars.ts';

/** Stytch: your server validates the Stytch session, then signs the InsForge token. Source: facts/auth.md §6. */
export const stytch: GuideFacts = {
  provider: 'stytch',
  claims: ['sub', 'role', 'aud', 'iat', 'exp'],
  flow: [
    {
      en: 'The browser completes the magic link on `/authenticate`; Stytch sets the `stytch_session` cookie',
      'zh-CN': '浏览器在 `/authenticate` 完成魔法链接登录；Stytch 写入 `stytch_session` Cookie',
    },
    {
      en: 'Your server validates the cookie with `sessions.authenticate()`',
      'zh-CN': '服务端用 `sessions.authenticate()` 校验该 Cookie',
    },
    {
      en: 'It signs a 1 h HS256 token with `sub` = `session.user_id` and passes it as `accessToken`',
      'zh-CN': '服务端以 `sub` = `session.user_id` 签发 1 小时的 HS256 令牌，作为 `accessToken` 传入',
    },
    {
      en: 'InsForge verifies it; Postgres sees `sub` through `requesting_user_id()`',
      'zh-CN': 'InsForge 验证令牌；Postgres 通过 `requesting_user_id()` 读到 `sub`',
    },
  ],
  envVars: [
    {
      name: 'STYTCH_PROJECT_ENV',
      source: { en: '`test` in development, `live` in production', 'zh-CN': '开发时为 `test`，生产环境为 `live`' },
      exposure: 'server',
    },
    {
      name: 'STYTCH_PROJECT_ID',
      source: {
        en: 'Stytch Dashboard → Project overview → Project ID & API keys',
        'zh-CN': 'Stytch 控制台 → Project overview → Project ID & API keys',
      },
      exposure: 'server',
    },
    {
      name: 'STYTCH_SECRET',
      source: {
        en: 'Stytch Dashboard → Project overview → Project ID & API keys (Secret)',
        'zh-CN': 'Stytch 控制台 → Project overview → Project ID & API keys（Secret）',
      },
      exposure: 'server',
    },
    {
      name: 'NEXT_PUBLIC_STYTCH_PUBLIC_TOKEN',
      source: {
        en: 'Stytch Dashboard → Project overview → Project ID & API keys (Public token)',
        'zh-CN': 'Stytch 控制台 → Project overview → Project ID & API keys（Public token）',
      },
      exposure: 'public',
    },
    INSFORGE_URL_VAR,
    INSFORGE_ANON_KEY_VAR,
    serverJwtSecretVar('lib/insforge-token.ts'),
  ],
  mistakes: [
    {
      id: 'stytch-userid-claim',
      topic: 'auth',
      mistake: {
        en: 'The user id signed as `userId`, as in the sample app',
        'zh-CN': '像示例应用那样把用户 ID 放进了 `userId` 声明',
      },
      fix: {
        en: 'Name it `sub`: without it InsForge answers 401 “Invalid token subject”.',
        'zh-CN': '改名为 `sub`：缺少它时 InsForge 返回 401“Invalid token subject”。',
      },
    },
    {
      id: 'stytch-session-jwt',
      topic: 'auth',
      mistake: {
        en: 'The `stytch_session_jwt` cookie forwarded to InsForge',
        'zh-CN': '把 `stytch_session_jwt` Cookie 直接转发给 InsForge',
      },
      fix: {
        en: 'Stytch signs it RS256 with its own keys: validate the session, then sign a separate HS256 token.',
        'zh-CN': '它由 Stytch 用自己的密钥以 RS256 签名：先校验会话，再另行签发 HS256 令牌。',
      },
    },
    {
      id: 'stytch-route-handler',
      topic: 'auth',
      mistake: {
        en: '`/authenticate` written as a route handler',
        'zh-CN': '把 `/authenticate` 写成了路由处理器',
      },
      fix: {
        en: 'Make it a client page: the browser SDK must exchange the token so it can set the session cookie.',
        'zh-CN': '改为客户端页面：必须由浏览器端 SDK 交换令牌，才能写入会话 Cookie。',
      },
    },
    {
      id: 'stytch-redirect-domain',
      topic: 'auth',
      mistake: {
        en: 'The login form or the magic link fails with a configuration error',
        'zh-CN': '登录表单或魔法链接报配置错误',
      },
      fix: {
        en: 'Add `http://localhost:3000/authenticate` (type All) under Redirect URLs and `http://localhost:3000` as an authorized domain under Frontend SDK.',
        'zh-CN':
          '在 Redirect URLs 中添加 `http://localhost:3000/authenticate`（类型 All），并在 Frontend SDK 中把 `http://localhost:3000` 加为授权域名。',
      },
    },
    {
      id: 'stytch-double-authenticate',
      topic: 'auth',
      mistake: {
        en: 'Sign-in fails in development although the link is fresh',
        'zh-CN': '开发环境中链接明明是新的，登录却失败',
      },
      fix: {
        en: 'Strict mode runs the effect twice and a magic-link token works once: guard the call with a `useRef`.',
        'zh-CN': '严格模式会让 effect 执行两次，而魔法链接令牌只能用一次：用 `useRef` 防止重复调用。',
      },
    },
    {
      id: 'stytch-test-env',
      topic: 'auth',
      mistake: {
        en: '`envs.test` hard-coded in the Stytch client',
        'zh-CN': '在 Stytch 客户端里写死了 `envs.test`',
      },
      fix: {
        en: 'Pick the environment from `STYTCH_PROJECT_ENV`, so production uses `envs.live` with the live project’s keys.',
        'zh-CN': '根据 `STYTCH_PROJECT_ENV` 选择环境，生产环境使用 `envs.live` 和 Live 项目的密钥。',
      },
    },
  ],
  rlsCheck: { table: 'todos', row: { title: 'Read the magic-link docs' } },
};
