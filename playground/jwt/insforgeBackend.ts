/**
 * What the InsForge backend does with a third-party JWT, as constants the JWT tools model.
 * Source: `shared/facts/auth.md` §1.2–1.3 (verification, claims forwarding) and §1.6 (SDK leeway).
 */
export const INSFORGE_BACKEND = {
  /** The backend release these facts were read from; the guides name it in their "Written for" line. */
  version: 'v2.3.1',
  /** The only algorithm accepted for third-party tokens, verified with the project `JWT_SECRET`. */
  algorithm: 'HS256',
  /** The audience every guide sets; the backend does not check it yet. */
  audience: 'insforge-api',
  /** The role a token without `role` gets. */
  defaultRole: 'authenticated',
  /** Roles the database routes accept; anything else is answered with 403. */
  roles: ['authenticated', 'anon', 'project_admin'],
  /** The only claims that reach `request.jwt.claims` (and so `auth.jwt()`). */
  forwardedClaims: ['sub', 'email', 'role'],
  /** Registered claims the backend reads or tolerates without them being "custom". */
  registeredClaims: ['iss', 'sub', 'aud', 'exp', 'nbf', 'iat', 'jti'],
  /** The SDK refreshes (and, for third-party tokens, clears) a token this close to expiry on a realtime handshake. */
  sdkRealtimeLeewaySeconds: 60,
  /** Leeway plus Clerk's ~50 s refresh cadence: a shorter token can still be caught inside the leeway. */
  safeRealtimeLifetimeSeconds: 120,
  /** Where every guide's server code reads the signing secret from. */
  secretEnvVar: 'INSFORGE_JWT_SECRET',
} as const;

/** A database role the backend switches to. */
export type InsforgeDbRole = (typeof INSFORGE_BACKEND.roles)[number];
