import type { Localized } from './locale.ts';
import type { Mistake } from './practices.ts';
import type { ProviderId } from './providers.ts';

/** Who may see an environment variable. */
export type Exposure =
  /** Bundled into browser code (`NEXT_PUBLIC_…`, `VITE_…`). */
  | 'public'
  /** Read only by server code. */
  | 'server'
  /** Kept in the provider's own secret store (Clerk template, Auth0 Action secrets), not in the app. */
  | 'vault';

export interface EnvVar {
  readonly name: string;
  /** Where the value comes from (dashboard page, CLI command, a generator). */
  readonly source: Localized;
  readonly exposure: Exposure;
}

/** The facts one auth guide renders in both languages. Prose stays in the MDX pages. */
export interface GuideFacts {
  readonly provider: ProviderId;
  /** Claims of the token InsForge receives, in the order the guide sets them. */
  readonly claims: readonly string[];
  /** The token's journey, one short step per box of the figure. */
  readonly flow: readonly Localized[];
  readonly envVars: readonly EnvVar[];
  readonly mistakes: readonly Mistake[];
  /**
   * The table the guide's SQL creates, and a row a user inserts into it. The content test runs the
   * guide's SQL, inserts this row as user A, and checks that user B and anon cannot touch it.
   */
  readonly rlsCheck: { readonly table: string; readonly row: Readonly<Record<string, string>> };
}
