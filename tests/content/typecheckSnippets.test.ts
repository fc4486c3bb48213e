import { expect, test } from 'vitest';
import { isSelfContained, typecheckSnippets } from './typecheckSnippets.ts';

test.each([
  ["import { createClient } from '@insforge/sdk';", true],
  ["import { SignJWT } from 'jose';\nimport { createClient } from '@insforge/sdk';", true],
  ["import { auth } from '@clerk/nextjs/server';\nimport { createClient } from '@insforge/sdk';", false],
  ['const x = 1;', false],
])('isSelfContained(%j) = %s', (code, expected) => {
  expect(isSelfContained(code, 'a.ts')).toBe(expected);
});

test('typecheckSnippets: a correct snippet passes, a wrong SDK option fails', () => {
  const result = typecheckSnippets([
    {
      name: 'ok.ts',
      code: "import { createClient } from '@insforge/sdk';\ncreateClient({ baseUrl: 'http://x', accessToken: 't' });",
    },
    {
      name: 'bad.ts',
      code: "import { createClient } from '@insforge/sdk';\ncreateClient({ baseUrl: 'http://x', autoRefreshToken: false });",
    },
  ]);
  expect(result.get('ok.ts')).toEqual([]);
  expect(result.get('bad.ts')?.join('\n')).toMatch(/autoRefreshToken/);
});
