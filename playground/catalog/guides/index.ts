import type { GuideFacts } from '../guideFacts.ts';
import type { ProviderId } from '../providers.ts';
import { auth0 } from './auth0.ts';
import { betterAuth } from './betterAuth.ts';
import { clerk } from './clerk.ts';
import { kinde } from './kinde.ts';
import { stytch } from './stytch.ts';
import { workos } from './workos.ts';

/** Every auth guide's facts, by provider id. */
export const GUIDES: Readonly<Record<ProviderId, GuideFacts>> = {
  clerk,
  auth0,
  workos,
  kinde,
  stytch,
  'better-auth': betterAuth,
};
