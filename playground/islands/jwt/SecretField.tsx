import type { MessageKey } from '../../i18n/messageKey.ts';
import type { SecretEncoding, SecretInput } from '../../jwt/secretToBytes.ts';
import { Field } from '../../ui/Field.tsx';
import { RadioGroup } from '../../ui/RadioGroup.tsx';
import { useT } from '../../ui/useT.ts';

/** The HMAC secret that the verify, check and mint panels share, so it is typed once. */
export interface SecretProps {
  readonly secret: SecretInput;
  readonly setSecret: (secret: SecretInput) => void;
}

const ENCODINGS: readonly SecretEncoding[] = ['utf8', 'base64url'];
const ENCODING_LABELS: Readonly<Record<SecretEncoding, MessageKey>> = {
  utf8: 'jwt.secret.utf8',
  base64url: 'jwt.secret.base64url',
};

/** A password field for the HMAC secret, and whether it is typed as text or as base64url bytes. */
export function SecretField({ label, secret, setSecret }: SecretProps & { label: string }) {
  const t = useT();
  return (
    <Field label={label} layout="pg-stack">
      {({ id }) => (
        <>
          <input
            id={id}
            className="pg-input pg-mono"
            type="password"
            value={secret.value}
            onChange={(event) => setSecret({ ...secret, value: event.target.value })}
            autoComplete="off"
            spellCheck={false}
          />
          <RadioGroup
            legend={t('jwt.secret.encoding')}
            value={secret.encoding}
            options={ENCODINGS}
            optionLabel={(encoding) => t(ENCODING_LABELS[encoding])}
            onChange={(encoding) => setSecret({ ...secret, encoding })}
          />
        </>
      )}
    </Field>
  );
}
