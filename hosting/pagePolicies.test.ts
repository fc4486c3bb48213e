import { expect, test } from 'vitest';
import { routeOf } from './pagePolicies.ts';

test.each([
  ['/auth/clerk/index.html', '/auth/clerk/'],
  ['/index.html', '/'],
  ['/auth/clerk', '/auth/clerk/'],
  ['/auth/clerk/', '/auth/clerk/'],
  ['/', '/'],
  ['/404.html', '/404.html'],
  ['/overview.md', '/overview.md'],
])('%s is asked for as %s', (path, route) => {
  expect(routeOf(path)).toBe(route);
});
