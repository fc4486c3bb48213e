/**
 * The site's Chinese glossary: one Chinese form per concept, everywhere Chinese appears (pages,
 * catalog `'zh-CN'` strings, island and site strings, and so llms.txt and the skill). Seeded from the
 * team glossary (`zh-glossary.md`, "中文术语与排版约定"), with the rows this project had to decide
 * marked `added`. Code, identifiers, header names, URLs and product names stay as they are.
 *
 * `rejected` patterns are matched against Chinese text with code taken out; a content test keeps
 * every one of them at zero. `firstUse` is the form a page's first mention must take.
 */
export interface GlossaryEntry {
  /** The English term, with the sense that matters. */
  readonly term: string;
  /** The one Chinese form. */
  readonly use: string;
  /** What Chinese text must not say for this concept. */
  readonly rejected: readonly RegExp[];
  /** On each page, the text at the first match of `mention` must start with `form` (`服务商（Facilitator）`). */
  readonly firstUse?: { readonly mention: RegExp; readonly form: string };
  readonly why: string;
  /** A row this project added to the team glossary. */
  readonly added?: true;
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    term: 'facilitator (x402)',
    use: '服务商; on its first mention on a page 服务商（Facilitator）',
    rejected: [/(?<![\w-]|（)facilitator(?![\w-]|）)/i, /服务方/, /促进者/],
    firstUse: { mention: /服务商/, form: '服务商（Facilitator）' },
    why: 'the source documents say 支付服务商; the gloss on first use separates it from WeChat Pay’s 服务商模式',
  },
  {
    term: 'token',
    use: '令牌',
    rejected: [/(?<![\w-])Token(?![\w-])/],
    why: 'field names (`access_token`, Public token) stay English',
  },
  { term: 'claim', use: '声明', rejected: [/申明/, /断言/], why: 'one word for one JWT concept' },
  {
    term: 'RLS',
    use: '行级安全（RLS） on first use, then 行级安全 or RLS',
    rejected: [/行安全性/],
    firstUse: { mention: /行级安全|RLS/, form: '行级安全（RLS）' },
    why: 'the name Postgres’ Chinese docs use, tied once to the abbreviation readers will meet in code',
  },
  { term: 'auth provider', use: '认证提供商', rejected: [/身份服务商/], why: '服务商 is the x402 facilitator' },
  { term: 'sign (a token)', use: '签发', rejected: [/签出/], why: '签出 means checkout' },
  { term: 'sign (bytes, a signature)', use: '签名', rejected: [], why: 'the cryptographic act' },
  { term: 'sign (an EIP-3009 authorization)', use: '签署', rejected: [], why: 'only for the payer’s wallet act' },
  { term: '402 challenge', use: '质询', rejected: [/挑战/], why: 'as MDN 中文 for HTTP auth challenges' },
  { term: 'receipt (PAYMENT-RESPONSE)', use: '回执', rejected: [/收据/], why: 'one word for the settlement answer' },
  { term: 'settle / settlement', use: '结算', rejected: [], why: 'the facilitator’s on-chain step' },
  { term: 'middleware', use: '中间件', rejected: [], why: 'the usual Chinese term' },
  {
    term: 'proxy (Next.js 16’s `proxy.ts`)',
    use: '代理; on its first mention on a page 代理（Proxy）',
    rejected: [/(?<![\w-]|（)proxy(?![\w.-]|）)/i],
    firstUse: { mention: /代理/, form: '代理（Proxy）' },
    why: 'Next.js 16 renamed its middleware file to proxy; the gloss on first use names the file convention, not a network proxy; 中间件 stays for `middleware.ts` and SDK functions that keep that name',
    added: true,
  },
  {
    term: 'hook',
    use: 'Hook',
    rejected: [/(?<![\w-])hooks?(?![\w-])/, /钩子(?!函数)/],
    why: 'as zh-hans.react.dev; 钩子函数 only for Auth0 callbacks',
  },
  { term: 'playground', use: '演练场', rejected: [/在线试用/, /游乐场/], why: 'page titles and sidebar alike' },
  { term: 'JWT secret', use: 'JWT 密钥', rejected: [], why: 'a shared secret' },
  {
    term: 'API key',
    use: 'API Key',
    rejected: [/API ?密钥/],
    why: 'the providers’ consoles say API Key; half-translating it made two names for one thing',
    added: true,
  },
  {
    term: 'private key / public key',
    use: '私钥 / 公钥',
    rejected: [/测试密钥/],
    why: '密钥 is kept for shared secrets; the x402 playground’s test key is a private key',
  },
  { term: 'callback URL', use: '回调地址 (the route itself: 回调路由)', rejected: [/回调 ?URL/], why: 'plain Chinese' },
  { term: 'provider dashboard', use: '控制台', rejected: [/后台(?!线程)/], why: '后台 is a background thread here' },
  { term: 'live payments dashboard', use: '实时看板', rejected: [/仪表盘/], why: 'one name for the x402 dashboard' },
  { term: 'owner column', use: '归属列', rejected: [/所有者列/], why: 'avoids PostgreSQL’s object owner' },
  {
    term: 'owner (of a row)',
    use: '所有者',
    rejected: [],
    why: 'the user a row belongs to; only the column is 归属列',
    added: true,
  },
  { term: 'sandbox', use: '沙箱', rejected: [/沙盒/], why: 'one word for the in-tab Postgres' },
  {
    term: 'verify (a signature, a token, `/verify`)',
    use: '验证',
    rejected: [/校验(?:该|这个)?(?:令牌|签名)/],
    why: 'do not mix 验证 and 校验 for one act: verifying a token or signature is 验证',
  },
  { term: 'check (a rule, a field)', use: '检查 / 校验', rejected: [], why: 'a check is not a verification' },
  { term: 'agent', use: 'Agent', rejected: [/智能体/], why: 'matches Skill, SKILL.md' },
  {
    term: 'Realtime (InsForge product)',
    use: 'Realtime; as an adjective 实时',
    rejected: [/(?<![\w.])realtime(?![\w.])/],
    why: 'a product name is capitalised; `realtime.publish()` is code',
  },
  { term: 'base64', use: 'Base64 in prose', rejected: [/(?<![\w.-])base64(?![\w.-])/], why: 'code stays as it is' },
  {
    term: 'passphrase (OKX)',
    use: 'Passphrase（API 口令） on first use',
    rejected: [/(?<!API )口令/],
    firstUse: { mention: /Passphrase|口令/, form: 'Passphrase（API 口令）' },
    why: 'OKX keeps Passphrase',
  },
  { term: 'lifetime (token)', use: '有效期', rejected: [/有效时长/], why: 'one word for how long a token lives' },
  {
    term: 'expiry (`exp`)',
    use: '过期时间',
    rejected: [],
    why: 'the moment, as against the lifetime (有效期)',
    added: true,
  },
  { term: 'stand-ins (sandbox)', use: '模拟实现', rejected: [/替身/], why: 'plain technical Chinese' },
  {
    term: 'block explorer',
    use: '区块浏览器',
    rejected: [/(?<!区块)浏览器链接/],
    why: '浏览器 alone is the web browser',
  },
  {
    term: 'insert-only inbox',
    use: '投递式收件箱（仅插入）',
    rejected: [/只写收件箱/],
    why: 'insert-only is not write-only',
  },
  {
    term: 'header inspector',
    use: '消息头检查器',
    rejected: [/请求头检查器/, /头部检查器/],
    why: 'it inspects response headers too',
  },
  {
    term: 'HTTP header, either direction',
    use: '消息头 (请求头 / 响应头 when the direction is known)',
    rejected: [/支付头/],
    why: 'an x402 payment header may be the challenge, the payment or the receipt',
    added: true,
  },
  {
    term: 'JWT header / payload / signature (a token’s parts)',
    use: '头部 / 载荷 / 签名',
    rejected: [/头部（Header）/],
    why: 'the part’s name is quoted inside parentheses ("令牌无法解码（头部）"), where a gloss would nest',
    added: true,
  },
  {
    term: 'payment payload (PaymentPayload)',
    use: '支付载荷',
    rejected: [/付款载荷/],
    why: '支付 for the protocol’s nouns (支付要求、支付载荷), 付款 for the payer’s act (付款方、付款)',
    added: true,
  },
  {
    term: 'anon key',
    use: 'anon key',
    rejected: [/匿名密钥/],
    why: 'InsForge’s name for it (`ANON_KEY`), like API Key; 匿名密钥 read as a second key',
    added: true,
  },
  {
    term: 'keep a token fresh',
    use: '按时刷新令牌',
    rejected: [/新鲜/],
    why: 'a token is not fresh in Chinese: say that it is refreshed',
    added: true,
  },
  { term: 'repository checkout', use: '本地克隆', rejected: [/检出目录/], why: '检出 is Git jargon few readers use' },
];

/** `text` with code spans and URLs blanked out: identifiers such as `realtime.publish()` are not prose. */
export function outsideCode(text: string): string {
  return text.replace(/`[^`]*`|https?:\/\/\S+/g, ' ');
}

/** Each rejected variant `text` uses outside code, with the glossary row it goes against. */
export function rejectedVariants(text: string): { entry: GlossaryEntry; variant: string }[] {
  const prose = outsideCode(text);
  return GLOSSARY.flatMap((entry) =>
    entry.rejected.flatMap((pattern) => {
      const match = pattern.exec(prose);
      return match ? [{ entry, variant: match[0] }] : [];
    }),
  );
}
