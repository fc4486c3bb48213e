import { describe, expect, test } from 'vitest';
import { getProvider, PROVIDER_IDS, PROVIDERS } from './providers.ts';

describe.each(PROVIDERS)('$name', (provider) => {
  test('both example user ids match its id format, and differ', () => {
    for (const id of provider.userId.examples) expect(id).toMatch(provider.userId.pattern);
    expect(provider.userId.examples[0]).not.toBe(provider.userId.examples[1]);
  });

  test('ids of the other providers do not pass for its own', () => {
    const others = PROVIDERS.filter(
      (p) => p.id !== provider.id && p.userId.pattern.source !== provider.userId.pattern.source,
    );
    const foreign = others.flatMap((p) => p.userId.examples).filter((id) => provider.userId.pattern.test(id));
    // Clerk and WorkOS both use `user_`; only Clerk's looser pattern may accept a WorkOS id.
    expect(foreign.filter((id) => !(provider.id === 'clerk' && id.startsWith('user_01')))).toEqual([]);
  });
});

test('every provider id is in the catalog exactly once', () => {
  expect(PROVIDERS.map((p) => p.id)).toEqual([...PROVIDER_IDS]);
  expect(getProvider('clerk').name).toBe('Clerk');
});
