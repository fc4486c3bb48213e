import { type ReactNode, type RefObject, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Locale } from '../../catalog/locale.ts';
import { getProvider, PROVIDER_IDS, PROVIDERS, type ProviderId } from '../../catalog/providers.ts';
import {
  checkInsforgeSignature,
  type InsforgeVerdict,
  insforgeVerdictAt,
  type RuleStatus,
  type SignatureCheck,
} from '../../jwt/checkInsforgeToken.ts';
import { type DecodedToken, decodeToken } from '../../jwt/decodeToken.ts';
import { type ClaimExplanation, explainClaims } from '../../jwt/explainClaims.ts';
import { INSFORGE_BACKEND } from '../../jwt/insforgeBackend.ts';
import {
  defaultJwtHashState,
  JWT_MODES,
  type JwtHashState,
  type JwtMode,
  parseJwtHashState,
  serializeJwtHashState,
} from '../../jwt/jwtHashState.ts';
import { type MintedToken, type MintOptions, mintToken } from '../../jwt/mintToken.ts';
import { extractNestedInsforgeToken, PROVIDER_PRESETS } from '../../jwt/providerPresets.ts';
import { sampleProviderToken } from '../../jwt/sampleProviderToken.ts';
import { type SecretEncoding, type SecretInput, secretToBytes } from '../../jwt/secretToBytes.ts';
import { guideSignsWithCode, type SnippetLibrary, serverSnippet } from '../../jwt/serverSnippet.ts';
import { type VerificationKey, type VerifyResult, verifyToken } from '../../jwt/verifyToken.ts';
import { parseSharedHash } from '../../limits/parseSharedHash.ts';
import { CodeBlock } from '../../ui/CodeBlock.tsx';
import { CopyButton } from '../../ui/CopyButton.tsx';
import { describeError, localizeDetails } from '../../ui/describeError.ts';
import { formatRelativeTime } from '../../ui/formatRelativeTime.ts';
import { PlaygroundBoundary } from '../../ui/PlaygroundBoundary.tsx';
import { ShareLinkNotice } from '../../ui/ShareLinkNotice.tsx';
import { Tabs } from '../../ui/Tabs.tsx';
import { TextBlock } from '../../ui/TextBlock.tsx';
import type { Translate } from '../../ui/translate.ts';
import { useHashState } from '../../ui/useHashState.ts';
import { useHydrated } from '../../ui/useHydrated.ts';
import { useT } from '../../ui/useT.ts';
import '../../ui/playground.css';

/**
 * Signs the sample tokens and fills the secret field, so every tool works before the reader pastes
 * anything. It protects nothing: the page says so, and a reader checks real tokens with their own secret.
 */
const DEMO_SECRET = 'insforge-playground-demo-secret-not-for-production';
const HASH_CODEC = { parse: parseJwtHashState, serialize: serializeJwtHashState };
const LIBRARIES: readonly SnippetLibrary[] = ['jsonwebtoken', 'jose'];
const STATUS: Readonly<Record<RuleStatus, { icon: string; key: string }>> = {
  pass: { icon: '✓', key: 'jwt.status.pass' },
  fail: { icon: '✗', key: 'jwt.status.fail' },
  warn: { icon: '!', key: 'jwt.status.warn' },
};
/** Names of a token's parts: a JWS has three, a JWE five; `token` is the whole when no part is at fault. */
const SEGMENTS = {
  token: 'jwt.segment.token',
  header: 'jwt.segment.header',
  payload: 'jwt.segment.payload',
  signature: 'jwt.segment.signature',
  key: 'jwt.segment.key',
  iv: 'jwt.segment.iv',
  ciphertext: 'jwt.segment.ciphertext',
  tag: 'jwt.segment.tag',
} as const;
type Segment = keyof typeof SEGMENTS;
const JWS_PARTS: readonly Segment[] = ['header', 'payload', 'signature'];
const JWE_PARTS: readonly Segment[] = ['header', 'key', 'iv', 'ciphertext', 'tag'];
const CLAIM_FLAGS = { expired: 'jwt.claims.flag.expired', not_yet_valid: 'jwt.claims.flag.not_yet_valid' } as const;
const SIGNED_BUT = { expired: 'jwt.verify.but.expired', not_yet_valid: 'jwt.verify.but.not_yet_valid' } as const;
const KEY_KINDS: readonly { kind: KeyKind; labelKey: string }[] = [
  { kind: 'secret', labelKey: 'jwt.verify.kind.secret' },
  { kind: 'pem', labelKey: 'jwt.verify.kind.pem' },
  { kind: 'jwk', labelKey: 'jwt.verify.kind.jwk' },
];
const ENCODINGS: readonly { encoding: SecretEncoding; labelKey: string }[] = [
  { encoding: 'utf8', labelKey: 'jwt.secret.utf8' },
  { encoding: 'base64url', labelKey: 'jwt.secret.base64url' },
];

