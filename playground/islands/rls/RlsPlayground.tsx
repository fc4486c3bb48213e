import { useId, useMemo } from 'react';
import type { Locale } from '../../catalog/locale.ts';
import { getProvider, PROVIDER_IDS, type ProviderId } from '../../catalog/providers.ts';
import { isPlaygroundError } from '../../errors.ts';
import {
  MAX_COLUMNS,
  parseRlsHashState,
  RLS_OPTIONS,
  type RlsHashState,
  serializeRlsHashState,
} from '../../rls/rlsHashState.ts';
import { CLAIM_SOURCES, COLUMN_TYPES, type ColumnType, RLS_COMMANDS, RLS_PATTERNS } from '../../rls/rlsTypes.ts';
import { describeError } from '../../ui/describeError.ts';
import { PlaygroundBoundary } from '../../ui/PlaygroundBoundary.tsx';
import { ShareLinkNotice } from '../../ui/ShareLinkNotice.tsx';
import type { Translate } from '../../ui/translate.ts';
import { useHashState } from '../../ui/useHashState.ts';
import { useHydrated } from '../../ui/useHydrated.ts';
import { useT } from '../../ui/useT.ts';
import { configOf, generate } from './generateFromForm.ts';
import { Runner } from './Runner.tsx';
import { SqlOutput } from './SqlOutput.tsx';
import '../../ui/playground.css';
import '../../ui/rlsPlayground.css';

const HASH_CODEC = { parse: parseRlsHashState, serialize: serializeRlsHashState };

interface Props {
  readonly locale: Locale;
}

/** The RLS playground island, in a boundary that turns a failure into a message and a way back. */
export default function RlsPlayground({ locale }: Props) {
  return (
    <PlaygroundBoundary locale={locale}>
      <RlsTool locale={locale} />
    </PlaygroundBoundary>
  );
}

/** The RLS playground: generate the policy SQL, run it on Postgres in the tab, then call it through the SDK. */
function RlsTool({ locale }: Props) {
  const t = useT();
  const live = useHydrated();
  const [state, setState, refused] = useHashState(HASH_CODEC);
  const config = useMemo(() => configOf(state), [state]);
  const generated = useMemo(() => generate(config), [config]);
  const update = (change: Partial<RlsHashState>) => setState((current) => ({ ...current, ...change }));
  const fieldError = (field: string) =>
    !generated.ok && isPlaygroundError(generated.error) && generated.error.details.field === field
      ? describeError(t, generated.error)
      : null;

  return (
    <div className="pg-root not-content rls-root" lang={locale} data-live={live || undefined}>
      <ShareLinkNotice refused={refused} />
      <TableForm t={t} state={state} update={update} fieldError={fieldError} />
      <SqlOutput generated={generated} table={state.table} />
      <Runner generated={generated} config={config} />
    </div>
  );
}

interface FormProps {
  readonly t: Translate;
  readonly state: RlsHashState;
  readonly update: (change: Partial<RlsHashState>) => void;
  readonly fieldError: (field: string) => string | null;
}

