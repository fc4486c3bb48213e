import { Section } from '../../ui/Section.tsx';
import { useT } from '../../ui/useT.ts';
import { FLOW_STEPS } from '../../x402/paymentMistakes.ts';
import type { FlowStep, FlowStepStatus, PaymentFlowResult } from '../../x402/runPaymentFlow.ts';
import { reasonMessageKey } from '../../x402/wire/x402MessageKeys.ts';
import { ExchangeView } from './ExchangeView.tsx';
import { SigningView } from './SigningView.tsx';

const STATUS_ICONS: Readonly<Record<FlowStepStatus, string>> = { ok: '✓', warning: '!', failed: '✗', skipped: '–' };
const STATUS_CLASSES: Readonly<Record<FlowStepStatus, string>> = {
  ok: 'pg-pass',
  warning: 'pg-warn',
  failed: 'pg-fail',
  skipped: 'pg-info',
};

/** The last payment: its outcome, then each step of the flow with the HTTP exchanges it made. */
export function FlowResult({ result }: { result: PaymentFlowResult }) {
  const t = useT();
  return (
    <Section title={t('x402.pg.flow.title')}>
      <Outcome result={result} />
      <ol className="x4-steps">
        {FLOW_STEPS.flatMap((stepId) => {
          const step = result.steps.find((candidate) => candidate.id === stepId);
          return step ? [<StepItem key={step.id} step={step} result={result} />] : [];
        })}
      </ol>
    </Section>
  );
}

function Outcome({ result }: { result: PaymentFlowResult }) {
  const t = useT();
  if (result.outcome === 'paid') {
    return (
      <p className="pg-message pg-pass" role="status" data-outcome="paid">
        {t('x402.pg.outcome.paid', { tx: result.receipt?.transaction ?? '' })}
      </p>
    );
  }
  if (result.outcome === 'paid_not_recorded') {
    return (
      <div className="pg-message pg-warn" role="status" data-outcome="paid_not_recorded">
        <p>{t('x402.pg.outcome.paid_not_recorded')}</p>
        <pre className="pg-mono x4-log">{result.log.join('\n')}</pre>
      </div>
    );
  }
  return (
    <div className="pg-message pg-fail" role="status" data-outcome="refused">
      <p>
        {t('x402.pg.outcome.refused')} <ReasonText reason={result.reason ?? ''} />
      </p>
      {result.mistake === 'wrong_domain' && <p>{t('x402.okx.wrongDomain')}</p>}
    </div>
  );
}

/** A facilitator's reason code, then what it means. */
function ReasonText({ reason }: { reason: string }) {
  const t = useT();
  return (
    <>
      <code className="x4-reason">{reason}</code> {t(reasonMessageKey(reason))}
    </>
  );
}

function StepItem({ step, result }: { step: FlowStep; result: PaymentFlowResult }) {
  const t = useT();
  return (
    <li className={`x4-step ${STATUS_CLASSES[step.status]}`} data-step={step.id} data-status={step.status}>
      <span className="pg-badge" aria-hidden="true">
        {STATUS_ICONS[step.status]}
      </span>{' '}
      <strong>{t(`x402.pg.step.${step.id}`)}</strong>
      <span className="sr-only"> ({t(`x402.pg.status.${step.status}`)})</span>
      <span className="x4-step-text"> {t(`x402.pg.stepText.${step.id}`)}</span>
      {step.reason && (
        <p className="x4-step-reason">
          <ReasonText reason={step.reason} />
        </p>
      )}
      {step.id === 'sign' && <SigningView signing={result.signing} />}
      {step.exchanges.map((exchange, index) => (
        // Exchanges of a step never reorder.
        // biome-ignore lint/suspicious/noArrayIndexKey: the list is fixed once the flow ran.
        <ExchangeView key={index} exchange={exchange} />
      ))}
    </li>
  );
}
