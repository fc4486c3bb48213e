import { getProvider, PROVIDER_IDS } from '../../catalog/providers.ts';
import { RLS_OPTIONS } from '../../rls/rlsHashState.ts';
import { CLAIM_SOURCES, RLS_COMMANDS, RLS_PATTERNS } from '../../rls/rlsTypes.ts';
import { CheckboxGroup } from '../../ui/CheckboxGroup.tsx';
import { Field } from '../../ui/Field.tsx';
import { RadioGroup } from '../../ui/RadioGroup.tsx';
import { Section } from '../../ui/Section.tsx';
import { Select } from '../../ui/Select.tsx';
import { useT } from '../../ui/useT.ts';
import { ColumnsEditor } from './ColumnsEditor.tsx';
import type { FormProps } from './formProps.ts';
import { NameField } from './NameField.tsx';

/** "Your table": the provider, the table and its columns, the access pattern and what the SQL covers. */
export function TableForm({ state, update, fieldError }: FormProps) {
  const t = useT();
  const provider = getProvider(state.provider);
  return (
    <Section title={t('rls.form.title')}>
      <div className="pg-grid">
        <Field
          label={t('rls.form.provider')}
          hint={t('rls.form.providerHint', { provider: provider.name, example: provider.userId.examples[0] })}
        >
          {(control) => (
            <Select
              {...control}
              value={state.provider}
              options={PROVIDER_IDS}
              optionLabel={(providerId) => getProvider(providerId).name}
              onChange={(providerId) => update({ provider: providerId })}
            />
          )}
        </Field>
        <NameField
          label={t('rls.form.table')}
          value={state.table}
          error={fieldError('table')}
          onChange={(table) => update({ table })}
        />
        <NameField
          label={t('rls.form.ownerColumn')}
          value={state.ownerColumn}
          error={fieldError('ownerColumn')}
          onChange={(ownerColumn) => update({ ownerColumn })}
          hint={t('rls.form.ownerHint')}
        />
        <Field label={t('rls.form.pattern')} hint={t(`rls.pattern.${state.pattern}.hint`)}>
          {(control) => (
            <Select
              {...control}
              value={state.pattern}
              options={RLS_PATTERNS}
              optionLabel={(pattern) => t(`rls.pattern.${pattern}`)}
              onChange={(pattern) => update({ pattern })}
            />
          )}
        </Field>
      </div>
      <ColumnsEditor state={state} update={update} fieldError={fieldError} />
      <CheckboxGroup
        legend={t('rls.form.commands')}
        options={RLS_COMMANDS}
        isChecked={(command) => state.commands.includes(command)}
        optionLabel={(command) => <code>{command.toUpperCase()}</code>}
        // Rebuilt from RLS_COMMANDS, so the commands keep their order whatever order they are ticked in.
        onChange={(command, checked) =>
          update({ commands: RLS_COMMANDS.filter((c) => (c === command ? checked : state.commands.includes(c))) })
        }
        error={fieldError('commands')}
      />
      <RadioGroup
        legend={t('rls.form.claimSource')}
        value={state.claimSource}
        options={CLAIM_SOURCES}
        optionLabel={(source) => t(`rls.claimSource.${source}`)}
        onChange={(claimSource) => update({ claimSource })}
      />
      <CheckboxGroup
        legend={t('rls.form.options')}
        options={RLS_OPTIONS}
        isChecked={(option) => state.options[option]}
        optionLabel={(option) => t(`rls.option.${option}`)}
        onChange={(option, checked) => update({ options: { ...state.options, [option]: checked } })}
      />
    </Section>
  );
}
