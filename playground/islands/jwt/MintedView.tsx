import { useId } from 'react';
import { PROVIDERS } from '../../catalog/providers.ts';
import type { JwtMode } from '../../jwt/jwtHashState.ts';
import type { MintedToken } from '../../jwt/mintToken.ts';
import { CopyButton } from '../../ui/CopyButton.tsx';
import { Message } from '../../ui/Message.tsx';
import { useT } from '../../ui/useT.ts';
import { STATUS } from './status.ts';

interface MintedViewProps {
  readonly minted: MintedToken;
  /** Opens the minted token in another mode. */
  readonly onOpen: (token: string, mode: JwtMode) => void;
}

/** The minted token, ways to copy it or open it in another mode, and what may be wrong with it. */
export function MintedView({ minted, onOpen }: MintedViewProps) {
  const t = useT();
  const id = useId();
  return (
    <div className="pg-stack">
      <label className="pg-label" htmlFor={`${id}-minted`}>
        {t('jwt.mint.result')}
      </label>
      <textarea id={`${id}-minted`} className="pg-textarea pg-mono" readOnly rows={4} value={minted.token} />
      <div className="pg-row">
        <CopyButton text={minted.token} label={t('jwt.mint.result')} />
        <button type="button" className="pg-button" onClick={() => onOpen(minted.token, 'check')}>
          {t('jwt.mint.openCheck')}
        </button>
        <button type="button" className="pg-button" onClick={() => onOpen(minted.token, 'decode')}>
          {t('jwt.mint.openDecode')}
        </button>
      </div>
      {minted.warnings.map((warning) => (
        <Message key={warning} tone="warn">
          <span aria-hidden="true">{STATUS.warn.icon} </span>
          {t(`jwt.mint.warning.${warning}`, {
            ...minted.details,
            ...(typeof minted.details.provider === 'string' && {
              provider: PROVIDERS.find((p) => p.id === minted.details.provider)?.name ?? minted.details.provider,
            }),
          })}
        </Message>
      ))}
    </div>
  );
}
