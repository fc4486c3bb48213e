import { useId, useState } from 'react';
import { getProvider, PROVIDER_IDS, type ProviderId } from '../../catalog/providers.ts';
import { defaultJwtHashState } from '../../jwt/jwtHashState.ts';
import { PROVIDER_PRESETS } from '../../jwt/providerPresets.ts';
import { sampleProviderToken } from '../../jwt/sampleProviderToken.ts';
import { ErrorMessage } from '../../ui/Message.tsx';
import { Section } from '../../ui/Section.tsx';
import { Select } from '../../ui/Select.tsx';
import { useT } from '../../ui/useT.ts';
import { DEMO_SECRET } from './demoSecret.ts';
import type { StateProps } from './hashState.ts';

type SampleKind = 'raw' | 'insforge';

/** Chooses the auth provider, loads its sample tokens and lists the mistakes its raw token leads to. */
export function PresetPicker({ state, update, onLoad }: StateProps & { onLoad: (token: string) => void }) {
  const t = useT();
  const id = useId();
  const [loadError, setLoadError] = useState<unknown>(null);
  const preset = PROVIDER_PRESETS[state.provider];
  const provider = getProvider(state.provider);

  function choose(next: ProviderId) {
    const { sub, exp, email } = defaultJwtHashState(next);
    update({ provider: next, sub, exp, email });
  }

  function load(which: SampleKind) {
    setLoadError(null);
    loadSample(state.provider, which).then(onLoad, setLoadError);
  }

  return (
    <Section title={t('jwt.presets.title')}>
      <div className="pg-row">
        <label htmlFor={`${id}-provider`}>{t('jwt.presets.provider')}</label>
        <Select
          id={`${id}-provider`}
          value={state.provider}
          options={PROVIDER_IDS}
          optionLabel={(providerId) => getProvider(providerId).name}
          onChange={choose}
        />
      </div>
      <div className="pg-row">
        <button type="button" className="pg-button" onClick={() => load('raw')}>
          {t('jwt.presets.loadRaw', { token: t(preset.raw.labelKey) })}
        </button>
        <button type="button" className="pg-button" onClick={() => load('insforge')}>
          {t('jwt.presets.loadInsforge', { provider: provider.name })}
        </button>
      </div>
      {loadError !== null && <ErrorMessage error={loadError} role="alert" />}
      <details className="pg-details">
        <summary>{t('jwt.presets.problemsTitle', { token: t(preset.raw.labelKey) })}</summary>
        <ul>
          {preset.problems.map((problem) => (
            <li key={problem.problemKey}>
              <strong>{t(problem.problemKey)}</strong> {t(problem.fixKey)}
            </li>
          ))}
        </ul>
      </details>
      <p className="pg-hint">{t('jwt.presets.demoSecret')}</p>
    </Section>
  );
}

/** A provider's sample token, signed now with the demo secret: its raw token or the InsForge one. */
async function loadSample(provider: ProviderId, which: SampleKind): Promise<string> {
  const sample = await sampleProviderToken(provider, {
    now: Math.floor(Date.now() / 1000),
    secret: { value: DEMO_SECRET, encoding: 'utf8' },
  });
  return which === 'raw' ? sample.rawToken : sample.insforgeToken;
}
