import { describeError } from '../../ui/describeError.ts';
import { Message } from '../../ui/Message.tsx';
import { TextBlock } from '../../ui/TextBlock.tsx';
import { useT } from '../../ui/useT.ts';
import type { Finding } from '../../x402/wire/classifyPaymentMessage.ts';
import type { PaymentHeaderInspection } from '../../x402/wire/inspectPaymentHeader.ts';
import { findingMessageKey } from '../../x402/wire/x402MessageKeys.ts';

const SEVERITY_CLASSES = { error: 'pg-fail', warning: 'pg-warn', info: 'pg-info' } as const;

/** The inspector's report: what the header is, whether the strict decoder takes it, and each finding. */
export function InspectionView({ inspection }: { inspection: PaymentHeaderInspection }) {
  const t = useT();
  return (
    <div className="pg-stack" role="status">
      <Message tone="info">
        {t('x402.pg.inspector.verdict', {
          kind: t(`x402.pg.kind.${inspection.kind}`),
          dialect: t(`x402.pg.dialect.${inspection.dialect}`),
        })}
      </Message>
      {inspection.strictError !== null ? (
        <Message tone="fail">
          {t('x402.pg.inspector.strictFails')} {describeError(t, inspection.strictError)}
        </Message>
      ) : (
        <Message tone="pass">{t('x402.pg.inspector.strictPasses')}</Message>
      )}
      {inspection.findings.length > 0 && (
        <ul className="pg-rules" aria-label={t('x402.pg.inspector.findings')}>
          {inspection.findings.map((finding, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: findings are recomputed as a whole.
            <FindingItem key={index} finding={finding} />
          ))}
        </ul>
      )}
      <TextBlock title={t('x402.pg.inspector.decoded')} text={JSON.stringify(inspection.decoded, null, 2)} />
    </div>
  );
}

function FindingItem({ finding }: { finding: Finding }) {
  const t = useT();
  return (
    <li className={`pg-rule ${SEVERITY_CLASSES[finding.severity]}`}>
      <span className="pg-badge">{t(`x402.pg.severity.${finding.severity}`)}</span>
      <span className="pg-rule-text">
        {' '}
        {t(findingMessageKey(finding.code))}
        {finding.field && (
          <>
            {' '}
            <code>{finding.field}</code>
          </>
        )}
        {finding.expected !== undefined && ` ${t('x402.pg.inspector.expected', { value: finding.expected })}`}
        {finding.actual !== undefined && ` ${t('x402.pg.inspector.actual', { value: finding.actual })}`}
      </span>
    </li>
  );
}
