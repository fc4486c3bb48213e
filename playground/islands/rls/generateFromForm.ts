import { type GeneratedRlsSql, generateRlsSql } from '../../rls/generateRlsSql.ts';
import type { RlsHashState } from '../../rls/rlsHashState.ts';
import type { RlsConfig } from '../../rls/rlsTypes.ts';

/** The generator's answer for the form: the SQL, or why there is none. */
export type Generated = { ok: true; value: GeneratedRlsSql } | { ok: false; error: unknown };

/** The form's state as the generator's config: the options are the config's own flags. */
export function configOf(state: RlsHashState): RlsConfig {
  const { options, ...form } = state;
  return { ...form, ...options };
}

/** Generates the SQL; a refusal is kept as a value, so the form can show it under the field at fault. */
export function generate(config: RlsConfig): Generated {
  try {
    return { ok: true, value: generateRlsSql(config) };
  } catch (error) {
    return { ok: false, error };
  }
}
