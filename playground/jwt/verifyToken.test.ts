import { SignJWT } from 'jose/jwt/sign';
import { exportJWK, exportSPKI } from 'jose/key/export';
import { generateKeyPair } from 'jose/key/generate/keypair';
import { importJWK } from 'jose/key/import';
import { describe, expect, test } from 'vitest';
import { RFC7515_VECTORS } from '../../tests/fixtures/rfc7515Vectors.ts';
import { signTestToken } from '../../tests/fixtures/signTestToken.ts';
import { encodeCompactToken } from './encodeCompactToken.ts';
import { JwtDecodeError, JwtKeyError } from './jwtErrors.ts';
import { type VerificationKey, verifyToken } from './verifyToken.ts';

const { hs256, rs256, es256 } = RFC7515_VECTORS;
const SECRET = 'a-project-jwt-secret-of-32-bytes!';
const CLAIMS = { sub: 'user_2xPnG8KxVQr', role: 'authenticated', aud: 'insforge-api' };

const jwkKey = (jwk: object): VerificationKey => ({ kind: 'jwk', json: JSON.stringify(jwk) });
const secretKey = (value: string): VerificationKey => ({ kind: 'secret', value, encoding: 'utf8' });

async function spkiPem(jwk: object, alg: string): Promise<string> {
  const key = await importJWK({ ...jwk }, alg, { extractable: true });
  if (key instanceof Uint8Array) throw new Error('expected an asymmetric key');
  return exportSPKI(key);
}

async function keyError(promise: Promise<unknown>): Promise<JwtKeyError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (error instanceof JwtKeyError) return error;
  throw new Error(`expected a JwtKeyError, got ${String(error)}`);
}

/** Replaces the character at `index` of segment `segment` (0 header, 1 payload, 2 signature). */
function flip(token: string, segment: number, index: number, replacement: string): string {
  const parts = token.split('.');
  const part = parts[segment] ?? '';
  parts[segment] = part.slice(0, index) + replacement + part.slice(index + 1);
  return parts.join('.');
}

describe('RFC 7515 appendix A vectors', () => {
  test.each([
    // A.1 with its JWK, and with the same `k` typed as a base64url secret.
    ['A.1 HS256 (JWK)', hs256.token, jwkKey(hs256.jwk)],
    [
      'A.1 HS256 (base64url secret)',
      hs256.token,
      { kind: 'secret', value: hs256.jwk.k, encoding: 'base64url' } as const,
    ],
    ['A.2 RS256 (JWK)', rs256.token, jwkKey(rs256.jwk)],
    ['A.3 ES256 (JWK)', es256.token, jwkKey(es256.jwk)],
  ])('default: %s verifies, although its exp lies in 2011', async (_label, token, key) => {
    const result = await verifyToken(token, key);
    expect(result).toEqual({
      valid: true,
      alg: token === hs256.token ? 'HS256' : expect.any(String),
      warnings: [],
      details: {},
    });
  });

  test('behavior: A.2 verifies with its key as an SPKI PEM too', async () => {
    const pem = await spkiPem(rs256.jwk, 'RS256');
    expect(await verifyToken(rs256.token, { kind: 'pem', pem })).toMatchObject({ valid: true, alg: 'RS256' });
  });

  test.each([
    // The RFC 7519 §3.1 example: a garbled alg is not an algorithm anyone verifies.
    ['A.1 header (alg → "HS266")', flip(hs256.token, 0, 35, '2'), jwkKey(hs256.jwk), 'unsupported_algorithm'],
    // The header is signed too: "JWT" → "KWT" breaks the signature.
    ['A.1 header (typ → "KWT")', flip(hs256.token, 0, 11, 'L'), jwkKey(hs256.jwk), 'signature_mismatch'],
    // iss "joe" → "koe".
    ['A.1 payload', flip(hs256.token, 1, 11, 'r'), jwkKey(hs256.jwk), 'signature_mismatch'],
    ['A.1 signature', flip(hs256.token, 2, 0, 'e'), jwkKey(hs256.jwk), 'signature_mismatch'],
    ['A.2 header (alg → "RS266")', flip(rs256.token, 0, 15, '2'), jwkKey(rs256.jwk), 'unsupported_algorithm'],
    ['A.2 payload', flip(rs256.token, 1, 11, 'r'), jwkKey(rs256.jwk), 'signature_mismatch'],
    ['A.2 signature', flip(rs256.token, 2, 0, 'd'), jwkKey(rs256.jwk), 'signature_mismatch'],
    ['A.3 header (alg → "ES266")', flip(es256.token, 0, 15, '2'), jwkKey(es256.jwk), 'unsupported_algorithm'],
    ['A.3 payload', flip(es256.token, 1, 11, 'r'), jwkKey(es256.jwk), 'signature_mismatch'],
    ['A.3 signature', flip(es256.token, 2, 0, 'E'), jwkKey(es256.jwk), 'signature_mismatch'],
  ])('error: one character flipped in the %s', async (_label, token, key, reason) => {
    expect(await verifyToken(token, key)).toMatchObject({ valid: false, reason });
  });
});

