import type { GuideFacts } from '../guideFacts.ts';
import { INSFORGE_ANON_KEY_VAR, INSFORGE_URL_VAR, serverJwtSecretVar } from '../insforgeEnvVars.ts';

/** Kinde: your Next.js server signs the InsForge token for the Kinde session's user. Source: facts/auth.md §5. */
export const kinde: GuideFacts = {
  provider: 'kinde',
  claims: ['sub', 'role', 'aud', 'email', 'iat', 'exp'],
  flow: [
    {
      en: 'User signs in on Kinde’s hosted page through `/api/auth/login`',
      'zh-CN': '用户经由 `/api/auth/login` 在 Kinde 托管页面登录',
    },
    {
      en: 'Your server reads the user with `getKindeServerSession().getUser()`',
      'zh-CN': '服务端通过 `getKindeServerSession().getUser()` 读取当前用户',
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
      name: 'KINDE_CLIENT_ID',
      source: { en: 'Kinde → your application → Details → App keys', 'zh-CN': 'Kinde → 你的应用 → Details → App keys' },
      exposure: 'server',
    },
    {
      name: 'KINDE_CLIENT_SECRET',
      source: { en: 'Kinde → your application → Details → App keys', 'zh-CN': 'Kinde → 你的应用 → Details → App keys' },
      exposure: 'server',
    },
    {
      name: 'KINDE_ISSUER_URL',
      source: {
        en: 'The app’s Domain, `https://<your_subdomain>.kinde.com`',
        'zh-CN': '应用的 Domain，即 `https://<your_subdomain>.kinde.com`',
      },
      exposure: 'server',
    },
    {
      name: 'KINDE_SITE_URL',
      source: {
        en: 'Your app’s URL, `http://localhost:3000` in development',
        'zh-CN': '应用地址，开发时为 `http://localhost:3000`',
      },
      exposure: 'server',
    },
    {
      name: 'KINDE_POST_LOGIN_REDIRECT_URL',
      source: {
        en: 'Where users land after sign-in, e.g. `http://localhost:3000`',
        'zh-CN': '登录后跳转的地址，例如 `http://localhost:3000`',
      },
      exposure: 'server',
    },
    {
      name: 'KINDE_POST_LOGOUT_REDIRECT_URL',
      source: {
        en: 'Where users land after sign-out; must be an allowed logout redirect URL',
        'zh-CN': '退出后跳转的地址；必须在 Allowed logout redirect URLs 之列',
      },
      exposure: 'server',
    },
    INSFORGE_URL_VAR,
    INSFORGE_ANON_KEY_VAR,
    serverJwtSecretVar('lib/insforge-token.ts'),
  ],
  mistakes: [
    {
      id: 'kinde-forward-token',
      topic: 'auth',
      mistake: {
        en: 'Kinde’s own access token (`getAccessTokenRaw()`) sent to InsForge',
        'zh-CN': '把 Kinde 自己的访问令牌（`getAccessTokenRaw()`）发给了 InsForge',
      },
      fix: {
        en: 'Kinde signs RS256 with its own keys and cannot use yours: sign a separate HS256 token on your server.',
        'zh-CN': 'Kinde 用自己的密钥以 RS256 签名，无法换成你的密钥：请在服务端另行签发 HS256 令牌。',
      },
    },
    {
      id: 'kinde-client-component',
      topic: 'auth',
      mistake: {
        en: '`createInsforgeServerClient()` called from a client component',
        'zh-CN': '在客户端组件里调用了 `createInsforgeServerClient()`',
      },
      fix: {
        en: 'Call it from server components, server actions or route handlers: `getKindeServerSession()` and the secret are server-only.',
        'zh-CN':
          '只在服务端组件、Server Action 或路由处理器中调用：`getKindeServerSession()` 和签名密钥都只能在服务端使用。',
      },
    },
    {
      id: 'kinde-app-type',
      topic: 'auth',
      mistake: {
        en: 'The Kinde application created as a front-end app',
        'zh-CN': 'Kinde 应用创建成了前端类型',
      },
      fix: {
        en: 'Create a Back-end web application with the Next.js SDK: the route handler needs a client secret.',
        'zh-CN': '创建 Back-end web 类型并选择 Next.js SDK：路由处理器需要 Client secret。',
      },
    },
    {
      id: 'kinde-callback-url',
      topic: 'auth',
      mistake: {
        en: 'Sign-in ends on a Kinde error page about the redirect URL',
        'zh-CN': '登录停在 Kinde 的回调地址错误页',
      },
      fix: {
        en: 'Add `http://localhost:3000/api/auth/kinde_callback` to Allowed callback URLs, on the same origin as `KINDE_SITE_URL`.',
        'zh-CN':
          '在 Allowed callback URLs 中加入 `http://localhost:3000/api/auth/kinde_callback`，且与 `KINDE_SITE_URL` 同源。',
      },
    },
    {
      id: 'kinde-route-path',
      topic: 'auth',
      mistake: {
        en: '`/api/auth/login` answers 404',
        'zh-CN': '访问 `/api/auth/login` 返回 404',
      },
      fix: {
        en: 'The handler lives at `app/api/auth/[kindeAuth]/route.ts` and exports `GET = handleAuth()`.',
        'zh-CN': '处理器必须放在 `app/api/auth/[kindeAuth]/route.ts`，并导出 `GET = handleAuth()`。',
      },
    },
    {
      id: 'kinde-no-anon-key',
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
