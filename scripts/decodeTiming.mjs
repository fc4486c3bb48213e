// @ts-check
/**
 * Times what the JWT playground does on every keystroke — decode an 8 KB token and explain its
 * claims — against DESIGN.md's "well under one frame" (16 ms). Used by `npm run bench`.
 */
import { decodeToken } from '../playground/jwt/decodeToken.ts';
import { explainClaims } from '../playground/jwt/explainClaims.ts';
import { signTestToken } from '../tests/fixtures/signTestToken.ts';

const TARGET_BYTES = 8 * 1024;

/** @param {number} runs @returns {Promise<{ tokenBytes: number; medianMs: number; maxMs: number; runs: number }>} */
export async function timeDecode(runs = 200) {
  const now = Math.floor(Date.now() / 1000);
  // Padding in a custom claim grows the token to the size of a claims-heavy enterprise token.
  const padding = 'x'.repeat(Math.floor((TARGET_BYTES * 3) / 4) - 200);
  const token = await signTestToken(
    { sub: 'user_2xPnG8KxVQr', role: 'authenticated', iat: now, exp: now + 3600, padding },
    'bench-secret',
  );
  const decodeAndExplain = () => {
    const decoded = decodeToken(token);
    if (decoded.kind === 'jws') explainClaims(decoded.payload, now);
  };
  // A reader's first keystroke pays for the JIT once; the budget is about every keystroke after it.
  for (let i = 0; i < 20; i++) decodeAndExplain();
  /** @type {number[]} */
  const times = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    decodeAndExplain();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { tokenBytes: token.length, medianMs: times[Math.floor(runs / 2)] ?? 0, maxMs: times.at(-1) ?? 0, runs };
}

if (import.meta.main) console.log(await timeDecode());
