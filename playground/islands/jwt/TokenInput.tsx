import type { RefObject } from 'react';
import { JWE_PARTS, JWS_PARTS, SEGMENTS } from '../../jwt/tokenSegments.ts';
import { Field } from '../../ui/Field.tsx';
import { useT } from '../../ui/useT.ts';
import type { Decoded } from './decodeOrError.ts';

interface TokenInputProps {
  readonly token: string;
  readonly onChange: (token: string) => void;
  readonly decoded: Decoded;
  /** The server-rendered textarea, read once the island wakes so early typing is kept. */
  readonly field: RefObject<HTMLTextAreaElement | null>;
}

/** The token field, with a copy of the token coloured by part and a legend naming the parts. */
export function TokenInput({ token, onChange, decoded, field }: TokenInputProps) {
  const t = useT();
  const segments = decoded?.ok ? decoded.value.token.split('.') : [];
  const kinds = segments.length === 5 ? JWE_PARTS : JWS_PARTS;
  return (
    <section className="pg-section">
      <Field label={t('jwt.token.label')} hint={t('jwt.token.hint')}>
        {({ id, describedBy }) => (
          <textarea
            ref={field}
            id={id}
            className="pg-textarea pg-mono"
            value={token}
            onChange={(event) => onChange(event.target.value)}
            rows={5}
            spellCheck={false}
            autoComplete="off"
            autoCapitalize="off"
            aria-describedby={describedBy}
            placeholder="eyJhbGciOi…"
          />
        )}
      </Field>
      {segments.length > 0 && (
        // The coloured copy repeats the field above for the eye; screen readers already have the field.
        <p className="pg-token-view pg-mono" title={t('jwt.token.colored')} aria-hidden="true">
          {kinds.map((kind, index) => (
            <span key={kind}>
              {index > 0 && <span className="pg-dot">.</span>}
              <span className={`pg-seg pg-seg-${kind}`} title={t(SEGMENTS[kind])}>
                {segments[index]}
              </span>
            </span>
          ))}
        </p>
      )}
      {segments.length > 0 && (
        <p className="pg-legend">
          {kinds.map((kind) => (
            <span key={kind} className={`pg-legend-item pg-seg-${kind}`}>
              {t(SEGMENTS[kind])}
            </span>
          ))}
        </p>
      )}
    </section>
  );
}