describe('other asymmetric algorithms, with freshly generated keys', () => {
  test.each(['PS256', 'ES384', 'ES512', 'EdDSA'])(
    'default: %s verifies with its SPKI PEM and with its JWK',
    async (alg) => {
      const { publicKey, privateKey } = await generateKeyPair(alg, { extractable: true });
      const token = await new SignJWT(CLAIMS).setProtectedHeader({ alg }).sign(privateKey);
      expect(await verifyToken(token, { kind: 'pem', pem: await exportSPKI(publicKey) })).toMatchObject({
        valid: true,
        alg,
      });
      expect(await verifyToken(token, jwkKey(await exportJWK(publicKey)))).toMatchObject({ valid: true, alg });
    },
  );
});

describe('HMAC secrets', () => {
  test('default: a UTF-8 secret verifies an HS256 token, expired or not', async () => {
    const token = await signTestToken({ ...CLAIMS, exp: 1 }, SECRET);
    expect(await verifyToken(token, secretKey(SECRET))).toEqual({
      valid: true,
      alg: 'HS256',
      warnings: [],
      details: {},
    });
  });

  test.each([
    // 5 bytes for HS256, which wants 32.
    ['HS256', 'short', 5, 32],
    // Long enough for HS256, not for HS512.
    ['HS512', SECRET, 33, 64],
  ])(
    'behavior: %s with a %s-ish secret verifies but warns weak_secret',
    async (alg, secret, secretBytes, minSecretBytes) => {
      const token = await signTestToken(CLAIMS, secret, { alg });
      const result = await verifyToken(token, secretKey(secret));
      expect(result).toMatchObject({
        valid: true,
        warnings: ['weak_secret'],
        details: { secretBytes, minSecretBytes },
      });
    },
  );

  test('error: the wrong secret is a signature mismatch', async () => {
    const token = await signTestToken(CLAIMS, SECRET);
    expect(await verifyToken(token, secretKey(`${SECRET}x`))).toMatchObject({
      valid: false,
      reason: 'signature_mismatch',
    });
  });

  test.each([
    ['empty_secret', { kind: 'secret', value: '', encoding: 'utf8' } as const],
    ['invalid_secret_encoding', { kind: 'secret', value: 'not base64!', encoding: 'base64url' } as const],
  ])('error: %s', async (code, key) => {
    const token = await signTestToken(CLAIMS, SECRET);
    expect((await keyError(verifyToken(token, key))).code).toBe(code);
  });
});

