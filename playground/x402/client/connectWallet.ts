import { getAddress, isAddress } from 'viem/utils';
import { X_LAYER } from '../../catalog/chains.ts';
import {
  EIP712_DOMAIN_FIELDS,
  TRANSFER_WITH_AUTHORIZATION_TYPES,
  type TransferAuthorizationTypedData,
} from '../wire/transferAuthorizationTypedData.ts';
import type { Hex } from '../wire/x402Types.ts';
import type { TypedDataSigner } from './signTransferAuthorization.ts';
import { WalletError } from './walletErrors.ts';

/** The one method of an injected wallet (`window.ethereum`, EIP-1193) this playground calls. */
export interface Eip1193Provider {
  request(args: { method: string; params?: unknown[] }): Promise<unknown>;
}

/** EIP-1193: the user rejected the request. */
const USER_REJECTED = 4001;
/** The wallet does not know the chain yet: add it, then it is selected. */
const UNRECOGNIZED_CHAIN = 4902;

function walletCode(error: unknown): number | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'number' ? code : undefined;
}

/** A wallet failure as a `WalletError` the page can translate. */
function toWalletError(error: unknown, method: string): WalletError {
  const code = walletCode(error);
  const reason = code === USER_REJECTED ? 'wallet_rejected' : 'wallet_failed';
  return new WalletError(reason, `${method} failed`, { method, ...(code === undefined ? {} : { walletCode: code }) });
}

async function ask(provider: Eip1193Provider, method: string, params?: unknown[]): Promise<unknown> {
  try {
    return await provider.request(params === undefined ? { method } : { method, params });
  } catch (error) {
    throw toWalletError(error, method);
  }
}

/**
 * Asks the wallet for its account (`eth_requestAccounts`, which shows the wallet's own prompt).
 *
 * @throws {WalletError} `wallet_rejected` | `wallet_no_account` | `wallet_failed`.
 * @example
 * const address = await requestWalletAccount(window.ethereum);
 */
export async function requestWalletAccount(provider: Eip1193Provider): Promise<Hex> {
  const accounts = await ask(provider, 'eth_requestAccounts');
  const first = Array.isArray(accounts) ? accounts[0] : undefined;
  if (typeof first !== 'string' || !isAddress(first, { strict: false })) {
    throw new WalletError('wallet_no_account', 'The wallet returned no EVM account');
  }
  return getAddress(first);
}

/**
 * Selects X Layer (chain 196) in the wallet, adding it first when the wallet answers 4902 (unknown
 * chain), as the InsForge guide's client does; then checks the wallet really is on 196, since
 * wallets refuse typed data whose `chainId` is not the selected chain.
 *
 * @throws {WalletError} `wallet_rejected` | `wallet_wrong_chain` | `wallet_failed`.
 */
export async function switchToXLayer(provider: Eip1193Provider): Promise<void> {
  try {
    await provider.request({ method: 'wallet_switchEthereumChain', params: [{ chainId: X_LAYER.chainIdHex }] });
  } catch (error) {
    if (walletCode(error) !== UNRECOGNIZED_CHAIN) throw toWalletError(error, 'wallet_switchEthereumChain');
    await ask(provider, 'wallet_addEthereumChain', [
      {
        chainId: X_LAYER.chainIdHex,
        chainName: X_LAYER.name,
        nativeCurrency: X_LAYER.nativeCurrency,
        rpcUrls: [X_LAYER.rpcUrls[0]],
        blockExplorerUrls: [X_LAYER.explorerUrl],
      },
    ]);
  }
  const chainId = await ask(provider, 'eth_chainId');
  if (typeof chainId !== 'string' || Number.parseInt(chainId, 16) !== X_LAYER.chainId) {
    throw new WalletError('wallet_wrong_chain', 'The wallet is not on X Layer', { chainId: String(chainId) });
  }
}

/**
 * The typed data exactly as `eth_signTypedData_v4` receives it: JSON with the `EIP712Domain` type
 * spelled out and the amounts and times as decimal strings. The page shows this text before the
 * wallet is asked.
 *
 * @example
 * walletTypedData(typedData); // '{"types":{"EIP712Domain":[…],"TransferWithAuthorization":[…]},"primaryType":…}'
 */
export function walletTypedData(typedData: TransferAuthorizationTypedData): string {
  const { domain, primaryType, message } = typedData;
  return JSON.stringify(
    {
      types: { EIP712Domain: EIP712_DOMAIN_FIELDS, ...TRANSFER_WITH_AUTHORIZATION_TYPES },
      primaryType,
      domain,
      message: {
        ...message,
        value: message.value.toString(),
        validAfter: message.validAfter.toString(),
        validBefore: message.validBefore.toString(),
      },
    },
    null,
    2,
  );
}

/**
 * Wraps an injected wallet as a `TypedDataSigner`. Before every signature it hands the exact JSON to
 * `confirm` (the page shows it and waits for the reader), then switches the wallet to X Layer, then asks
 * it to sign. A rejected `confirm` aborts without contacting the wallet.
 *
 * @example
 * const signer = walletSigner(window.ethereum, address, (json) => showAndWait(json));
 * await runPaymentFlow({ facilitator, ledger, signer });
 */
export function walletSigner(
  provider: Eip1193Provider,
  address: Hex,
  confirm: (typedDataJson: string) => Promise<void>,
): TypedDataSigner {
  return {
    address,
    async signTypedData(typedData) {
      const json = walletTypedData(typedData);
      await confirm(json);
      await switchToXLayer(provider);
      const signature = await ask(provider, 'eth_signTypedData_v4', [address, json]);
      if (typeof signature !== 'string' || !/^0x[0-9a-fA-F]+$/.test(signature)) {
        throw new WalletError('wallet_failed', 'The wallet returned no signature', { method: 'eth_signTypedData_v4' });
      }
      return signature as Hex;
    },
  };
}
