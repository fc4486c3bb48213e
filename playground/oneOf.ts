/**
 * `value` when it is one of `allowed`, otherwise `undefined`: how the playgrounds' hash readers take a
 * choice from a URL anyone may have edited.
 *
 * @example
 * oneOf('auth0', PROVIDER_IDS); // 'auth0'
 * oneOf('okta', PROVIDER_IDS); // undefined
 */
export function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return allowed.find((item) => item === value);
}