describe('algorithm and key type', () => {
  test('error: alg none never verifies, whatever the key', async () => {
    const token = encodeCompactToken({ alg: 'none' }, CLAIMS, new Uint8Array(0));
    expect(await verifyToken(token, secretKey(SECRET))).toMatchObject({
      valid: false,
      alg: 'none',
      reason: 'alg_none',
    });
  });

  test('error: a secret cannot verify an RS256 token', async () => {
    expect(await verifyToken(rs256.token, secretKey(SECRET))).toMatchObject({
      valid: false,
      reason: 'key_type_mismatch',
      details: { keyAlg: 'secret' },
    });
  });

  test('error: a public key is never used as an HMAC secret (algorithm confusion)', async () => {
    const pem = await spkiPem(rs256.jwk, 'RS256');
    // An attacker "signs" HS256 with the public PEM text as the secret.
    const forged = await signTestToken(CLAIMS, pem);
    expect(await verifyToken(forged, { kind: 'pem', pem })).toMatchObject({
      valid: false,
      reason: 'key_type_mismatch',
    });
  });

  test('error: an EC public key offered for an RS256 token names the key it is', async () => {
    const pem = await spkiPem(es256.jwk, 'ES256');
    expect(await verifyToken(rs256.token, { kind: 'pem', pem })).toMatchObject({
      valid: false,
      reason: 'key_type_mismatch',
      details: { keyAlg: 'ES256' },
    });
  });

  test('error: a JWK whose alg differs from the token’s', async () => {
    const result = await verifyToken(rs256.token, jwkKey({ ...rs256.jwk, alg: 'PS256' }));
    expect(result).toMatchObject({ valid: false, reason: 'key_type_mismatch', details: { keyAlg: 'PS256' } });
  });

  test('error: a P-384 JWK offered for an ES256 token names its curve', async () => {
    const { publicKey } = await generateKeyPair('ES384', { extractable: true });
    const result = await verifyToken(es256.token, jwkKey(await exportJWK(publicKey)));
    expect(result).toMatchObject({ valid: false, reason: 'key_type_mismatch', details: { keyAlg: 'P-384' } });
  });

  test('error: an RSA key below 2048 bits is refused', async () => {
    const { publicKey, privateKey } = await crypto.subtle.generateKey(
      { name: 'RSASSA-PKCS1-v1_5', modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
      true,
      ['sign', 'verify'],
    );
    const header = Buffer.from('{"alg":"RS256"}').toString('base64url');
    const payload = Buffer.from(JSON.stringify(CLAIMS)).toString('base64url');
    const signature = await crypto.subtle.sign('RSASSA-PKCS1-v1_5', privateKey, Buffer.from(`${header}.${payload}`));
    const token = `${header}.${payload}.${Buffer.from(signature).toString('base64url')}`;
    const result = await verifyToken(token, { kind: 'pem', pem: await exportSPKI(publicKey) });
    expect(result).toMatchObject({ valid: false, reason: 'rsa_key_too_small', details: { modulusBits: 1024 } });
  });

  test('behavior: an X.509 certificate verifies a token signed by its key', async () => {
    const result = await verifyToken(CERT_SIGNED_TOKEN, { kind: 'pem', pem: TEST_CERTIFICATE });
    expect(result).toMatchObject({ valid: true, alg: 'ES256' });
  });

  test('behavior: a JWE is reported as encrypted, not verified', async () => {
    const header = Buffer.from('{"alg":"dir","enc":"A256GCM"}').toString('base64url');
    expect(await verifyToken(`${header}..aXY.Y3Q.dGFn`, secretKey(SECRET))).toMatchObject({
      valid: false,
      reason: 'encrypted_token',
    });
  });

  test('error: an undecodable token throws the decode error', async () => {
    const error = await verifyToken('a.b', secretKey(SECRET)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JwtDecodeError);
    expect((error as JwtDecodeError).code).toBe('wrong_segment_count');
  });
});

describe('PEM and JWK input errors', () => {
  test.each([
    [
      'private_key_supplied',
      { kind: 'pem', pem: '-----BEGIN PRIVATE KEY-----\nMIGHAgEA\n-----END PRIVATE KEY-----' } as const,
    ],
    ['invalid_pem', { kind: 'pem', pem: 'ssh-rsa AAAAB3NzaC1yc2E' } as const],
    [
      'invalid_pem',
      { kind: 'pem', pem: '-----BEGIN PUBLIC KEY-----\nbm90IGEga2V5\n-----END PUBLIC KEY-----' } as const,
    ],
    ['invalid_jwk', { kind: 'jwk', json: '{"kty":' } as const],
    ['invalid_jwk', { kind: 'jwk', json: '{"n":"abc"}' } as const],
    ['invalid_jwks', { kind: 'jwk', json: '{"keys":[]}' } as const],
    // The RFC's A.3 key with its private `d` still attached.
    ['private_key_supplied', jwkKey({ ...es256.jwk, d: 'jpsQnnGQmL-YBIffH1136cspYG6-0iY7X1fCE9-E9LI' })],
  ])('error: %s', async (code, key) => {
    expect((await keyError(verifyToken(rs256.token, key))).code).toBe(code);
  });
});

describe('JWKS kid selection', () => {
  const k1 = { kty: 'oct', kid: 'k1', k: Buffer.from('first-secret-of-thirty-two-bytes').toString('base64url') };
  const k2 = { kty: 'oct', kid: 'k2', k: Buffer.from(SECRET).toString('base64url') };
  const jwks = (...keys: object[]): VerificationKey => jwkKey({ keys });

  test('default: the key whose kid matches the token’s is used', async () => {
    const token = await signTestToken(CLAIMS, SECRET, { alg: 'HS256', kid: 'k2' });
    expect(await verifyToken(token, jwks(k1, k2))).toMatchObject({ valid: true, details: { kid: 'k2' } });
  });

  test('behavior: a token without kid uses the only key of the set', async () => {
    const token = await signTestToken(CLAIMS, SECRET);
    expect(await verifyToken(token, jwks(k2))).toMatchObject({ valid: true, details: { kid: 'k2' } });
  });

  test('error: an unknown kid lists the kids the set has', async () => {
    const token = await signTestToken(CLAIMS, SECRET, { alg: 'HS256', kid: 'k3' });
    const error = await keyError(verifyToken(token, jwks(k1, k2)));
    expect(error).toMatchObject({ code: 'kid_not_found', details: { kid: 'k3', kids: 'k1, k2' } });
  });

  test('error: no kid and several keys is ambiguous', async () => {
    const token = await signTestToken(CLAIMS, SECRET);
    const error = await keyError(verifyToken(token, jwks(k1, k2)));
    expect(error).toMatchObject({ code: 'kid_ambiguous', details: { kids: 'k1, k2' } });
  });
});

describe('keys carried by the token itself', () => {
  test('error: a token signed by its own embedded jwk is flagged, and that key is not used', async () => {
    const attacker = await generateKeyPair('ES256', { extractable: true });
    const token = await new SignJWT(CLAIMS)
      .setProtectedHeader({ alg: 'ES256', jwk: await exportJWK(attacker.publicKey) })
      .sign(attacker.privateKey);
    const result = await verifyToken(token, jwkKey(es256.jwk));
    expect(result).toMatchObject({
      valid: false,
      reason: 'signature_mismatch',
      warnings: ['embedded_key_ignored'],
      details: { embeddedKeyParams: 'jwk' },
    });
  });

  test.each([
    ['x5c', { x5c: ['MIIBnjCCAUOgAwIBAgIU'] }],
    // A URL is never fetched.
    ['jku', { jku: 'https://attacker.example/jwks.json' }],
    ['jku, x5u', { jku: 'https://a.example/jwks.json', x5u: 'https://a.example/cert.pem' }],
  ])('behavior: a header %s is flagged even when the real key verifies', async (params, extraHeader) => {
    const token = await signTestToken(CLAIMS, SECRET, { alg: 'HS256', ...extraHeader });
    expect(await verifyToken(token, secretKey(SECRET))).toMatchObject({
      valid: true,
      warnings: ['embedded_key_ignored'],
      details: { embeddedKeyParams: params },
    });
  });
});

/** A self-signed P-256 test certificate (CN=insforge-playground-test); its private key was discarded. */
const TEST_CERTIFICATE = `-----BEGIN CERTIFICATE-----
MIIBnjCCAUOgAwIBAgIULi94EueXNik938c6lgYM6wpUmgcwCgYIKoZIzj0EAwIw
IzEhMB8GA1UEAwwYaW5zZm9yZ2UtcGxheWdyb3VuZC10ZXN0MCAXDTI2MTEyMjE5
MjEyN1oYDzIxMjYxMDI5MTkyMTI3WjAjMSEwHwYDVQQDDBhpbnNmb3JnZS1wbGF5
Z3JvdW5kLXRlc3QwWTATBgcqhkjOPQIBBggqhkjOPQMBBwNCAAQ0iJ2N02Mknzff
UJJMNyZrdW80X8lquitebxYnFG9TG/wzCJ2/mYesAAoo0h27olULJs1coYMz0LyA
FvHDJAL6o1MwUTAdBgNVHQ4EFgQUKGcr5CHhNQEm9G07EQWEriR6+DYwHwYDVR0j
BBgwFoAUKGcr5CHhNQEm9G07EQWEriR6+DYwDwYDVR0TAQH/BAUwAwEB/zAKBggq
hkjOPQQDAgNJADBGAiEAkRJxt/mpIskj99j8OvutwhO2c/6IazFYcxv6L+5pNXoC
IQCrhPKBj9EMGTLWpufGxR5GCPMA8MSUWYXM1CJpkewF3A==
-----END CERTIFICATE-----`;

/** ES256, signed with the certificate's key before it was discarded. */
const CERT_SIGNED_TOKEN =
  'eyJhbGciOiJFUzI1NiIsInR5cCI6IkpXVCJ9' +
  '.eyJzdWIiOiJ1c2VyXzJ4UG5HOEt4VlFyIiwicm9sZSI6ImF1dGhlbnRpY2F0ZWQiLCJhdWQiOiJpbnNmb3JnZS1hcGkiLCJpYXQiOjE3NjAwMDAwMDAsImV4cCI6MTc2MDAwMzYwMH0' +
  '.TfXaAw2zxsdc-QxNETqgqe__xLE7CsygzhHELK4sG9GaHV766uMxvW9PtXl8kNodWxtXgshy645tHdNXPxoCgg';