type KeyKind = VerificationKey['kind'];

interface Props {
  readonly locale: Locale;
}

/** The JWT playground island, in a boundary that turns a failure into a message and a way back. */
export default function JwtPlayground({ locale }: Props) {
  return (
    <PlaygroundBoundary locale={locale}>
      <JwtTool locale={locale} />
    </PlaygroundBoundary>
  );
}

/** The JWT playground: decode, verify, "would InsForge accept this?", mint and share. */
function JwtTool({ locale }: Props) {
  const t = useT();
  const [state, setState, refused] = useHashState(HASH_CODEC);
  const [token, setToken] = useState('');
  const [secret, setSecret] = useState<SecretInput>({ value: DEMO_SECRET, encoding: 'utf8' });
  const now = useNow();

  const tokenField = useRef<HTMLTextAreaElement>(null);
  const live = useHydrated();

  useEffect(() => {
    // A shared link may carry a token (only when its author chose to); text typed into the server-rendered
    // field before the island woke up is kept.
    const shared = parseSharedHash(window.location.hash, parseJwtHashState).state.token;
    const typed = tokenField.current?.value ?? '';
    if (shared) setToken(shared);
    else if (typed !== '') setToken(typed);
  }, []);

  const decoded = useMemo(() => decodeOrError(token), [token]);
  const update = (change: Partial<JwtHashState>) => setState((current) => ({ ...current, ...change }));
  const open = (nextToken: string, mode: JwtMode) => {
    setToken(nextToken);
    update({ mode });
  };

  return (
    // `data-live` marks the moment the server-rendered form became interactive (tests wait for it).
    <div className="pg-root not-content" lang={locale} data-live={live || undefined}>
      <ShareLinkNotice refused={refused} />
      <PresetPicker t={t} state={state} update={update} onLoad={setToken} />
      <TokenInput t={t} token={token} onChange={setToken} decoded={decoded} field={tokenField} />
      <Tabs
        label={t('jwt.modes.label')}
        tabs={JWT_MODES.map((id) => ({ id, label: t(`jwt.modes.${id}`) }))}
        selected={state.mode}
        onSelect={(mode) => update({ mode })}
      >
        {state.mode === 'decode' && (
          <DecodePanel locale={locale} t={t} decoded={decoded} now={now} onOpen={(inner) => open(inner, 'decode')} />
        )}
        {state.mode === 'verify' && (
          <VerifyPanel
            locale={locale}
            t={t}
            token={token}
            decoded={decoded}
            now={now}
            secret={secret}
            setSecret={setSecret}
          />
        )}
        {state.mode === 'check' && (
          <CheckPanel locale={locale} t={t} token={token} now={now} secret={secret} setSecret={setSecret} />
        )}
        {state.mode === 'mint' && (
          <MintPanel
            locale={locale}
            t={t}
            state={state}
            update={update}
            secret={secret}
            setSecret={setSecret}
            onOpen={open}
          />
        )}
      </Tabs>
      <SharePanel locale={locale} t={t} state={state} token={token} />
    </div>
  );
}

type Decoded = { ok: true; value: DecodedToken } | { ok: false; error: unknown } | null;

function decodeOrError(token: string): Decoded {
  if (token.trim() === '') return null;
  try {
    return { ok: true, value: decodeToken(token) };
  } catch (error) {
    return { ok: false, error };
  }
}

