import { type Eip3009Token, USDG, X_LAYER } from './chains.ts';
import type { Localized } from './locale.ts';

/** The payment facilitators the site covers. Chain and token facts live in `chains.ts`. */
export interface Facilitator {
  readonly id: 'okx-x402';
  readonly name: string;
  /** Guide slug, English tree. */
  readonly guide: string;
  readonly whenToUse: Localized;
  readonly whoPaysGas: Localized;
  /** Where payments settle; the facts themselves live in `chains.ts`. */
  readonly chain: { readonly name: string; readonly network: string };
  readonly token: Eip3009Token;
}

export const FACILITATORS: readonly Facilitator[] = [
  {
    id: 'okx-x402',
    name: 'OKX x402',
    guide: 'payments/okx-x402',
    whenToUse: {
      en: 'Pay-per-use HTTP endpoints settled onchain in USDG on X Layer, with no gas for the payer.',
      'zh-CN': '按次付费的 HTTP 接口，在 X Layer 上以 USDG 链上结算，付款方无需支付 Gas。',
    },
    whoPaysGas: {
      en: 'OKX (the facilitator); the payer only needs USDG',
      'zh-CN': 'OKX（服务商）承担；付款方只需持有 USDG',
    },
    chain: X_LAYER,
    token: USDG,
  },
];
