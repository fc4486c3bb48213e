import { getProvider, PROVIDER_IDS, type ProviderId } from '../catalog/providers.ts';
import type { MessageKey } from '../i18n/messageKey.ts';
import type { JsonObject } from './decodeToken.ts';
import { INSFORGE_BACKEND } from './insforgeBackend.ts';
import type { MintOptions } from './mintToken.ts';

/** The claim under which Auth0's Post-Login Action ships the InsForge token inside the ID token. */
export const AUTH0_INSFORGE_CLAIM = 'https://insforge.dev/insforge_token';

/** One reason the provider's own token fails at InsForge, and what the guide does about it (i18n keys). */
export interface PresetProblem {
  readonly problemKey: MessageKey;
  readonly fixKey: MessageKey;
}

/** The problems the dictionaries describe: `jwt.presets.<name>.problem`, each with its `.fix`. */
type ProblemName = MessageKey extends infer Key
  ? Key extends `jwt.presets.${infer Name}.problem`
    ? Name
    : never
  : never;

/** What the raw token's claims are computed from, so samples look freshly issued. */
export interface RawClaimsContext {
  /** Unix seconds. */
  readonly now: number;
  /** The InsForge token minted for this preset; only Auth0 embeds it. */
  readonly insforgeToken: string;
}

export interface ProviderPreset {
  readonly provider: ProviderId;
  /** The provider's own token as the app receives it: decoded and displayed, never verified. */
  readonly raw: {
    /** i18n key naming the token (e.g. "Clerk session token"). */
    readonly labelKey: MessageKey;
    readonly header: JsonObject;
    readonly claims: (context: RawClaimsContext) => JsonObject;
  };
  readonly problems: readonly PresetProblem[];
  /** The InsForge token the guide mints for this provider. */
  readonly insforge: MintOptions;
}

const USER_EMAIL = 'ada@example.com';
const iso = (seconds: number) => new Date(seconds * 1000).toISOString();

/** The InsForge token each guide signs: the provider's id format, its lifetime, `email` where the guide adds it. */
function guideToken(provider: ProviderId, extra: Partial<MintOptions> = {}): MintOptions {
  const { userId, tokenLifetimeSeconds } = getProvider(provider);
  return {
    sub: userId.examples[0],
    role: INSFORGE_BACKEND.defaultRole,
    aud: INSFORGE_BACKEND.audience,
    expiresInSeconds: tokenLifetimeSeconds,
    provider,
    ...extra,
  };
}

function problem(key: ProblemName): PresetProblem {
  return { problemKey: `jwt.presets.${key}.problem`, fixKey: `jwt.presets.${key}.fix` };
}

const CLERK_ISSUER = 'https://sweet-lamb-12.clerk.accounts.dev';

