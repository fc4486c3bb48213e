import type { EnvVar } from './guideFacts.ts';
import { INSFORGE_URL_VAR } from './insforgeEnvVars.ts';
import type { Localized } from './locale.ts';
import type { Mistake } from './practices.ts';

/**
 * Facts the OKX x402 guide renders in both languages: the payment's journey, the environment, the
 * guide's own mistakes and the v1 / v2 / OKX-variant comparison. Chain and token constants live in
 * `chains.ts`. Source: `shared/facts/x402.md` §1, §4, §5, §6.
 */
export interface X402GuideFacts {
  /** One short step per box of the flow figure, with who acts. */
  readonly flow: readonly FlowStep[];
  readonly envVars: readonly EnvVar[];
  /** Mistakes specific to this guide; the general x402 ones are in `practices.ts`. */
  readonly mistakes: readonly Mistake[];
  readonly versions: readonly VersionRow[];
}

/** Who acts in a step of the payment flow. */
export type FlowActor = 'client' | 'wallet' | 'server' | 'okx' | 'insforge';

export interface FlowStep {
  readonly actor: FlowActor;
  readonly text: Localized;
}

/** One aspect of the wire format, as x402 v1, x402 v2 and the InsForge guide's OKX variant handle it. */
export interface VersionRow {
  readonly aspect: Localized;
  readonly v1: Localized;
  readonly v2: Localized;
  readonly okx: Localized;
}

/** The same text in both languages: a cell that holds only code. */
const code = (text: string): Localized => ({ en: text, 'zh-CN': text });

