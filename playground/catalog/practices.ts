import type { Localized } from './locale.ts';

/** The two kinds of integration the site covers. */
export type Topic = 'auth' | 'x402';

export interface Practice {
  readonly id: string;
  readonly topic: Topic;
  readonly text: Localized;
}

export interface Mistake {
  readonly id: string;
  readonly topic: Topic;
  readonly mistake: Localized;
  readonly fix: Localized;
}

/** Habits that keep an integration correct. Sources: seeds, facts/auth.md §1, facts/x402.md §5. */
export const PRACTICES: readonly Practice[] = [
  {
    id: 'text-owner-column',
    topic: 'auth',
    text: {
      en: 'Store owner ids in `TEXT` columns: every supported provider issues string ids, not UUIDs.',
      'zh-CN': '归属列一律用 `TEXT`：所有支持的提供商签发的用户 ID 都是字符串，而不是 UUID。',
    },
  },
  {
    id: 'requesting-user-id',
    topic: 'auth',
    text: {
      en: 'Write policies with `requesting_user_id()` — it returns `sub` as text — instead of `auth.uid()`, which casts to `uuid`.',
      'zh-CN': '策略里使用 `requesting_user_id()`（以文本形式返回 `sub`），不要用会强制转换成 `uuid` 的 `auth.uid()`。',
    },
  },
  {
    id: 'select-wrapped-helper',
    topic: 'auth',
    text: {
      en: 'Wrap the helper as `(select requesting_user_id())` and index the owner column, so Postgres evaluates it once per query, not once per row.',
      'zh-CN':
        '把函数写成 `(select requesting_user_id())` 并为归属列建索引，这样 Postgres 每次查询只计算一次，而不是每行一次。',
    },
  },
  {
    id: 'access-token',
    topic: 'auth',
    text: {
      en: 'Pass the token as the string `accessToken` in `createClient()`; when it rotates, call `setAccessToken(token, AuthChangeEvent.TOKEN_REFRESHED)`.',
      'zh-CN':
        '在 `createClient()` 中以字符串形式传入 `accessToken`；令牌轮换时调用 `setAccessToken(token, AuthChangeEvent.TOKEN_REFRESHED)`。',
    },
  },
  {
    id: 'secret-from-cli',
    topic: 'auth',
    text: {
      en: 'Fetch the signing secret with `npx -y @insforge/cli secrets get JWT_SECRET` and keep it server-side or in the provider’s vault: it can mint `project_admin` tokens that bypass RLS.',
      'zh-CN':
        '用 `npx -y @insforge/cli secrets get JWT_SECRET` 获取签名密钥，只放在服务端或提供商的密钥库里：拿到它就能签发绕过 RLS 的 `project_admin` 令牌。',
    },
  },
  {
    id: 'set-exp',
    topic: 'auth',
    text: {
      en: 'Always set `exp`, and keep `aud: "insforge-api"`: the backend does not check `aud` today, but every guide sets it.',
      'zh-CN': '务必设置 `exp`，并保留 `aud: "insforge-api"`：后端目前并不校验 `aud`，但所有指南都会带上它。',
    },
  },
  {
    id: 'check-insert',
    topic: 'x402',
    text: {
      en: 'Check the result of the ledger `insert(...)` after settlement: the money has already moved, so a silent failure loses the record.',
      'zh-CN': '结算后一定要检查账本 `insert(...)` 的结果：钱已经在链上转走了，插入静默失败就会丢失记录。',
    },
  },
  {
    id: 'unique-tx-hash',
    topic: 'x402',
    text: {
      en: 'Make `tx_hash` `UNIQUE`, so a retried settlement can never be recorded twice.',
      'zh-CN': '给 `tx_hash` 加上 `UNIQUE` 约束，重试的结算就不会被记录两次。',
    },
  },
  {
    id: 'check-domain',
    topic: 'x402',
    text: {
      en: 'Check the EIP-712 domain (`name`, `version`) against the token contract’s `DOMAIN_SEPARATOR` before the first real payment.',
      'zh-CN': '在第一笔真实支付之前，用代币合约的 `DOMAIN_SEPARATOR` 核对 EIP-712 域（`name`、`version`）。',
    },
  },
  {
    id: 'mock-facilitator',
    topic: 'x402',
    text: {
      en: 'Develop against a local mock facilitator (`npm run facilitator` here, `MOCK_OKX_FACILITATOR` in the InsForge guide), never with real funds.',
      'zh-CN':
        '本地开发时对接模拟服务商（本站的 `npm run facilitator`，或 InsForge 指南中的 `MOCK_OKX_FACILITATOR`），不要动用真实资金。',
    },
  },
];

