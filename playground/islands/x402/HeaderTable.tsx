import { TextBlock } from '../../ui/TextBlock.tsx';
import { useT } from '../../ui/useT.ts';
import type { HeaderView } from '../../x402/wire/recordExchange.ts';
import { errorMessageKey } from '../../x402/wire/x402MessageKeys.ts';

/** An HTTP message's headers, each x402 header with its decoded JSON or why it does not decode. */
export function HeaderTable({ headers }: { headers: readonly HeaderView[] }) {
  const t = useT();
  return (
    <div className="pg-table-scroll">
      <table className="pg-table">
        <thead>
          <tr>
            <th scope="col">{t('x402.pg.exchange.header')}</th>
            <th scope="col">{t('x402.pg.exchange.value')}</th>
          </tr>
        </thead>
        <tbody>
          {headers.map((header) => (
            <tr key={header.name}>
              <th scope="row" className="pg-mono">
                {header.name}
              </th>
              <td>
                <span className="pg-mono pg-break">{header.value}</span>
                {header.decoded !== undefined && (
                  <TextBlock
                    title={t('x402.pg.exchange.decoded', { header: header.name })}
                    text={JSON.stringify(header.decoded, null, 2)}
                  />
                )}
                {header.decodeError && <p className="pg-error-text">{t(errorMessageKey(header.decodeError))}</p>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
