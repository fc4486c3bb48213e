import { useId, useState } from 'react';
import type { RlsConfig } from '../../rls/rlsTypes.ts';
import type { RlsSandboxRun } from '../../rls/runRlsSandbox.ts';
import { SDK_OPERATIONS, type SdkOperation } from '../../rls/sdkOperations.ts';
import { PERSONAS, type Persona } from '../../sandbox/runPolicyMatrix.ts';
import { ErrorMessage, Message } from '../../ui/Message.tsx';
import { RadioGroup } from '../../ui/RadioGroup.tsx';
import { Tabs } from '../../ui/Tabs.tsx';
import { useAsync } from '../../ui/useAsync.ts';
import { useT } from '../../ui/useT.ts';
import { personaLabel } from './matrixText.ts';
import { runSdkDemoAs } from './runSdkDemoAs.ts';
import { SdkResult } from './SdkResult.tsx';

/** After a run, the same table through `@insforge/sdk`: one operation, as the persona whose tab is open. */
export function SdkPanel({ run, config }: { run: RlsSandboxRun; config: RlsConfig }) {
  const t = useT();
  const id = useId();
  const [persona, setPersona] = useState<Persona>('a');
  const [operation, setOperation] = useState<SdkOperation>('select');
  const sdk = useAsync(() => runSdkDemoAs({ run, config, persona, operation }), [run, config, persona, operation]);

  return (
    <div className="pg-stack rls-sdk">
      <h4 id={`${id}-title`}>{t('rls.sdk.title')}</h4>
      <p className="pg-hint">{t('rls.sdk.intro')}</p>
      {run.seedError !== null && <Message tone="warn">{t('rls.sdk.seedFailed')}</Message>}
      <RadioGroup
        legend={t('rls.sdk.operation')}
        value={operation}
        options={SDK_OPERATIONS}
        optionLabel={(op) => t(`rls.sdk.operation.${op}`)}
        onChange={setOperation}
      />
      <Tabs
        label={t('rls.sdk.personas')}
        tabs={PERSONAS.map((p) => ({ id: p, label: personaLabel(t, p) }))}
        selected={persona}
        onSelect={setPersona}
      >
        {sdk.status === 'running' && <p className="pg-hint">{t('rls.sdk.running')}</p>}
        {sdk.status === 'failed' && <ErrorMessage error={sdk.error} />}
        {sdk.status === 'done' && <SdkResult persona={persona} result={sdk.value} />}
      </Tabs>
    </div>
  );
}