/** The reader's clock in unix seconds, ticking once a second so "expires in" stays true. */
function useNow(): number {
  const [now, setNow] = useState(() => Math.floor(Date.now() / 1000));
  useEffect(() => {
    const timer = setInterval(() => setNow(Math.floor(Date.now() / 1000)), 1000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

async function loadSample(provider: ProviderId, which: 'raw' | 'insforge'): Promise<string> {
  const sample = await sampleProviderToken(provider, {
    now: Math.floor(Date.now() / 1000),
    secret: { value: DEMO_SECRET, encoding: 'utf8' },
  });
  return which === 'raw' ? sample.rawToken : sample.insforgeToken;
}

interface SectionProps {
  readonly locale: Locale;
  readonly t: Translate;
}

interface StateProps {
  readonly state: JwtHashState;
  readonly update: (change: Partial<JwtHashState>) => void;
}

function PresetPicker({ t, state, update, onLoad }: { t: Translate; onLoad: (token: string) => void } & StateProps) {
  const id = useId();
  const preset = PROVIDER_PRESETS[state.provider];
  const provider = getProvider(state.provider);
  return (
    <section className="pg-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('jwt.presets.title')}</h3>
      <div className="pg-row">
        <label htmlFor={`${id}-provider`}>{t('jwt.presets.provider')}</label>
        <select
          id={`${id}-provider`}
          value={state.provider}
          onChange={(event) => {
            const next = event.target.value as ProviderId;
            const { sub, exp, email } = defaultJwtHashState(next);
            update({ provider: next, sub, exp, email });
          }}
        >
          {PROVIDER_IDS.map((providerId) => (
            <option key={providerId} value={providerId}>
              {getProvider(providerId).name}
            </option>
          ))}
        </select>
      </div>
      <div className="pg-row">
        <button type="button" className="pg-button" onClick={() => loadSample(state.provider, 'raw').then(onLoad)}>
          {t('jwt.presets.loadRaw', { token: t(preset.raw.labelKey) })}
        </button>
        <button type="button" className="pg-button" onClick={() => loadSample(state.provider, 'insforge').then(onLoad)}>
          {t('jwt.presets.loadInsforge', { provider: provider.name })}
        </button>
      </div>
      <details className="pg-details">
        <summary>{t('jwt.presets.problemsTitle', { token: t(preset.raw.labelKey) })}</summary>
        <ul>
          {preset.problems.map((problem) => (
            <li key={problem.problemKey}>
              <strong>{t(problem.problemKey)}</strong> {t(problem.fixKey)}
            </li>
          ))}
        </ul>
      </details>
      <p className="pg-hint">{t('jwt.presets.demoSecret')}</p>
    </section>
  );
}

function TokenInput({
  t,
  token,
  onChange,
  decoded,
  field,
}: {
  t: Translate;
  token: string;
  onChange: (token: string) => void;
  decoded: Decoded;
  field: RefObject<HTMLTextAreaElement | null>;
}) {
  const id = useId();
  const segments = decoded?.ok ? decoded.value.token.split('.') : [];
  const kinds = segments.length === 5 ? JWE_PARTS : JWS_PARTS;
  return (
    <section className="pg-section">
      <label className="pg-label" htmlFor={`${id}-token`}>
        {t('jwt.token.label')}
      </label>
      <textarea
        ref={field}
        id={`${id}-token`}
        className="pg-textarea pg-mono"
        value={token}
        onChange={(event) => onChange(event.target.value)}
        rows={5}
        spellCheck={false}
        autoComplete="off"
        autoCapitalize="off"
        aria-describedby={`${id}-hint`}
        placeholder="eyJhbGciOi…"
      />
      <p id={`${id}-hint`} className="pg-hint">
        {t('jwt.token.hint')}
      </p>
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

function DecodePanel({
  locale,
  t,
  decoded,
  now,
  onOpen,
}: SectionProps & { decoded: Decoded; now: number; onOpen: (token: string) => void }) {
  const id = useId();
  if (decoded === null) return <p className="pg-hint">{t('jwt.decode.empty')}</p>;
  if (!decoded.ok) {
    return (
      <p className="pg-message pg-fail" role="status">
        {describeError(t, decoded.error)}
      </p>
    );
  }
  const token = decoded.value;
  if (token.kind === 'jwe') {
    return (
      <div className="pg-stack">
        <p className="pg-message pg-warn" role="status">
          {t('jwt.decode.jwe', { alg: token.alg ?? '?', enc: token.enc ?? '?' })}
        </p>
        <TextBlock title={t(SEGMENTS.header)} text={JSON.stringify(token.header, null, 2)} />
      </div>
    );
  }
  const nested = extractNestedInsforgeToken(token.payload);
  return (
    <div className="pg-stack">
      <p className="pg-hint">{t('jwt.decode.summary', { alg: token.alg ?? '?', bytes: token.signatureLength })}</p>
      {nested && (
        <div className="pg-message pg-info">
          <p>{t('jwt.decode.nested', { claim: nested.claim })}</p>
          <button type="button" className="pg-button" onClick={() => onOpen(nested.token)}>
            {t('jwt.decode.openNested')}
          </button>
        </div>
      )}
      <div className="pg-columns">
        <TextBlock title={t(SEGMENTS.header)} text={JSON.stringify(token.header, null, 2)} />
        <TextBlock title={t(SEGMENTS.payload)} text={JSON.stringify(token.payload, null, 2)} />
      </div>
      <h4 id={`${id}-claims`}>{t('jwt.decode.claimsTitle')}</h4>
      <ClaimsTable locale={locale} t={t} claims={explainClaims(token.payload, now)} labelledBy={`${id}-claims`} />
    </div>
  );
}

function ClaimsTable({
  locale,
  t,
  claims,
  labelledBy,
}: SectionProps & { claims: ClaimExplanation[]; labelledBy: string }) {
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
                      : `${absolute.format(new Date(claim.time.iso))} (${formatRelativeTime(claim.time.relativeSeconds, locale)})`}
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

interface SecretProps {
  readonly secret: SecretInput;
  readonly setSecret: (secret: SecretInput) => void;
}

function SecretField({ t, secret, setSecret, label }: { t: Translate; label: string } & SecretProps) {
  const id = useId();
  return (
    <div className="pg-stack">
      <label className="pg-label" htmlFor={`${id}-secret`}>
        {label}
      </label>
      <input
        id={`${id}-secret`}
        className="pg-input pg-mono"
        type="password"
        value={secret.value}
        onChange={(event) => setSecret({ ...secret, value: event.target.value })}
        autoComplete="off"
        spellCheck={false}
      />
      <fieldset className="pg-inline">
        <legend>{t('jwt.secret.encoding')}</legend>
        {ENCODINGS.map(({ encoding, labelKey }) => (
          <label key={encoding}>
            <input
              type="radio"
              name={`${id}-encoding`}
              checked={secret.encoding === encoding}
              onChange={() => setSecret({ ...secret, encoding })}
            />{' '}
            {t(labelKey)}
          </label>
        ))}
      </fieldset>
    </div>
  );
}

type VerifyOutcome = { ok: true; result: VerifyResult } | { ok: false; error: unknown } | null;

function VerifyPanel({
  locale,
  t,
  token,
  decoded,
  now,
  secret,
  setSecret,
}: SectionProps & SecretProps & { token: string; decoded: Decoded; now: number }) {
  const id = useId();
  const [kind, setKind] = useState<KeyKind>('secret');
  const [pem, setPem] = useState('');
  const [jwk, setJwk] = useState('');
  const [outcome, setOutcome] = useState<VerifyOutcome>(null);
  const alg = decoded?.ok ? decoded.value.alg : undefined;

  useEffect(() => {
    // Offer the kind of key the token's algorithm needs: a secret for HS*, a public key otherwise.
    if (alg === undefined || alg.toLowerCase() === 'none') return;
    setKind((current) => (alg.startsWith('HS') ? 'secret' : current === 'secret' ? 'jwk' : current));
  }, [alg]);

  useEffect(() => {
    let current = true;
    const key: VerificationKey =
      kind === 'secret' ? { kind, ...secret } : kind === 'pem' ? { kind, pem } : { kind, json: jwk };
    const empty = token.trim() === '' || (kind === 'secret' ? secret.value : kind === 'pem' ? pem : jwk).trim() === '';
    if (empty) {
      setOutcome(null);
      return;
    }
    verifyToken(token, key).then(
      (result) => current && setOutcome({ ok: true, result }),
      (error: unknown) => current && setOutcome({ ok: false, error }),
    );
    return () => {
      current = false;
    };
  }, [token, kind, secret, pem, jwk]);

  const payload = decoded?.ok && decoded.value.kind === 'jws' ? decoded.value.payload : {};
  const flags = explainClaims(payload, now).filter((claim) => claim.flag);
  return (
    <div className="pg-stack">
      <fieldset className="pg-inline">
        <legend>{t('jwt.verify.keyKind')}</legend>
        {KEY_KINDS.map((option) => (
          <label key={option.kind}>
            <input
              type="radio"
              name={`${id}-kind`}
              checked={kind === option.kind}
              onChange={() => setKind(option.kind)}
            />{' '}
            {t(option.labelKey)}
          </label>
        ))}
      </fieldset>
      {kind === 'secret' && <SecretField t={t} label={t('jwt.verify.secret')} secret={secret} setSecret={setSecret} />}
      {kind !== 'secret' && (
        <div className="pg-stack">
          <label className="pg-label" htmlFor={`${id}-key`}>
            {t(kind === 'pem' ? 'jwt.verify.pemLabel' : 'jwt.verify.jwkLabel')}
          </label>
          <textarea
            id={`${id}-key`}
            className="pg-textarea pg-mono"
            rows={6}
            value={kind === 'pem' ? pem : jwk}
            onChange={(event) => (kind === 'pem' ? setPem : setJwk)(event.target.value)}
            spellCheck={false}
            autoComplete="off"
            placeholder={kind === 'pem' ? '-----BEGIN PUBLIC KEY-----' : '{ "keys": [ … ] }'}
          />
          <p className="pg-hint">{t('jwt.verify.noFetch')}</p>
        </div>
      )}
      <div aria-live="polite" className="pg-stack">
        {outcome && !outcome.ok && <p className="pg-message pg-fail">{describeError(t, outcome.error)}</p>}
        {outcome?.ok && <VerifyResultView locale={locale} t={t} result={outcome.result} expiryFlags={flags} />}
      </div>
    </div>
  );
}

function VerifyResultView({
  locale,
  t,
  result,
  expiryFlags,
}: SectionProps & { result: VerifyResult; expiryFlags: ClaimExplanation[] }) {
  const details = { ...result.details, alg: result.alg ?? '?' };
  return (
    <>
      {result.valid ? (
        <p className="pg-message pg-pass">
          <span aria-hidden="true">{STATUS.pass.icon} </span>
          {t('jwt.verify.valid', details)}
        </p>
      ) : (
        <p className="pg-message pg-fail">
          <span aria-hidden="true">{STATUS.fail.icon} </span>
          {t(`jwt.verify.reason.${result.reason ?? 'invalid_jws'}`, details)}
        </p>
      )}
      {result.valid &&
        expiryFlags.map((claim) => (
          <p key={claim.claim} className="pg-message pg-warn">
            {t(SIGNED_BUT[claim.flag ?? 'expired'], {
              when: formatRelativeTime(claim.time?.relativeSeconds ?? 0, locale),
            })}
          </p>
        ))}
      {result.warnings.map((warning) => (
        <p key={warning} className="pg-message pg-warn">
          <span aria-hidden="true">{STATUS.warn.icon} </span>
          {t(`jwt.verify.warning.${warning}`, details)}
        </p>
      ))}
    </>
  );
}

function CheckPanel({
  locale,
  t,
  token,
  now,
  secret,
  setSecret,
}: SectionProps & SecretProps & { token: string; now: number }) {
  const [checked, setChecked] = useState<SignatureCheck | null>(null);
  const [keyError, setKeyError] = useState<unknown>(null);

  // The signature is verified when the token or the secret changes; the clock's ticks only move the
  // expiry line, which the verdict below recomputes without touching the signature again.
  useEffect(() => {
    let current = true;
    if (token.trim() === '') {
      setChecked(null);
      return;
    }
    let key: string | Uint8Array;
    try {
      key = secret.encoding === 'utf8' ? secret.value : secretToBytes(secret);
      setKeyError(null);
    } catch (error) {
      key = new Uint8Array();
      setKeyError(error);
    }
    checkInsforgeSignature(token, key).then((next) => current && setChecked(next));
    return () => {
      current = false;
    };
  }, [token, secret]);
  const verdict = checked && token.trim() !== '' ? insforgeVerdictAt(checked, now) : null;

  return (
    <div className="pg-stack">
      <SecretField t={t} label={t('jwt.check.secret')} secret={secret} setSecret={setSecret} />
      <p className="pg-hint">{t('jwt.check.secretHint', { envVar: 'JWT_SECRET' })}</p>
      {keyError !== null && <p className="pg-message pg-fail">{describeError(t, keyError)}</p>}
      {verdict && <VerdictView locale={locale} t={t} verdict={verdict} />}
    </div>
  );
}

function VerdictView({ locale, t, verdict }: SectionProps & { verdict: InsforgeVerdict }) {
  const id = useId();
  const claimsJson = verdict.claims && JSON.stringify(verdict.claims, null, 2);
  return (
    <div className="pg-stack">
      <p className={`pg-message pg-verdict ${verdict.accepted ? 'pg-pass' : 'pg-fail'}`} role="status">
        <strong>
          {verdict.accepted
            ? t('jwt.check.accepted', { role: verdict.dbRole ?? '' })
            : t('jwt.check.refused', { status: verdict.httpStatus })}
        </strong>
      </p>
      <ul className="pg-rules" aria-label={t('jwt.check.rulesLabel')}>
        {verdict.rules.map((rule) => (
          <li key={rule.rule} className={`pg-rule pg-${rule.status}`}>
            <span className="pg-badge">
              <span aria-hidden="true">{STATUS[rule.status].icon} </span>
              {t(STATUS[rule.status].key)}
            </span>{' '}
            <strong>{t(`jwt.insforge.rule.${rule.rule}`)}</strong>
            <span className="pg-rule-text"> {t(rule.messageKey, localizeDetails(t, rule.details ?? {}))}</span>
          </li>
        ))}
      </ul>
      {claimsJson && (
        <>
          <h4 id={`${id}-claims`}>{t('jwt.check.claimsTitle')}</h4>
          <p className="pg-hint">{t('jwt.check.claimsHint')}</p>
          <CodeBlock code={claimsJson} language="json" label={t('jwt.check.claimsTitle')} />
          <p>
            {t('jwt.check.requestingUserId')}{' '}
            <code className="pg-result">
              {verdict.requestingUserId === null ? 'NULL' : `'${verdict.requestingUserId}'`}
            </code>
          </p>
          <p className="pg-hint">
            {verdict.requestingUserId === null
              ? t(verdict.dbRole === 'anon' ? 'jwt.check.userIdNull.anon' : 'jwt.check.userIdNull.admin')
              : t('jwt.check.userIdHint')}
          </p>
        </>
      )}
    </div>
  );
}

type MintOutcome = { ok: true; minted: MintedToken } | { ok: false; error: unknown } | null;

function MintPanel({
  locale,
  t,
  state,
  update,
  secret,
  setSecret,
  onOpen,
}: SectionProps & StateProps & SecretProps & { onOpen: (token: string, mode: JwtMode) => void }) {
  const id = useId();
  const [outcome, setOutcome] = useState<MintOutcome>(null);
  const [library, setLibrary] = useState<SnippetLibrary>('jsonwebtoken');
  const options: MintOptions = {
    sub: state.sub,
    role: state.role,
    ...(state.aud !== '' && { aud: state.aud }),
    ...(state.email !== '' && { email: state.email }),
    expiresInSeconds: state.exp,
    provider: state.provider,
  };

  async function mint() {
    try {
      setOutcome({ ok: true, minted: await mintToken(options, secret) });
    } catch (error) {
      setOutcome({ ok: false, error });
    }
  }

  const field = (name: 'sub' | 'role' | 'aud' | 'email', labelKey: string, extra: ReactNode = null) => (
    <div className="pg-field">
      <label className="pg-label" htmlFor={`${id}-${name}`}>
        {t(labelKey)}
      </label>
      <input
        id={`${id}-${name}`}
        className="pg-input pg-mono"
        value={state[name]}
        onChange={(event) => update({ [name]: event.target.value })}
        list={name === 'role' ? `${id}-roles` : undefined}
        spellCheck={false}
        autoComplete="off"
      />
      {extra}
    </div>
  );

  return (
    <div className="pg-stack">
      <p className="pg-hint">{t('jwt.mint.intro', { provider: getProvider(state.provider).name })}</p>
      <div className="pg-grid">
        {field(
          'sub',
          'jwt.mint.sub',
          <p className="pg-hint">
            {t('jwt.mint.subHint', { example: getProvider(state.provider).userId.examples[0] })}
          </p>,
        )}
        {field(
          'role',
          'jwt.mint.role',
          <datalist id={`${id}-roles`}>
            {INSFORGE_BACKEND.roles.map((role) => (
              <option key={role} value={role} />
            ))}
          </datalist>,
        )}
        {field('aud', 'jwt.mint.aud')}
        {field('email', 'jwt.mint.email')}
        <div className="pg-field">
          <label className="pg-label" htmlFor={`${id}-exp`}>
            {t('jwt.mint.exp')}
          </label>
          <input
            id={`${id}-exp`}
            className="pg-input"
            type="number"
            min={1}
            inputMode="numeric"
            value={state.exp}
            onChange={(event) => update({ exp: Number(event.target.value) })}
          />
        </div>
      </div>
      <SecretField t={t} label={t('jwt.mint.secret')} secret={secret} setSecret={setSecret} />
      <div className="pg-row">
        <button type="button" className="pg-button pg-primary" onClick={mint}>
          {t('jwt.mint.button')}
        </button>
      </div>
      <div aria-live="polite" className="pg-stack">
        {outcome && !outcome.ok && <p className="pg-message pg-fail">{describeError(t, outcome.error)}</p>}
        {outcome?.ok && <MintedView locale={locale} t={t} minted={outcome.minted} onOpen={onOpen} />}
      </div>
      {guideSignsWithCode(state.provider) ? (
        <>
          <h4>{t('jwt.mint.snippetTitle')}</h4>
          <p className="pg-hint">{t('jwt.mint.snippetHint', { envVar: INSFORGE_BACKEND.secretEnvVar })}</p>
          <Tabs
            label={t('jwt.mint.snippetTitle')}
            tabs={LIBRARIES.map((lib) => ({ id: lib, label: lib }))}
            selected={library}
            onSelect={setLibrary}
          >
            <CodeBlock
              code={serverSnippet({ ...options, secretEncoding: secret.encoding }, library)}
              language="typescript"
              label={t('jwt.mint.snippetLabel', { library })}
            />
          </Tabs>
        </>
      ) : (
        <>
          <h4>{t('jwt.mint.templateTitle')}</h4>
          <p className="pg-message pg-info" data-template-note>
            {t('jwt.mint.templateNote')}
          </p>
        </>
      )}
    </div>
  );
}

function MintedView({
  locale,
  t,
  minted,
  onOpen,
}: SectionProps & { minted: MintedToken; onOpen: (token: string, mode: JwtMode) => void }) {
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
        <p key={warning} className="pg-message pg-warn">
          <span aria-hidden="true">{STATUS.warn.icon} </span>
          {t(`jwt.mint.warning.${warning}`, {
            ...minted.details,
            ...(typeof minted.details.provider === 'string' && {
              provider: PROVIDERS.find((p) => p.id === minted.details.provider)?.name ?? minted.details.provider,
            }),
          })}
        </p>
      ))}
    </div>
  );
}

function SharePanel({ locale, t, state, token }: SectionProps & { state: JwtHashState; token: string }) {
  const id = useId();
  const [withToken, setWithToken] = useState(false);
  const [link, setLink] = useState('');
  const canShareToken = token.trim() !== '';

  function share() {
    const hash = serializeJwtHashState({ ...state, token: token.trim() }, { includeToken: withToken && canShareToken });
    setLink(`${window.location.origin}${window.location.pathname}${hash}`);
  }

  return (
    <section className="pg-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('jwt.share.title')}</h3>
      <p className="pg-hint">{t('jwt.share.intro')}</p>
      <label>
        <input
          type="checkbox"
          checked={withToken}
          disabled={!canShareToken}
          onChange={(event) => {
            setWithToken(event.target.checked);
            setLink('');
          }}
          aria-describedby={withToken ? `${id}-warning` : undefined}
        />{' '}
        {t('jwt.share.includeToken')}
      </label>
      {withToken && (
        <p id={`${id}-warning`} className="pg-message pg-warn">
          {t('jwt.share.tokenWarning')}
        </p>
      )}
      <div className="pg-row">
        <button type="button" className="pg-button" onClick={share}>
          {withToken ? t('jwt.share.buttonWithToken') : t('jwt.share.button')}
        </button>
      </div>
      {link !== '' && (
        <div className="pg-stack">
          <label className="pg-label" htmlFor={`${id}-link`}>
            {t('jwt.share.link')}
          </label>
          <input id={`${id}-link`} className="pg-input pg-mono" readOnly value={link} />
          <div className="pg-row">
            <CopyButton text={link} label={t('jwt.share.link')} />
          </div>
        </div>
      )}
    </section>
  );
}
