import { privateKeyToAccount } from 'viem/accounts';
import { describe, expect, test } from 'vitest';
import { ANVIL_ACCOUNT_0, ANVIL_ACCOUNT_1_ADDRESS } from '../../../tests/fixtures/x402Vectors.ts';
import { PLAYGROUND_USDG } from '../../catalog/chains.ts';
import { recoverTransferAuthorizationSigner } from '../facilitator/recoverTransferAuthorizationSigner.ts';
import { eip712DomainFor, transferAuthorizationTypedData } from '../wire/transferAuthorizationTypedData.ts';
import {
  type Eip1193Provider,
  requestWalletAccount,
  switchToXLayer,
  walletSigner,
  walletTypedData,
} from './connectWallet.ts';
import { signTransferAuthorization } from './signTransferAuthorization.ts';

const account = privateKeyToAccount(ANVIL_ACCOUNT_0.privateKey);
type Answer = unknown | { error: { code: number } };

/** A scripted wallet: answers per method (an `error` entry throws it), and logs every call. */
function fakeWallet(answers: Record<string, Answer | Answer[]>) {
  const calls: { method: string; params?: unknown[] }[] = [];
  const provider: Eip1193Provider = {
    async request(args) {
      calls.push(args);
      const scripted = answers[args.method];
      const answer = Array.isArray(scripted) && args.method !== 'eth_requestAccounts' ? scripted.shift() : scripted;
      if (answer && typeof answer === 'object' && 'error' in answer)
        throw Object.assign(new Error('wallet'), answer.error);
      if (typeof answer === 'function') return answer(args.params);
      return answer;
    },
  };
  return { provider, calls };
}

const terms = {
  network: PLAYGROUND_USDG.network,
  asset: PLAYGROUND_USDG.address,
  extra: { name: PLAYGROUND_USDG.name, version: PLAYGROUND_USDG.version },
  payTo: ANVIL_ACCOUNT_1_ADDRESS,
  amount: '1',
  maxTimeoutSeconds: 300,
};

describe('switchToXLayer', () => {
  test('default: a wallet that knows X Layer is switched, then checked', async () => {
    const { provider, calls } = fakeWallet({ wallet_switchEthereumChain: null, eth_chainId: '0xc4' });
    await switchToXLayer(provider);
    expect(calls.map((c) => c.method)).toEqual(['wallet_switchEthereumChain', 'eth_chainId']);
    expect(calls[0]?.params).toEqual([{ chainId: '0xc4' }]);
  });

  test('behavior: 4902 (unknown chain) falls back to wallet_addEthereumChain with X Layer’s details', async () => {
    const { provider, calls } = fakeWallet({
      wallet_switchEthereumChain: { error: { code: 4902 } },
      wallet_addEthereumChain: null,
      eth_chainId: '0xc4',
    });
    await switchToXLayer(provider);
    expect(calls.map((c) => c.method)).toEqual([
      'wallet_switchEthereumChain',
      'wallet_addEthereumChain',
      'eth_chainId',
    ]);
    expect(calls[1]?.params).toEqual([
      {
        chainId: '0xc4',
        chainName: 'X Layer',
        nativeCurrency: { name: 'OKB', symbol: 'OKB', decimals: 18 },
        rpcUrls: ['https://rpc.xlayer.tech'],
        blockExplorerUrls: ['https://www.okx.com/web3/explorer/xlayer'],
      },
    ]);
  });

  test.each([
    ['the reader rejects the switch', { wallet_switchEthereumChain: { error: { code: 4001 } } }, 'wallet_rejected'],
    ['the wallet stays elsewhere', { wallet_switchEthereumChain: null, eth_chainId: '0x1' }, 'wallet_wrong_chain'],
    ['the wallet fails otherwise', { wallet_switchEthereumChain: { error: { code: -32603 } } }, 'wallet_failed'],
  ])('error: %s', async (_name, answers, code) => {
    await expect(switchToXLayer(fakeWallet(answers).provider)).rejects.toMatchObject({ code });
  });
});

describe('requestWalletAccount', () => {
  test('default: the first account, checksummed', async () => {
    const { provider } = fakeWallet({ eth_requestAccounts: [ANVIL_ACCOUNT_0.address.toLowerCase()] });
    expect(await requestWalletAccount(provider)).toBe(ANVIL_ACCOUNT_0.address);
  });

  test.each([
    ['no account', { eth_requestAccounts: [] }, 'wallet_no_account'],
    ['an XKO… address', { eth_requestAccounts: ['XKO70997970c51812dc3a010c7d01b50e0d17dc79c8'] }, 'wallet_no_account'],
    ['rejected', { eth_requestAccounts: { error: { code: 4001 } } }, 'wallet_rejected'],
  ])('error: %s', async (_name, answers, code) => {
    await expect(requestWalletAccount(fakeWallet(answers).provider)).rejects.toMatchObject({ code });
  });
});

describe('walletSigner', () => {
  test('default: confirm sees the exact JSON, then the chain switch, then eth_signTypedData_v4 with that JSON', async () => {
    const shown: string[] = [];
    const { provider, calls } = fakeWallet({
      wallet_switchEthereumChain: null,
      eth_chainId: '0xc4',
      // The wallet signs what it was given, as a real one would.
      eth_signTypedData_v4: (params: unknown[]) => account.signTypedData(JSON.parse(String(params[1]))),
    });
    const signer = walletSigner(provider, account.address, async (json) => {
      shown.push(json);
    });
    const payload = await signTransferAuthorization(signer, terms, { now: 1_800_000_000 });
    expect(calls.map((c) => c.method)).toEqual(['wallet_switchEthereumChain', 'eth_chainId', 'eth_signTypedData_v4']);
    expect(calls[2]?.params).toEqual([account.address, shown[0]]);
    expect(JSON.parse(shown[0] ?? '')).toMatchObject({
      primaryType: 'TransferWithAuthorization',
      domain: { name: 'Global Dollar', version: '1', chainId: 196 },
      message: { value: '1', validAfter: '0', validBefore: '1800000300' },
    });
    expect(await recoverTransferAuthorizationSigner(eip712DomainFor(terms), payload)).toBe(account.address);
  });

  test('error: a declined confirmation never reaches the wallet', async () => {
    const { provider, calls } = fakeWallet({});
    const signer = walletSigner(provider, account.address, () => Promise.reject(new Error('declined')));
    await expect(signTransferAuthorization(signer, terms)).rejects.toThrow('declined');
    expect(calls).toEqual([]);
  });

  test('behavior: walletTypedData names EIP712Domain and writes numbers as decimal strings', () => {
    const authorization = {
      from: account.address,
      to: ANVIL_ACCOUNT_1_ADDRESS,
      value: '10',
      validAfter: '0',
      validBefore: '5',
      nonce: `0x${'11'.repeat(32)}`,
    } as const;
    const json = JSON.parse(walletTypedData(transferAuthorizationTypedData(eip712DomainFor(terms), authorization)));
    expect(Object.keys(json.types)).toEqual(['EIP712Domain', 'TransferWithAuthorization']);
    expect(json.message).toMatchObject({ value: '10', validAfter: '0', validBefore: '5' });
  });
});
