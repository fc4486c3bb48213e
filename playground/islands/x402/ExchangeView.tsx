import { TextBlock } from '../../ui/TextBlock.tsx';
import { useT } from '../../ui/useT.ts';
import { facilitatorVerdict } from '../../x402/facilitator/facilitatorVerdict.ts';
import type { HttpExchange, HttpMessageView } from '../../x402/wire/recordExchange.ts';
import { HeaderTable } from './HeaderTable.tsx';

/** One HTTP request and its response, folded under a summary line with the facilitator's verdict. */
export function ExchangeView({ exchange }: { exchange: HttpExchange }) {
  const t = useT();
  // A facilitator refuses with HTTP 200: show its verdict so a refusal cannot pass for success.
  const verdict = facilitatorVerdict(exchange);
  return (
    <details className="pg-details x4-exchange">
      <summary>
        <span className="pg-mono">
          {exchange.method} {exchange.path} → {exchange.status}
          {verdict && ` · ${verdict.field}: ${verdict.passed}`}
        </span>
        {verdict && !verdict.passed && <span className="pg-badge pg-fail">{t('x402.pg.exchange.refused')}</span>}
      </summary>
      <MessageView title={t('x402.pg.exchange.request')} message={exchange.request} />
      <MessageView title={t('x402.pg.exchange.response')} message={exchange.response} />
    </details>
  );
}

function MessageView({ title, message }: { title: string; message: HttpMessageView }) {
  const t = useT();
  return (
    <div className="x4-message">
      <h4>{title}</h4>
      <HeaderTable headers={message.headers} />
      {message.body !== undefined && (
        <TextBlock title={t('x402.pg.exchange.body')} text={JSON.stringify(message.body, null, 2)} />
      )}
    </div>
  );
}
