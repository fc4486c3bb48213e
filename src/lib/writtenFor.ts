import type { ProviderId } from '../../playground/catalog/providers.ts';
import workspace from '../../tests/guide-apps/package.json' with { type: 'json' };

/** A guide: an auth provider's, or the OKX x402 payments guide. */
export type GuideId = ProviderId | 'okx-x402';

/** The packages a guide's own code is built on, between Next.js and `@insforge/sdk`. */
const GUIDE_PACKAGES: Readonly<Record<GuideId, readonly string[]>> = {
  clerk: ['@clerk/nextjs'],
  auth0: ['@auth0/nextjs-auth0'],
  workos: ['@workos-inc/authkit-nextjs'],
  kinde: ['@kinde-oss/kinde-auth-nextjs'],
  stytch: ['@stytch/nextjs', 'stytch'],
  'better-auth': ['better-auth'],
  'okx-x402': ['viem'],
};

const PINNED: Readonly<Record<string, string>> = workspace.dependencies;

/**
 * The packages and versions a guide is written for, read from the test workspace
 * (`tests/guide-apps/package.json`) whose exact versions the content tests compile every block against,
 * so the versions a page names are the versions its code was checked with.
 *
 * @example
 * writtenFor('clerk'); // [{ name: 'next', version: '16.5.0' }, { name: '@clerk/nextjs', … }, { name: '@insforge/sdk', … }]
 */
export function writtenFor(guide: GuideId): { name: string; version: string }[] {
  return ['next', ...GUIDE_PACKAGES[guide], '@insforge/sdk'].map((name) => {
    const version = PINNED[name];
    if (!version) throw new Error(`${name} is not pinned in tests/guide-apps/package.json`);
    return { name, version };
  });
}