function TableForm({ t, state, update, fieldError }: FormProps) {
  const id = useId();
  const provider = getProvider(state.provider);
  return (
    <section className="pg-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('rls.form.title')}</h3>
      <div className="pg-grid">
        <div className="pg-field">
          <label className="pg-label" htmlFor={`${id}-provider`}>
            {t('rls.form.provider')}
          </label>
          <select
            id={`${id}-provider`}
            value={state.provider}
            onChange={(event) => update({ provider: event.target.value as ProviderId })}
            aria-describedby={`${id}-provider-hint`}
          >
            {PROVIDER_IDS.map((providerId) => (
              <option key={providerId} value={providerId}>
                {getProvider(providerId).name}
              </option>
            ))}
          </select>
          <p id={`${id}-provider-hint`} className="pg-hint">
            {t('rls.form.providerHint', { provider: provider.name, example: provider.userId.examples[0] })}
          </p>
        </div>
        <NameField
          id={`${id}-table`}
          label={t('rls.form.table')}
          value={state.table}
          error={fieldError('table')}
          onChange={(table) => update({ table })}
        />
        <NameField
          id={`${id}-owner`}
          label={t('rls.form.ownerColumn')}
          value={state.ownerColumn}
          error={fieldError('ownerColumn')}
          onChange={(ownerColumn) => update({ ownerColumn })}
          hint={t('rls.form.ownerHint')}
        />
        <div className="pg-field">
          <label className="pg-label" htmlFor={`${id}-pattern`}>
            {t('rls.form.pattern')}
          </label>
          <select
            id={`${id}-pattern`}
            value={state.pattern}
            onChange={(event) => update({ pattern: event.target.value as RlsHashState['pattern'] })}
            aria-describedby={`${id}-pattern-hint`}
          >
            {RLS_PATTERNS.map((pattern) => (
              <option key={pattern} value={pattern}>
                {t(`rls.pattern.${pattern}`)}
              </option>
            ))}
          </select>
          <p id={`${id}-pattern-hint`} className="pg-hint">
            {t(`rls.pattern.${state.pattern}.hint`)}
          </p>
        </div>
      </div>
      <ColumnsEditor t={t} state={state} update={update} fieldError={fieldError} />
      <fieldset className="pg-inline" aria-describedby={fieldError('commands') ? `${id}-commands-error` : undefined}>
        <legend>{t('rls.form.commands')}</legend>
        {RLS_COMMANDS.map((command) => (
          <label key={command}>
            <input
              type="checkbox"
              checked={state.commands.includes(command)}
              onChange={(event) =>
                update({
                  commands: RLS_COMMANDS.filter((c) =>
                    c === command ? event.target.checked : state.commands.includes(c),
                  ),
                })
              }
            />{' '}
            <code>{command.toUpperCase()}</code>
          </label>
        ))}
        {fieldError('commands') && (
          <p id={`${id}-commands-error`} className="pg-message pg-fail rls-field-error">
            {fieldError('commands')}
          </p>
        )}
      </fieldset>
      <fieldset className="pg-inline">
        <legend>{t('rls.form.claimSource')}</legend>
        {CLAIM_SOURCES.map((source) => (
          <label key={source}>
            <input
              type="radio"
              name={`${id}-claims`}
              value={source}
              checked={state.claimSource === source}
              onChange={() => update({ claimSource: source })}
            />{' '}
            {t(`rls.claimSource.${source}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="pg-inline">
        <legend>{t('rls.form.options')}</legend>
        {RLS_OPTIONS.map((option) => (
          <label key={option}>
            <input
              type="checkbox"
              checked={state.options[option]}
              onChange={(event) => update({ options: { ...state.options, [option]: event.target.checked } })}
            />{' '}
            {t(`rls.option.${option}`)}
          </label>
        ))}
      </fieldset>
    </section>
  );
}

/** A name input whose error sits right under it; what the reader typed stays, even when refused. */
function NameField({
  id,
  label,
  value,
  error,
  onChange,
  hint,
}: {
  id: string;
  label: string;
  value: string;
  error: string | null;
  onChange: (value: string) => void;
  hint?: string;
}) {
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div className="pg-field">
      <label className="pg-label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="pg-input pg-mono"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error !== null}
        aria-describedby={describedBy || undefined}
        spellCheck={false}
        autoComplete="off"
        autoCapitalize="off"
      />
      {hint && (
        <p id={`${id}-hint`} className="pg-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="pg-message pg-fail rls-field-error">
          {error}
        </p>
      )}
    </div>
  );
}

function ColumnsEditor({ t, state, update, fieldError }: FormProps) {
  const id = useId();
  const setColumn = (index: number, change: { name?: string; type?: ColumnType }) =>
    update({ columns: state.columns.map((column, i) => (i === index ? { ...column, ...change } : column)) });
  return (
    <fieldset className="rls-columns">
      <legend>{t('rls.form.columns')}</legend>
      <p className="pg-hint">{t('rls.form.columnsHint', { ownerColumn: state.ownerColumn })}</p>
      {state.columns.map((column, index) => {
        const n = index + 1;
        const typeError = fieldError(`columns.${index}.type`);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: a column is its position; names change as the reader types.
          <div key={index} className="rls-column">
            <NameField
              id={`${id}-${index}-name`}
              label={t('rls.form.columnName', { n })}
              value={column.name}
              error={fieldError(`columns.${index}.name`) ?? typeError}
              onChange={(name) => setColumn(index, { name })}
            />
            <div className="pg-field">
              <label className="pg-label" htmlFor={`${id}-${index}-type`}>
                {t('rls.form.columnType', { n })}
              </label>
              <select
                id={`${id}-${index}-type`}
                value={column.type}
                onChange={(event) => setColumn(index, { type: event.target.value as ColumnType })}
              >
                {COLUMN_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {type}
                  </option>
                ))}
              </select>
            </div>
            <button
              type="button"
              className="pg-button"
              onClick={() => update({ columns: state.columns.filter((_, i) => i !== index) })}
            >
              {t('rls.form.removeColumn', { n })}
            </button>
          </div>
        );
      })}
      {state.columns.length < MAX_COLUMNS && (
        <div className="pg-row">
          <button
            type="button"
            className="pg-button"
            onClick={() =>
              update({ columns: [...state.columns, { name: `column_${state.columns.length + 1}`, type: 'text' }] })
            }
          >
            {t('rls.form.addColumn')}
          </button>
        </div>
      )}
    </fieldset>
  );
}
