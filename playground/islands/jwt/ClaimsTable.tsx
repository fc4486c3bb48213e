import type { ClaimExplanation } from '../../jwt/explainClaims.ts';
import { formatRelativeTime } from '../../ui/formatRelativeTime.ts';
import { useLocale } from '../../ui/locale.tsx';
import { useT } from '../../ui/useT.ts';

const CLAIM_FLAGS = { expired: 'jwt.claims.flag.expired', not_yet_valid: 'jwt.claims.flag.not_yet_valid' } as const;

/** A token's claims, one row each: the value, what it means, and for a time both the date and how far off it is. */
export function ClaimsTable({ claims, labelledBy }: { claims: ClaimExplanation[]; labelledBy: string }) {
  const t = useT();
  const locale = useLocale();
  const absolute = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' });
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: the table scrolls sideways on a phone.
    <section className="pg-table-scroll" tabIndex={0} aria-labelledby={labelledBy}>
      <table className="pg-table">
        <thead>
          <tr>
            <th scope="col">{t('jwt.claims.column.claim')}</th>
            <th scope="col">{t('jwt.claims.column.value')}</th>
            <th scope="col">{t('jwt.claims.column.meaning')}</th>
          </tr>
        </thead>
        <tbody>
          {claims.map((claim) => (
            <tr key={claim.claim}>
              <th scope="row" className="pg-mono">
                {claim.claim}
              </th>
              <td className="pg-mono pg-break">{JSON.stringify(claim.value)}</td>
              <td>
                {t(claim.descriptionKey)}
                {claim.time && (
                  <span className="pg-time">
                    {claim.time.iso === 'invalid'
                      ? t('jwt.claims.invalidTime')
                      : t('jwt.claims.timeAndDistance', {
                          date: absolute.format(new Date(claim.time.iso)),
                          relative: formatRelativeTime(claim.time.relativeSeconds, locale),
                        })}
                  </span>
                )}
                {claim.flag && <strong className="pg-badge pg-fail">{t(CLAIM_FLAGS[claim.flag])}</strong>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
