import { useMemo } from 'react';
import type { Locale } from '../../catalog/locale.ts';
import { isPlaygroundError } from '../../errors.ts';
import { parseRlsHashState, type RlsHashState, serializeRlsHashState } from '../../rls/rlsHashState.ts';
import { describeError } from '../../ui/describeError.ts';
import { useLocale } from '../../ui/locale.tsx';
import { PlaygroundBoundary } from '../../ui/PlaygroundBoundary.tsx';
import { ShareLinkNotice } from '../../ui/ShareLinkNotice.tsx';
import { useHashState } from '../../ui/useHashState.ts';
import { useHydrated } from '../../ui/useHydrated.ts';
import { useT } from '../../ui/useT.ts';
import { configOf, generate } from './generateFromForm.ts';
import { Runner } from './Runner.tsx';
import { SqlOutput } from './SqlOutput.tsx';
import { TableForm } from './TableForm.tsx';
import '../../ui/playground.css';
import './rlsPlayground.css';

const HASH_CODEC = { parse: parseRlsHashState, serialize: serializeRlsHashState };

/** The RLS playground island, in a boundary that turns a failure into a message and a way back. */
export default function RlsPlayground({ locale }: { readonly locale: Locale }) {
  return (
    <PlaygroundBoundary locale={locale}>
      <RlsTool />
    </PlaygroundBoundary>
  );
}

/** The RLS playground: generate the policy SQL, run it on Postgres in the tab, then call it through the SDK. */
function RlsTool() {
  const t = useT();
  const locale = useLocale();
  const live = useHydrated();
  const [state, setState, refused] = useHashState(HASH_CODEC);
  const config = useMemo(() => configOf(state), [state]);
  const generated = useMemo(() => generate(config), [config]);
  const update = (change: Partial<RlsHashState>) => setState((current) => ({ ...current, ...change }));
  const fieldError = (field: string) =>
    !generated.ok && isPlaygroundError(generated.error) && generated.error.details.field === field
      ? describeError(t, generated.error)
      : null;

  return (
    <div className="pg-root not-content rls-root" lang={locale} data-live={live || undefined}>
      <ShareLinkNotice refused={refused} />
      <TableForm state={state} update={update} fieldError={fieldError} />
      <SqlOutput generated={generated} table={state.table} />
      <Runner generated={generated} config={config} />
    </div>
  );
}