/** What goes wrong most often, and the fix. */
export const MISTAKES: readonly Mistake[] = [
  {
    id: 'auth-uid',
    topic: 'auth',
    mistake: { en: 'Using `auth.uid()` in RLS policies', 'zh-CN': '在 RLS 策略中使用 `auth.uid()`' },
    fix: {
      en: 'Use `requesting_user_id()`: `auth.uid()` casts `sub` to `uuid` and fails on ids such as `user_2xPnG8KxVQr`.',
      'zh-CN':
        '改用 `requesting_user_id()`：`auth.uid()` 会把 `sub` 转成 `uuid`，遇到 `user_2xPnG8KxVQr` 这类 ID 就会报错。',
    },
  },
  {
    id: 'uuid-column',
    topic: 'auth',
    mistake: { en: 'A `UUID` column for `user_id`', 'zh-CN': '`user_id` 列使用 `UUID` 类型' },
    fix: {
      en: 'Use `TEXT NOT NULL DEFAULT requesting_user_id()`.',
      'zh-CN': '改为 `TEXT NOT NULL DEFAULT requesting_user_id()`。',
    },
  },
  {
    id: 'missing-helper',
    topic: 'auth',
    mistake: { en: 'No `requesting_user_id()` function', 'zh-CN': '没有创建 `requesting_user_id()` 函数' },
    fix: {
      en: 'Create it first: column defaults and policies refer to it.',
      'zh-CN': '先创建它：列默认值和策略都会引用这个函数。',
    },
  },
  {
    id: 'public-secret',
    topic: 'auth',
    mistake: {
      en: 'The JWT secret hard-coded, or in a `NEXT_PUBLIC_` / `VITE_` variable',
      'zh-CN': 'JWT 密钥写死在代码里，或放进了 `NEXT_PUBLIC_` / `VITE_` 变量',
    },
    fix: {
      en: 'Read it with `npx -y @insforge/cli secrets get JWT_SECRET` into a server-only variable such as `INSFORGE_JWT_SECRET`.',
      'zh-CN':
        '用 `npx -y @insforge/cli secrets get JWT_SECRET` 获取，只放进 `INSFORGE_JWT_SECRET` 这类仅服务端可见的变量。',
    },
  },
  {
    id: 'provider-token',
    topic: 'auth',
    mistake: {
      en: 'Sending the provider’s own RS256 / ES256 / EdDSA token',
      'zh-CN': '直接把提供商自己签发的 RS256 / ES256 / EdDSA 令牌发给 InsForge',
    },
    fix: {
      en: 'InsForge verifies HS256 with the project secret only: sign a separate token with it.',
      'zh-CN': 'InsForge 只按 HS256、用项目密钥验证令牌：请用该密钥另行签发一个令牌。',
    },
  },
  {
    id: 'custom-claims',
    topic: 'auth',
    mistake: {
      en: 'Reading custom claims such as `org_id` with `auth.jwt()`',
      'zh-CN': '用 `auth.jwt()` 读取 `org_id` 之类的自定义声明',
    },
    fix: {
      en: 'Only `sub`, `email` and `role` reach Postgres; look other facts up in a table keyed by `requesting_user_id()`.',
      'zh-CN': '只有 `sub`、`email` 和 `role` 会传到 Postgres；其他信息请按 `requesting_user_id()` 到表里查询。',
    },
  },
  {
    id: 'function-token',
    topic: 'auth',
    mistake: {
      en: 'An async function passed as `accessToken` (or `edgeFunctionToken`)',
      'zh-CN': '把异步函数传给 `accessToken`（或 `edgeFunctionToken`）',
    },
    fix: {
      en: 'Both take a string; push new tokens with `client.setAccessToken()`.',
      'zh-CN': '这两个字段都只接受字符串；新令牌请用 `client.setAccessToken()` 推送。',
    },
  },
  {
    id: 'exchange-key',
    topic: 'x402',
    mistake: { en: 'Using an OKX exchange trading API key', 'zh-CN': '使用 OKX 交易所的交易 API Key' },
    fix: {
      en: 'Create a separate Web3 API key at `web3.okx.com/onchainos/dev-portal`; the trading key fails with `Invalid Authority`.',
      'zh-CN': '在 `web3.okx.com/onchainos/dev-portal` 单独创建 Web3 API Key；交易 Key 会返回 `Invalid Authority`。',
    },
  },
  {
    id: 'wrong-domain',
    topic: 'x402',
    mistake: {
      en: 'Wrong EIP-712 domain, such as `name: "USDG"` or `version: "2"`',
      'zh-CN': 'EIP-712 域填错，例如 `name: "USDG"` 或 `version: "2"`',
    },
    fix: {
      en: 'USDG on X Layer signs with `name: "Global Dollar"`, `version: "1"`; read the contract’s `DOMAIN_SEPARATOR` to be sure.',
      'zh-CN':
        'X Layer 上的 USDG 使用 `name: "Global Dollar"`、`version: "1"` 签名；以合约的 `DOMAIN_SEPARATOR` 为准。',
    },
  },
  {
    id: 'missing-chain-index',
    topic: 'x402',
    mistake: {
      en: 'Calling OKX `/verify` or `/settle` without `chainIndex`',
      'zh-CN': '调用 OKX 的 `/verify` 或 `/settle` 时没有传 `chainIndex`',
    },
    fix: {
      en: 'Send `chainIndex: "196"` on both calls, or OKX answers `50014`.',
      'zh-CN': '两个接口都要带上 `chainIndex: "196"`，否则 OKX 返回 `50014`。',
    },
  },
  {
    id: 'ignored-insert-error',
    topic: 'x402',
    mistake: {
      en: 'Ignoring the database insert error after settlement',
      'zh-CN': '忽略结算后的数据库插入错误',
    },
    fix: {
      en: 'Destructure `{ error }` and log `[payment-log] insert failed` with the tx hash for reconciliation.',
      'zh-CN': '解构出 `{ error }`，并记录带交易哈希的 `[payment-log] insert failed` 日志，便于对账。',
    },
  },
  {
    id: 'mock-in-production',
    topic: 'x402',
    mistake: { en: '`MOCK_OKX_FACILITATOR=true` in production', 'zh-CN': '生产环境开启了 `MOCK_OKX_FACILITATOR=true`' },
    fix: {
      en: 'Unset it: the guide’s mock accepts any signature and returns fake transaction hashes.',
      'zh-CN': '删除该变量：指南里的模拟模式接受任何签名，并返回伪造的交易哈希。',
    },
  },
];
