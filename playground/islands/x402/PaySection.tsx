import { formatUsdg } from '../../catalog/chains.ts';
import type { SandboxStage } from '../../sandbox/createSandbox.ts';
import { Message } from '../../ui/Message.tsx';
import { RadioGroup } from '../../ui/RadioGroup.tsx';
import { Section } from '../../ui/Section.tsx';
import type { Translate } from '../../ui/translate.ts';
import { useT } from '../../ui/useT.ts';
import { MISTAKE_FAILURES, PAYMENT_MISTAKES, type PaymentMistake } from '../../x402/paymentMistakes.ts';
import type { X402HashState } from '../../x402/x402HashState.ts';

interface PaySectionProps {
  readonly state: X402HashState;
  readonly update: (change: Partial<X402HashState>) => void;
  readonly busy: boolean;
  readonly canPay: boolean;
  /** How far the ledger's Postgres has booted, while the reader waits for it. */
  readonly stage: SandboxStage | null;
  readonly onPay: () => void;
}

/** The mistake to make on purpose, the token to sign for, and the Pay button with its progress. */
export function PaySection({ state, update, busy, canPay, stage, onPay }: PaySectionProps) {
  const t = useT();
  return (
    <Section title={t('x402.pg.pay.title')}>
      <RadioGroup
        legend={t('x402.pg.mistake.legend')}
        value={state.mistake}
        options={PAYMENT_MISTAKES}
        optionLabel={(mistake) => (
          <span>
            <strong>{t(`x402.pg.mistake.${mistake}`)}</strong>
            <span className="pg-hint"> {mistakeExpectation(t, mistake)}</span>
          </span>
        )}
        onChange={(mistake) => update({ mistake })}
        className="x4-mistakes"
        choiceClassName="x4-choice"
      />
      <label className="x4-choice">
        <input
          type="checkbox"
          checked={state.token === 'usdg'}
          onChange={(event) => update({ token: event.target.checked ? 'usdg' : 'playground' })}
        />
        <span>
          <strong>{t('x402.pg.token.usdg')}</strong>
          <span className="pg-hint"> {t('x402.pg.token.hint')}</span>
        </span>
      </label>
      {state.token === 'usdg' && <Message tone="warn">{t('x402.pg.token.warning')}</Message>}
      <div className="pg-row">
        <button type="button" className="pg-button pg-primary" disabled={busy || !canPay} onClick={onPay}>
          {t('x402.pg.pay.button', { amount: formatUsdg('1') })}
        </button>
      </div>
      <p className="pg-hint" role="status">
        {stage ? t(`x402.pg.stage.${stage}`) : busy ? t('x402.pg.pay.busy') : ''}
      </p>
    </Section>
  );
}

/** What a mistake leads to: a payment, an unrecorded one, or a refusal at a given step and reason. */
function mistakeExpectation(t: Translate, mistake: PaymentMistake): string {
  if (mistake === 'none') return t('x402.pg.expect.none');
  if (mistake === 'insert_fails') return t('x402.pg.expect.insert_fails');
  const { step, reason } = MISTAKE_FAILURES[mistake];
  return t('x402.pg.expect.refused', { step: t(`x402.pg.step.${step}`), reason });
}
