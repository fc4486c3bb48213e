import type { ProviderId } from '../catalog/providers.ts';
import { encodeCompactToken } from './encodeCompactToken.ts';
import { mintToken } from './mintToken.ts';
import { PROVIDER_PRESETS } from './providerPresets.ts';
import type { SecretInput } from './secretToBytes.ts';

export interface ProviderSample {
  /** The provider's own token, with a placeholder signature of the right length: decodable, never valid. */
  readonly rawToken: string;
  /** The InsForge token the guide mints, really signed with `secret`. */
  readonly insforgeToken: string;
}

/** Signature lengths per algorithm, so the placeholder looks like the real thing (RSA-2048, P-256, Ed25519). */
const SIGNATURE_BYTES: Readonly<Record<string, number>> = { RS256: 256, ES256: 64, EdDSA: 64 };

/**
 * Builds a provider's sample pair for the playground: its raw token as the app receives it, and the
 * InsForge token the guide mints from it, both issued at `now` (unix seconds).
 *
 * @example
 * const { rawToken, insforgeToken } = await sampleProviderToken('auth0', {
 *   now: 1_760_000_000,
 *   secret: { value: sandboxSecret, encoding: 'utf8' },
 * });
 */
export async function sampleProviderToken(
  provider: ProviderId,
  { now, secret }: { now: number; secret: SecretInput },
): Promise<ProviderSample> {
  const preset = PROVIDER_PRESETS[provider];
  const { token: insforgeToken } = await mintToken(preset.insforge, secret, { now });
  const { header, claims } = preset.raw;
  const alg = typeof header.alg === 'string' ? header.alg : '';
  // Filler bytes: the sample is for reading, and no key could have produced them.
  const signature = new Uint8Array(SIGNATURE_BYTES[alg] ?? 64).map((_, index) => (index * 37 + 11) % 256);
  return { rawToken: encodeCompactToken(header, claims({ now, insforgeToken }), signature), insforgeToken };
}
