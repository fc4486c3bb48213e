import { useId, useState } from 'react';
import { ErrorMessage } from '../../ui/Message.tsx';
import { Section } from '../../ui/Section.tsx';
import { Select } from '../../ui/Select.tsx';
import { useAsync } from '../../ui/useAsync.ts';
import { useT } from '../../ui/useT.ts';
import type { PaymentFlowResult } from '../../x402/runPaymentFlow.ts';
import type { PaymentHeaderName } from '../../x402/wire/paymentHeaders.ts';
import { InspectionView } from './InspectionView.tsx';

const INSPECTED_HEADERS: readonly PaymentHeaderName[] = [
  'PAYMENT-REQUIRED',
  'PAYMENT-SIGNATURE',
  'PAYMENT-RESPONSE',
  'X-PAYMENT',
  'X-PAYMENT-RESPONSE',
];

/** The header inspector's decoder: small, but still only loaded when the reader pastes something. */
const loadInspector = () => import('../../x402/wire/inspectPaymentHeader.ts');

/** Decodes a pasted x402 header, or one taken from the last payment, and says what is wrong with it. */
export function InspectorSection({ lastRun }: { lastRun: PaymentFlowResult | null }) {
  const t = useT();
  const id = useId();
  const [header, setHeader] = useState<PaymentHeaderName>('PAYMENT-REQUIRED');
  const [value, setValue] = useState('');
  // A value that is not base64 JSON at all fails the task: that failure is the inspector's answer.
  // An empty value is answered `null` by the task rather than passed as a `null` task: Biome checks
  // the deps list only against an inline function.
  const inspection = useAsync(
    async () => {
      if (value.trim() === '') return null;
      const { inspectPaymentHeader } = await loadInspector();
      return inspectPaymentHeader(value, header);
    },
    [header, value],
    { keepWhileRunning: true },
  );

  const lastHeaders = lastRun?.steps.flatMap((step) =>
    step.exchanges.flatMap((exchange) => [...exchange.request.headers, ...exchange.response.headers]),
  );
  const fromLastRun = lastHeaders?.find((candidate) => candidate.name === header);

  return (
    <Section title={t('x402.pg.inspector.title')}>
      <p className="pg-hint">{t('x402.pg.inspector.hint')}</p>
      <div className="pg-row">
        <label htmlFor={`${id}-header`}>{t('x402.pg.inspector.header')}</label>
        <Select
          id={`${id}-header`}
          value={header}
          options={INSPECTED_HEADERS}
          optionLabel={(name) => name}
          onChange={setHeader}
        />
        {fromLastRun && (
          <button type="button" className="pg-button" onClick={() => setValue(fromLastRun.value)}>
            {t('x402.pg.inspector.fromLastRun')}
          </button>
        )}
      </div>
      <div className="pg-field">
        <label htmlFor={`${id}-value`}>{t('x402.pg.inspector.value')}</label>
        <textarea
          id={`${id}-value`}
          className="pg-textarea pg-mono"
          rows={4}
          spellCheck={false}
          value={value}
          onChange={(event) => setValue(event.target.value)}
        />
      </div>
      {inspection.status === 'done' && inspection.value && <InspectionView inspection={inspection.value} />}
      {inspection.status === 'failed' && <ErrorMessage error={inspection.error} role="status" />}
    </Section>
  );
}
