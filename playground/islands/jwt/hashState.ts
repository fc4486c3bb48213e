import { type JwtHashState, parseJwtHashState, serializeJwtHashState } from '../../jwt/jwtHashState.ts';

/** How the playground's settings live in the URL hash (`useHashState`); the token only goes there in a share link. */
export const HASH_CODEC = { parse: parseJwtHashState, serialize: serializeJwtHashState };

/** For a panel that reads the shareable settings and changes some of them. */
export interface StateProps {
  readonly state: JwtHashState;
  readonly update: (change: Partial<JwtHashState>) => void;
}
