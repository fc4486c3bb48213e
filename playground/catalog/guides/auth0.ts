import type { GuideFacts } from '../guideFacts.ts';
import { INSFORGE_ANON_KEY_VAR, INSFORGE_URL_VAR } from '../insforgeEnvVars.ts';

/** Auth0: a Post-Login Action signs the InsForge token and ships it inside the ID token. Source: facts/auth.md §3. */
export const auth0: GuideFacts = {
  provider: 'auth0',
  claims: ['sub', 'role', 'aud', 'email', 'iat', 'exp'],
  flow: [
    {
      en: 'User signs in on Auth0 Universal Login through `/auth/login`',
      'zh-CN': '用户经由 `/auth/login` 在 Auth0 Universal Login 页面登录',
    },
    {
      en: 'The Post-Login Action signs a 1 h HS256 token and adds it to the ID token as `https://insforge.dev/insforge_token`',
      'zh-CN':
        'Post-Login Action 签发 1 小时的 HS256 令牌，并以 `https://insforge.dev/insforge_token` 声明写入 ID 令牌',
    },
    {
      en: '`beforeSessionSaved` copies it into the session; your server passes it as `accessToken`',
      'zh-CN': '`beforeSessionSaved` 把它复制进会话；服务端将其作为 `accessToken` 传入',
    },
    {
      en: 'InsForge verifies it; Postgres sees `sub` through `requesting_user_id()`',
      'zh-CN': 'InsForge 验证令牌；Postgres 通过 `requesting_user_id()` 读到 `sub`',
    },
  ],
  envVars: [
    {
      name: 'AUTH0_SECRET',
      source: {
        en: '`openssl rand -hex 32` (encrypts the session cookie)',
        'zh-CN': '`openssl rand -hex 32`（用于加密会话 Cookie）',
      },
      exposure: 'server',
    },
    {
      name: 'APP_BASE_URL',
      source: {
        en: 'Your app’s URL, `http://localhost:3000` in development (v3 called it `AUTH0_BASE_URL`)',
        'zh-CN': '应用地址，开发时为 `http://localhost:3000`（v3 中叫 `AUTH0_BASE_URL`）',
      },
      exposure: 'server',
    },
    {
      name: 'AUTH0_DOMAIN',
      source: {
        en: 'Auth0 → Applications → your app → Settings → Domain, without `https://`',
        'zh-CN': 'Auth0 → Applications → 你的应用 → Settings → Domain，不带 `https://`',
      },
      exposure: 'server',
    },
    {
      name: 'AUTH0_CLIENT_ID',
      source: {
        en: 'Auth0 → Applications → your app → Settings → Client ID',
        'zh-CN': 'Auth0 → Applications → 你的应用 → Settings → Client ID',
      },
      exposure: 'server',
    },
    {
      name: 'AUTH0_CLIENT_SECRET',
      source: {
        en: 'Auth0 → Applications → your app → Settings → Client Secret',
        'zh-CN': 'Auth0 → Applications → 你的应用 → Settings → Client Secret',
      },
      exposure: 'server',
    },
    INSFORGE_URL_VAR,
    INSFORGE_ANON_KEY_VAR,
    {
      name: 'INSFORGE_JWT_SECRET',
      source: {
        en: '`npx -y @insforge/cli secrets get JWT_SECRET` — stored in the Action’s Secrets tab, not in the app',
        'zh-CN': '`npx -y @insforge/cli secrets get JWT_SECRET`——存放在 Action 的 Secrets 标签页中，不放进应用',
      },
      exposure: 'vault',
    },
  ],
  mistakes: [
    {
      id: 'auth0-no-before-session-saved',
      topic: 'auth',
      mistake: {
        en: 'The session has no `https://insforge.dev/insforge_token`',
        'zh-CN': '会话里没有 `https://insforge.dev/insforge_token`',
      },
      fix: {
        en: 'SDK v4 keeps only a default list of ID-token claims: copy the custom claim in `beforeSessionSaved`.',
        'zh-CN': 'SDK v4 只保留默认列表中的 ID 令牌声明：请在 `beforeSessionSaved` 中把自定义声明复制过来。',
      },
    },
    {
      id: 'auth0-id-token-object',
      topic: 'auth',
      mistake: {
        en: '`idToken` read as an object in `beforeSessionSaved`',
        'zh-CN': '在 `beforeSessionSaved` 中把 `idToken` 当成对象读取',
      },
      fix: {
        en: 'It is the raw JWT string: decode its payload (the second dot-separated part) to read the claim.',
        'zh-CN': '它是原始 JWT 字符串：解码其载荷（以点分隔的第二段）后再读取声明。',
      },
    },
    {
      id: 'auth0-action-not-in-flow',
      topic: 'auth',
      mistake: {
        en: 'The Action exists but no token appears after sign-in',
        'zh-CN': 'Action 已创建，但登录后没有出现令牌',
      },
      fix: {
        en: 'Deploy it, then drag it into Actions → Triggers → post-login and press Apply.',
        'zh-CN': '先 Deploy，再到 Actions → Triggers → post-login 把它拖入流程并点击 Apply。',
      },
    },
    {
      id: 'auth0-plain-claim-name',
      topic: 'auth',
      mistake: {
        en: 'The claim is named `insforge_token` without a namespace',
        'zh-CN': '声明名是不带命名空间的 `insforge_token`',
      },
      fix: {
        en: 'Use the URL-namespaced key `https://insforge.dev/insforge_token`, as Auth0 expects for custom claims.',
        'zh-CN': '使用带 URL 命名空间的键 `https://insforge.dev/insforge_token`，这是 Auth0 对自定义声明的要求。',
      },
    },
    {
      id: 'auth0-expired-after-hour',
      topic: 'auth',
      mistake: {
        en: 'Requests fail with 401 an hour after sign-in',
        'zh-CN': '登录一小时后请求返回 401',
      },
      fix: {
        en: 'The token is minted at login only and never refreshed: send the user through `/auth/login` again.',
        'zh-CN': '令牌只在登录时签发且不会刷新：让用户重新经过 `/auth/login` 登录。',
      },
    },
    {
      id: 'auth0-v3-route',
      topic: 'auth',
      mistake: {
        en: '`app/api/auth/[auth0]/route.ts` created as in SDK v3',
        'zh-CN': '照 SDK v3 的写法创建了 `app/api/auth/[auth0]/route.ts`',
      },
      fix: {
        en: 'Delete it: in v4 the proxy (`proxy.ts`, or `middleware.ts` before Next.js 16) mounts `/auth/login`, `/auth/logout` and `/auth/callback`.',
        'zh-CN':
          '删掉它：v4 中由代理（`proxy.ts`，Next.js 16 之前为 `middleware.ts`）挂载 `/auth/login`、`/auth/logout` 和 `/auth/callback`。',
      },
    },
  ],
  rlsCheck: { table: 'todos', row: { title: 'Buy milk' } },
};