export const OKX_X402: X402GuideFacts = {
  flow: [
    {
      actor: 'server',
      text: {
        en: 'Called without payment, the paid route answers `402` with a `PAYMENT-REQUIRED` challenge',
        'zh-CN': '未附支付的请求到达付费路由，服务端返回 `402`，并在 `PAYMENT-REQUIRED` 中附上 402 质询',
      },
    },
    {
      actor: 'wallet',
      text: {
        en: 'The wallet switches to X Layer (`0xc4`) and signs an EIP-3009 `TransferWithAuthorization` for USDG',
        'zh-CN': '钱包切换到 X Layer（`0xc4`），为 USDG 签署 EIP-3009 `TransferWithAuthorization`',
      },
    },
    {
      actor: 'client',
      text: {
        en: 'The client retries with the signed payload in `PAYMENT-SIGNATURE`',
        'zh-CN': '客户端带着 `PAYMENT-SIGNATURE` 中的签名载荷重试请求',
      },
    },
    {
      actor: 'okx',
      text: {
        en: 'Your server calls OKX `/verify`, then `/settle`; OKX broadcasts the transfer and pays the gas',
        'zh-CN': '服务端依次调用 OKX 的 `/verify` 和 `/settle`；OKX 广播转账并承担 Gas',
      },
    },
    {
      actor: 'server',
      text: {
        en: 'The server inserts a row into `x402_payments` and returns the content with `PAYMENT-RESPONSE`',
        'zh-CN': '服务端向 `x402_payments` 插入一行记录，返回内容并附上 `PAYMENT-RESPONSE`',
      },
    },
    {
      actor: 'insforge',
      text: {
        en: 'A trigger calls `realtime.publish()`; the dashboard receives `INSERT_x402_payments`',
        'zh-CN': '触发器调用 `realtime.publish()`；看板收到 `INSERT_x402_payments` 事件',
      },
    },
  ],
  envVars: [
    {
      name: 'OKX_API_KEY',
      source: {
        en: 'OKX Onchain OS Dev Portal, `web3.okx.com/onchainos/dev-portal` — a Web3 API key, not an exchange key',
        'zh-CN': 'OKX Onchain OS 开发者平台 `web3.okx.com/onchainos/dev-portal`——Web3 API Key，不是交易所 Key',
      },
      exposure: 'server',
    },
    {
      name: 'OKX_SECRET_KEY',
      source: {
        en: 'Shown once when the API key is created; save it then',
        'zh-CN': '创建 API Key 时只显示一次，请当场保存',
      },
      exposure: 'server',
    },
    {
      name: 'OKX_PASSPHRASE',
      source: { en: 'The passphrase you set for the API key', 'zh-CN': '创建 API Key 时设置的 Passphrase（API 口令）' },
      exposure: 'server',
    },
    {
      name: 'OKX_FACILITATOR_URL',
      source: {
        en: '`https://web3.okx.com` in production; `http://127.0.0.1:4402` while developing against `npm run facilitator`',
        'zh-CN': '生产环境为 `https://web3.okx.com`；对接 `npm run facilitator` 开发时为 `http://127.0.0.1:4402`',
      },
      exposure: 'server',
    },
    {
      name: 'PAYMENT_RECIPIENT',
      source: {
        en: 'Your payee address on X Layer, `0x…` (not the `XKO…` form OKX Wallet displays)',
        'zh-CN': '你在 X Layer 上的收款地址，`0x…` 格式（不是 OKX 钱包显示的 `XKO…` 格式）',
      },
      exposure: 'server',
    },
    INSFORGE_URL_VAR,
    {
      name: 'NEXT_PUBLIC_INSFORGE_ANON_KEY',
      source: {
        en: '`npx -y @insforge/cli secrets get ANON_KEY` — the dashboard reads the ledger with it',
        'zh-CN': '`npx -y @insforge/cli secrets get ANON_KEY`——看板用它读取账本',
      },
      exposure: 'public',
    },
    {
      name: 'INSFORGE_SERVICE_KEY',
      source: {
        en: 'The project’s admin API key (`ik_…`), not the anon key: it bypasses RLS, so only the paid route uses it, to write the ledger',
        'zh-CN': '项目的管理员 API Key（`ik_…`），不是 anon key：它绕过 RLS，只在付费路由中用于写入账本',
      },
      exposure: 'server',
    },
  ],
  mistakes: [
    {
      id: 'x402-wrong-chain',
      topic: 'x402',
      mistake: {
        en: 'The wallet signs while connected to another chain',
        'zh-CN': '钱包连接在其他链上就签名',
      },
      fix: {
        en: 'Call `wallet_switchEthereumChain` with `0xc4` first, and `wallet_addEthereumChain` when it fails with `4902`.',
        'zh-CN': '先用 `0xc4` 调用 `wallet_switchEthereumChain`，返回 `4902` 时再调用 `wallet_addEthereumChain`。',
      },
    },
    {
      id: 'x402-xko-address',
      topic: 'x402',
      mistake: {
        en: '`PAYMENT_RECIPIENT` copied from OKX Wallet as `XKO…`',
        'zh-CN': '`PAYMENT_RECIPIENT` 直接从 OKX 钱包复制成了 `XKO…` 格式',
      },
      fix: {
        en: 'Use the `0x…` form of the same address: `XKO…` is not an EVM address and fails `getAddress()`.',
        'zh-CN': '改用同一地址的 `0x…` 形式：`XKO…` 不是 EVM 地址，`getAddress()` 会直接报错。',
      },
    },
    {
      id: 'x402-wrapped-base64',
      topic: 'x402',
      mistake: {
        en: 'A header built with `base64` on the command line, wrapped at 76 columns',
        'zh-CN': '在命令行用 `base64` 生成消息头，输出在 76 列处换行',
      },
      fix: {
        en: 'Use `base64 -w0`: strict decoders such as `@x402/core` reject line breaks and base64url.',
        'zh-CN': '使用 `base64 -w0`：`@x402/core` 等严格解码器会拒绝换行和 base64url。',
      },
    },
    {
      id: 'x402-timeout-string',
      topic: 'x402',
      mistake: {
        en: '`maxTimeoutSeconds: "300"` as a string',
        'zh-CN': '把 `maxTimeoutSeconds: "300"` 写成了字符串',
      },
      fix: {
        en: 'Send a JSON number: clients add it to the clock, and a string concatenates into a nonsense `validBefore`.',
        'zh-CN': '请使用 JSON 数字：客户端会把它加到当前时间上，字符串会被拼接成错误的 `validBefore`。',
      },
    },
    {
      id: 'x402-btoa-unicode',
      topic: 'x402',
      mistake: {
        en: 'Bare `btoa(JSON.stringify(…))` on a challenge with non-ASCII text',
        'zh-CN': '对含非 ASCII 文本的质询直接使用 `btoa(JSON.stringify(…))`',
      },
      fix: {
        en: 'Encode UTF-8 bytes first (`TextEncoder`), or keep the challenge ASCII: `btoa` throws above U+00FF.',
        'zh-CN': '先编码成 UTF-8 字节（`TextEncoder`），或让质询只含 ASCII：`btoa` 遇到 U+00FF 以上的字符会抛错。',
      },
    },
    {
      id: 'x402-no-unique',
      topic: 'x402',
      mistake: { en: '`tx_hash` without `UNIQUE`', 'zh-CN': '`tx_hash` 没有 `UNIQUE` 约束' },
      fix: {
        en: 'A retried request then records one payment twice; add the constraint and treat a duplicate as already recorded.',
        'zh-CN': '请求重试时同一笔支付会被记录两次；加上约束，并把重复插入视为已记录。',
      },
    },
    {
      id: 'x402-explorer-link',
      topic: 'x402',
      mistake: {
        en: 'Explorer links hard-coded to one chain',
        'zh-CN': '区块浏览器链接写死为某一条链',
      },
      fix: {
        en: 'Build the link from the row’s `chain` column, falling back to X Layer.',
        'zh-CN': '根据记录的 `chain` 列生成链接，未知时回退到 X Layer。',
      },
    },
    {
      id: 'x402-realtime-client',
      topic: 'x402',
      mistake: {
        en: 'A new InsForge client created on every render of the dashboard',
        'zh-CN': '看板每次渲染都新建一个 InsForge 客户端',
      },
      fix: {
        en: 'Create one browser client for the page: each client opens its own WebSocket.',
        'zh-CN': '整个页面只创建一个浏览器端客户端：每个客户端都会单独建立 WebSocket 连接。',
      },
    },
    {
      id: 'x402-fetch-spend-controls',
      topic: 'x402',
      mistake: {
        en: '`@x402/fetch` refuses to pay: “rejected by spendControls”',
        'zh-CN': '`@x402/fetch` 拒绝支付：“rejected by spendControls”',
      },
      fix: {
        en: 'USDG on `eip155:196` is not in its default asset list; allow it with `setSpendControls({ allowedAssets: […] })`.',
        'zh-CN': '`eip155:196` 上的 USDG 不在其默认资产列表中；用 `setSpendControls({ allowedAssets: […] })` 放行。',
      },
    },
  ],
  versions: [
    { aspect: code('x402Version'), v1: code('`1`'), v2: code('`2`'), okx: code('`1`') },
    {
      aspect: { en: 'Where the 402 challenge is', 'zh-CN': '402 质询的位置' },
      v1: { en: 'JSON response body', 'zh-CN': 'JSON 响应体' },
      v2: { en: '`PAYMENT-REQUIRED` header', 'zh-CN': '`PAYMENT-REQUIRED` 响应头' },
      okx: { en: '`PAYMENT-REQUIRED` header', 'zh-CN': '`PAYMENT-REQUIRED` 响应头' },
    },
    {
      aspect: { en: 'Payment header', 'zh-CN': '支付请求头' },
      v1: code('`X-PAYMENT`'),
      v2: code('`PAYMENT-SIGNATURE`'),
      okx: code('`PAYMENT-SIGNATURE`'),
    },
    {
      aspect: { en: 'Receipt header', 'zh-CN': '回执响应头' },
      v1: code('`X-PAYMENT-RESPONSE`'),
      v2: code('`PAYMENT-RESPONSE`'),
      okx: code('`PAYMENT-RESPONSE`'),
    },
    {
      aspect: { en: 'Network id', 'zh-CN': '网络标识' },
      v1: { en: 'Short name, such as `base`; none exists for X Layer', 'zh-CN': '简称，例如 `base`；X Layer 没有简称' },
      v2: { en: 'CAIP-2, `eip155:196`', 'zh-CN': 'CAIP-2，`eip155:196`' },
      okx: { en: 'CAIP-2, `eip155:196`', 'zh-CN': 'CAIP-2，`eip155:196`' },
    },
    {
      aspect: { en: 'Price field', 'zh-CN': '价格字段' },
      v1: code('`maxAmountRequired`'),
      v2: code('`amount`'),
      okx: code('`maxAmountRequired`'),
    },
    {
      aspect: { en: 'Resource', 'zh-CN': '资源描述' },
      v1: { en: '`resource` URL string in each requirement', 'zh-CN': '每个支付要求里的 `resource` URL 字符串' },
      v2: { en: 'One `resource` object beside `accepts`', 'zh-CN': '与 `accepts` 并列的一个 `resource` 对象' },
      okx: { en: '`resource` URL string in each requirement', 'zh-CN': '每个支付要求里的 `resource` URL 字符串' },
    },
    {
      aspect: { en: 'Payment payload', 'zh-CN': '支付载荷' },
      v1: { en: '`scheme` and `network` at the top level', 'zh-CN': '顶层的 `scheme` 和 `network`' },
      v2: {
        en: '`accepted`: a verbatim copy of the chosen requirement',
        'zh-CN': '`accepted`：所选支付要求的原样副本',
      },
      okx: { en: '`scheme` and `network` at the top level', 'zh-CN': '顶层的 `scheme` 和 `network`' },
    },
    {
      aspect: { en: 'OKX facilitator API', 'zh-CN': 'OKX 服务商接口' },
      v1: { en: '—', 'zh-CN': '—' },
      v2: {
        en: '`/api/v6/pay/x402/verify|settle` per the official OKX SDK: no `chainIndex`, `data` an object',
        'zh-CN': '官方 OKX SDK 所述的 `/api/v6/pay/x402/verify|settle`：无 `chainIndex`，`data` 为对象',
      },
      okx: {
        en: '`/api/v6/x402/verify|settle` with `chainIndex: "196"`, `data` an array',
        'zh-CN': '`/api/v6/x402/verify|settle`，带 `chainIndex: "196"`，`data` 为数组',
      },
    },
    {
      aspect: { en: 'Paid by stock `@x402/fetch` 2.x', 'zh-CN': '标准 `@x402/fetch` 2.x 能否支付' },
      v1: { en: 'Yes, on the short-named networks only', 'zh-CN': '能，但仅限有简称的网络' },
      v2: {
        en: 'Yes, once USDG is allowed in `spendControls`',
        'zh-CN': '能，需先在 `spendControls` 中放行 USDG',
      },
      okx: {
        en: 'No: version 1 with a CAIP-2 network matches no registered scheme',
        'zh-CN': '不能：版本 1 搭配 CAIP-2 网络，匹配不到任何已注册的方案',
      },
    },
  ],
};
