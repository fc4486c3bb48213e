import { useEffect, useMemo, useRef, useState } from 'react';
import type { Locale } from '../../catalog/locale.ts';
import { JWT_MODES, type JwtHashState, type JwtMode, parseJwtHashState } from '../../jwt/jwtHashState.ts';
import type { SecretInput } from '../../jwt/secretToBytes.ts';
import { parseSharedHash } from '../../limits/parseSharedHash.ts';
import { useLocale } from '../../ui/locale.tsx';
import { PlaygroundBoundary } from '../../ui/PlaygroundBoundary.tsx';
import { ShareLinkNotice } from '../../ui/ShareLinkNotice.tsx';
import { Tabs } from '../../ui/Tabs.tsx';
import { useHashState } from '../../ui/useHashState.ts';
import { useHydrated } from '../../ui/useHydrated.ts';
import { useT } from '../../ui/useT.ts';
import { CheckPanel } from './CheckPanel.tsx';
import { DecodePanel } from './DecodePanel.tsx';
import { decodeOrError } from './decodeOrError.ts';
import { DEMO_SECRET } from './demoSecret.ts';
import { HASH_CODEC } from './hashState.ts';
import { MintPanel } from './MintPanel.tsx';
import { PresetPicker } from './PresetPicker.tsx';
import { SharePanel } from './SharePanel.tsx';
import { TokenInput } from './TokenInput.tsx';
import { VerifyPanel } from './VerifyPanel.tsx';
import '../../ui/playground.css';

/** The JWT playground island, in a boundary that turns a failure into a message and a way back. */
export default function JwtPlayground({ locale }: { readonly locale: Locale }) {
  return (
    <PlaygroundBoundary locale={locale}>
      <JwtTool />
    </PlaygroundBoundary>
  );
}

/** The JWT playground: decode, verify, "would InsForge accept this?", mint and share. */
function JwtTool() {
  const t = useT();
  const locale = useLocale();
  const [state, setState, refused] = useHashState(HASH_CODEC);
  const [token, setToken] = useState('');
  const [secret, setSecret] = useState<SecretInput>({ value: DEMO_SECRET, encoding: 'utf8' });
  const now = useNow();

  const tokenField = useRef<HTMLTextAreaElement>(null);
  const live = useHydrated();

  useEffect(() => {
    // A shared link may carry a token (only when its author chose to); text typed into the server-rendered
    // field before the island woke up is kept.
    const shared = parseSharedHash(window.location.hash, parseJwtHashState).state.token;
    const typed = tokenField.current?.value ?? '';
    if (shared) setToken(shared);
    else if (typed !== '') setToken(typed);
  }, []);

  const decoded = useMemo(() => decodeOrError(token), [token]);
  const update = (change: Partial<JwtHashState>) => setState((current) => ({ ...current, ...change }));
  const open = (nextToken: string, mode: JwtMode) => {
    setToken(nextToken);
    update({ mode });
  };

  return (
    // `data-live` marks the moment the server-rendered form became interactive (tests wait for it).
    <div className="pg-root not-content" lang={locale} data-live={live || undefined}>
      <ShareLinkNotice refused={refused} />
      <PresetPicker state={state} update={update} onLoad={setToken} />
      <TokenInput token={token} onChange={setToken} decoded={decoded} field={tokenField} />
      <Tabs
        label={t('jwt.modes.label')}
        tabs={JWT_MODES.map((id) => ({ id, label: t(`jwt.modes.${id}`) }))}
        selected={state.mode}
        onSelect={(mode) => update({ mode })}
      >
        {state.mode === 'decode' && (
          <DecodePanel decoded={decoded} now={now} onOpen={(inner) => open(inner, 'decode')} />
        )}
        {state.mode === 'verify' && (
          <VerifyPanel token={token} decoded={decoded} now={now} secret={secret} setSecret={setSecret} />
        )}
        {state.mode === 'check' && <CheckPanel token={token} now={now} secret={secret} setSecret={setSecret} />}
        {state.mode === 'mint' && (
          <MintPanel state={state} update={update} onOpen={open} secret={secret} setSecret={setSecret} />
        )}
      </Tabs>
      <SharePanel state={state} token={token} />
    </div>
  );
}

/** The reader's clock in unix seconds, ticking once a second so "expires in" stays true. */
function useNow(): number {
  const [now, setNow] = useState(() => Math.floor(Date.now() / 1000));
  useEffect(() => {
    const timer = setInterval(() => setNow(Math.floor(Date.now() / 1000)), 1000);
    return () => clearInterval(timer);
  }, []);
  return now;
}
