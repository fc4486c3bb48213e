import type { EnvVar } from './guideFacts.ts';

/** The project URL every browser-side InsForge client needs. */
export const INSFORGE_URL_VAR: EnvVar = {
  name: 'NEXT_PUBLIC_INSFORGE_URL',
  source: {
    en: 'InsForge dashboard → Connect → API Keys (Project URL)',
    'zh-CN': 'InsForge 控制台 → Connect → API Keys（Project URL）',
  },
  exposure: 'public',
};

/** The anon key: public by design, since RLS decides what it may read. */
export const INSFORGE_ANON_KEY_VAR: EnvVar = {
  name: 'NEXT_PUBLIC_INSFORGE_ANON_KEY',
  source: {
    en: '`npx -y @insforge/cli secrets get ANON_KEY`',
    'zh-CN': '`npx -y @insforge/cli secrets get ANON_KEY`',
  },
  exposure: 'public',
};

/** The project's JWT secret in a server-only variable, read by the one file that signs InsForge tokens. */
export function serverJwtSecretVar(signingFile: string): EnvVar {
  return {
    name: 'INSFORGE_JWT_SECRET',
    source: {
      en: `\`npx -y @insforge/cli secrets get JWT_SECRET\` — read only by \`${signingFile}\` on the server`,
      'zh-CN': `\`npx -y @insforge/cli secrets get JWT_SECRET\`——只由服务端的 \`${signingFile}\` 读取`,
    },
    exposure: 'server',
  };
}
