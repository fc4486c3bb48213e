import { getProvider, PROVIDER_IDS, type ProviderId } from '../catalog/providers.ts';
import { InputLimitError } from '../limits/inputLimitErrors.ts';
import { oneOf } from '../oneOf.ts';
import { decodeToken } from './decodeToken.ts';
import { INSFORGE_BACKEND } from './insforgeBackend.ts';
import { MAX_LIFETIME_SECONDS } from './mintToken.ts';

/** The JWT playground's tabs. */
export const JWT_MODES = ['decode', 'verify', 'check', 'mint'] as const;
export type JwtMode = (typeof JWT_MODES)[number];

/**
 * The shareable, non-secret playground state. There is deliberately no field for a secret or key:
 * what has no field cannot leak into a URL.
 */
export interface JwtHashState {
  readonly provider: ProviderId;
  readonly mode: JwtMode;
  readonly role: string;
  /** Empty when the reader removed `aud` on purpose. */
  readonly aud: string;
  /** Token lifetime in seconds. */
  readonly exp: number;
  readonly sub: string;
  /** Empty for "no email claim". */
  readonly email: string;
  /** Only present when the reader chose to share the token itself. */
  readonly token?: string;
}

const DEFAULT_PROVIDER: ProviderId = 'clerk';
const ROLE = /^[a-z_][a-z0-9_]{0,62}$/;
const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,189}$/;
const TOKEN = /^[\w-]+(\.[\w-]*){2,4}$/;
const MAX_TEXT = 255;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what this rejects.
const CONTROL = /[\u0000-\u001f\u007f]/;

/**
 * The state a fresh playground starts from for `provider`: the guide's role and audience, the
 * provider's token lifetime and first example user id.
 *
 * @example
 * defaultJwtHashState('kinde').sub; // 'kp_1234abcd5678ef90'
 */
export function defaultJwtHashState(provider: ProviderId = DEFAULT_PROVIDER): JwtHashState {
  const { userId, tokenLifetimeSeconds } = getProvider(provider);
  return {
    provider,
    mode: 'decode',
    role: INSFORGE_BACKEND.defaultRole,
    aud: INSFORGE_BACKEND.audience,
    exp: tokenLifetimeSeconds,
    sub: userId.examples[0],
    email: '',
  };
}

/**
 * Reads the playground state from a URL hash, one reader per field: a missing or malformed field
 * falls back to its default, never to an error, so any shared link opens a working playground. A
 * token over the playground's limits is the exception: it throws, so that `parseSharedHash` opens
 * the defaults and tells the reader why their link came up empty.
 *
 * @throws {InputLimitError} when the shared token is too long or its JSON nests too deep.
 * @example
 * parseJwtHashState('#provider=auth0&mode=mint&exp=banana');
 * // { provider: 'auth0', mode: 'mint', exp: 3600 (the default), … }
 */
export function parseJwtHashState(hash: string): JwtHashState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const provider = oneOf(params.get('provider'), PROVIDER_IDS) ?? DEFAULT_PROVIDER;
  const defaults = defaultJwtHashState(provider);
  const token = readToken(params.get('token'));
  return {
    provider,
    mode: oneOf(params.get('mode'), JWT_MODES) ?? defaults.mode,
    role: matching(params.get('role'), ROLE) ?? defaults.role,
    aud: readText(params.get('aud'), { allowEmpty: true }) ?? defaults.aud,
    exp: readLifetime(params.get('exp')) ?? defaults.exp,
    sub: readText(params.get('sub'), { allowEmpty: false }) ?? defaults.sub,
    email: matching(params.get('email'), EMAIL) ?? defaults.email,
    ...(token && { token }),
  };
}

/**
 * Writes the playground state as a URL hash. The token is included only on explicit request, and
 * only known fields are written, so nothing else an object happens to carry reaches the URL.
 *
 * @example
 * serializeJwtHashState(defaultJwtHashState('clerk'));
 * // '#provider=clerk&mode=decode&role=authenticated&aud=insforge-api&exp=60&sub=user_2xPnG8KxVQr'
 */
export function serializeJwtHashState(state: JwtHashState, { includeToken = false } = {}): string {
  const params = new URLSearchParams([
    ['provider', state.provider],
    ['mode', state.mode],
    ['role', state.role],
    ['aud', state.aud],
    ['exp', String(state.exp)],
    ['sub', state.sub],
  ]);
  if (state.email !== '') params.set('email', state.email);
  if (includeToken && state.token) params.set('token', state.token);
  return `#${params.toString()}`;
}

function matching(value: string | null, pattern: RegExp): string | undefined {
  return value !== null && pattern.test(value) ? value : undefined;
}

function readText(value: string | null, { allowEmpty }: { allowEmpty: boolean }): string | undefined {
  if (value === null || value.length > MAX_TEXT || CONTROL.test(value)) return undefined;
  return value === '' && !allowEmpty ? undefined : value;
}

function readLifetime(value: string | null): number | undefined {
  if (value === null || !/^\d{1,9}$/.test(value)) return undefined;
  const seconds = Number(value);
  return seconds >= 1 && seconds <= MAX_LIFETIME_SECONDS ? seconds : undefined;
}

function readToken(value: string | null): string | undefined {
  if (value === null || !TOKEN.test(value)) return undefined;
  try {
    decodeToken(value);
  } catch (error) {
    // Only the limits refuse a link; a token that merely fails to decode opens, and the field says why.
    if (error instanceof InputLimitError) throw error;
  }
  return value;
}