const PRESETS: readonly ProviderPreset[] = [
  {
    provider: 'clerk',
    raw: {
      labelKey: 'jwt.presets.clerk.raw',
      header: { alg: 'RS256', kid: 'ins_2xPnFZ8aLkQ3mV7rT1wY9bC4dE6', typ: 'JWT' },
      claims: ({ now }) => ({
        azp: 'http://localhost:3000',
        exp: now + 60,
        fva: [0, -1],
        iat: now,
        iss: CLERK_ISSUER,
        jti: '6c1f2a9e4b7d3c8a0e5f',
        nbf: now - 10,
        sid: 'sess_2xPnH3kLmQ8vR5tW1yZ7aB9cD0e',
        sub: getProvider('clerk').userId.examples[0],
        v: 2,
      }),
    },
    problems: [problem('clerk.sessionToken'), problem('clerk.shortLifetime')],
    // Clerk adds `iss` to template tokens by itself.
    insforge: guideToken('clerk', { extraClaims: { iss: CLERK_ISSUER } }),
  },
  {
    provider: 'auth0',
    raw: {
      labelKey: 'jwt.presets.auth0.raw',
      header: { alg: 'RS256', typ: 'JWT', kid: 'Qz3FvN8pK2rT6wY1bD4hJ7mL0sX5cA9e' },
      claims: ({ now, insforgeToken }) => ({
        [AUTH0_INSFORGE_CLAIM]: insforgeToken,
        nickname: 'ada',
        name: 'Ada Lovelace',
        picture: 'https://s.gravatar.com/avatar/0f1e2d3c4b5a69788796a5b4c3d2e1f0?s=480&r=pg',
        updated_at: iso(now - 86_400),
        email: USER_EMAIL,
        email_verified: true,
        iss: 'https://your-tenant.us.auth0.com/',
        aud: 'Xk9pQ2mZ7vR4tY1wL8nB3cD6fG0hJ5sA',
        sub: getProvider('auth0').userId.examples[0],
        iat: now,
        exp: now + 36_000,
        sid: 'mT4sRk9QwZ2xLp7VnB1cYd8F',
        nonce: 'bGx2eXNxV3Z1Q2ZkOGRqMg',
      }),
    },
    problems: [problem('auth0.idToken'), problem('auth0.sessionFilter')],
    insforge: guideToken('auth0', { email: USER_EMAIL }),
  },
  {
    provider: 'workos',
    raw: {
      labelKey: 'jwt.presets.workos.raw',
      header: { alg: 'RS256', kid: 'sso_oidc_key_pair_01HZX5N2M7Q8R9S0T1V2W3X4Y5', typ: 'JWT' },
      claims: ({ now }) => ({
        iss: 'https://api.workos.com/user_management/client_01HZX3A4B5C6D7E8F9G0H1J2K3',
        sub: getProvider('workos').userId.examples[0],
        sid: 'session_01HZX9K8J7H6G5F4E3D2C1B0A9',
        jti: '01HZXA1B2C3D4E5F6G7H8J9K0M',
        org_id: 'org_01HZX2Q3R4S5T6V7W8X9Y0Z1A2',
        role: 'member',
        permissions: [],
        exp: now + 300,
        iat: now,
      }),
    },
    problems: [problem('workos.accessToken'), problem('workos.memberRole')],
    insforge: guideToken('workos'),
  },
  {
    provider: 'kinde',
    raw: {
      labelKey: 'jwt.presets.kinde.raw',
      header: { alg: 'RS256', kid: '3a:7f:1c:9e:42:b8:d0:65:af:12:7c:e3:94:5b:08:d1', typ: 'JWT' },
      claims: ({ now }) => ({
        aud: [],
        azp: 'f4c2a9e7b1d84c3e9a6b5d0e7f1c2a3b',
        exp: now + 86_400,
        iat: now,
        iss: 'https://yourapp.kinde.com',
        jti: '9d3b7a1e-5c2f-4e8a-b6d0-1f7c3a9e5b2d',
        org_code: 'org_1a2b3c4d5e6',
        permissions: [],
        scp: ['openid', 'profile', 'email', 'offline'],
        sub: getProvider('kinde').userId.examples[0],
      }),
    },
    problems: [problem('kinde.accessToken')],
    insforge: guideToken('kinde', { email: USER_EMAIL }),
  },
  {
    provider: 'stytch',
    raw: {
      labelKey: 'jwt.presets.stytch.raw',
      header: { alg: 'RS256', kid: 'jwk-test-2c7e9a1b-4d3f-4e8a-9b6c-5d0e1f2a3b4c', typ: 'JWT' },
      claims: ({ now }) => ({
        aud: ['project-test-7f3e2d1c-0b9a-4876-a5b4-c3d2e1f0a9b8'],
        exp: now + 300,
        'https://stytch.com/session': {
          id: 'session-test-0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
          started_at: iso(now),
          last_accessed_at: iso(now),
          expires_at: iso(now + 3600),
          attributes: { ip_address: '', user_agent: '' },
          authentication_factors: [
            {
              type: 'magic_link',
              delivery_method: 'email',
              last_authenticated_at: iso(now),
              email_factor: { email_id: 'email-test-5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e', email_address: USER_EMAIL },
            },
          ],
        },
        iat: now,
        iss: 'stytch.com/project-test-7f3e2d1c-0b9a-4876-a5b4-c3d2e1f0a9b8',
        nbf: now,
        sub: getProvider('stytch').userId.examples[0],
      }),
    },
    problems: [problem('stytch.sessionJwt'), problem('stytch.userIdClaim')],
    insforge: guideToken('stytch'),
  },
  {
    provider: 'better-auth',
    raw: {
      labelKey: 'jwt.presets.betterAuth.raw',
      header: { alg: 'EdDSA', kid: 'Yx2Kp9Lm4Qr7St1Vw8Zb3Cd6' },
      claims: ({ now }) => {
        const id = getProvider('better-auth').userId.examples[0];
        return {
          id,
          name: 'Ada Lovelace',
          email: USER_EMAIL,
          emailVerified: true,
          image: null,
          createdAt: iso(now - 86_400),
          updatedAt: iso(now - 86_400),
          iat: now,
          iss: 'http://localhost:3000',
          aud: 'http://localhost:3000',
          exp: now + 900,
          sub: id,
        };
      },
    },
    problems: [problem('betterAuth.jwtPlugin'), problem('betterAuth.personalData')],
    // The bridge route keeps personal data out of the token: no email.
    insforge: guideToken('better-auth'),
  },
];

/** Every provider's preset, by id, in the catalog's order. */
export const PROVIDER_PRESETS: Readonly<Record<ProviderId, ProviderPreset>> = Object.fromEntries(
  PROVIDER_IDS.map((id) => [id, PRESETS.find((preset) => preset.provider === id)]),
) as Record<ProviderId, ProviderPreset>;

/**
 * Finds an InsForge token nested inside a provider token's payload — Auth0's ID token carries it
 * under `https://insforge.dev/insforge_token`; readers who chose their own namespace still end the
 * claim name with `insforge_token` — so the UI can offer to decode the inner token.
 *
 * @example
 * extractNestedInsforgeToken({ sub: 'auth0|64a…', 'https://insforge.dev/insforge_token': 'eyJ…' });
 * // { claim: 'https://insforge.dev/insforge_token', token: 'eyJ…' }
 */
export function extractNestedInsforgeToken(payload: JsonObject): { claim: string; token: string } | null {
  const claims = [AUTH0_INSFORGE_CLAIM, ...Object.keys(payload).filter((claim) => /(^|\/)insforge_token$/.test(claim))];
  for (const claim of claims) {
    const value = payload[claim];
    // A compact JWS: three base64url parts.
    if (typeof value === 'string' && /^[\w-]+\.[\w-]+\.[\w-]*$/.test(value)) return { claim, token: value };
  }
  return null;
}
