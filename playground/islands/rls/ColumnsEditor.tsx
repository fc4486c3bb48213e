import { MAX_COLUMNS } from '../../rls/rlsHashState.ts';
import { COLUMN_TYPES, type ColumnSpec } from '../../rls/rlsTypes.ts';
import { Field } from '../../ui/Field.tsx';
import { Select } from '../../ui/Select.tsx';
import { useT } from '../../ui/useT.ts';
import type { FormProps } from './formProps.ts';
import { NameField } from './NameField.tsx';

/** The table's other columns, each a name and a type, added and removed one at a time up to `MAX_COLUMNS`. */
export function ColumnsEditor({ state, update, fieldError }: FormProps) {
  const t = useT();
  const setColumn = (index: number, change: Partial<ColumnSpec>) =>
    update({ columns: state.columns.map((column, i) => (i === index ? { ...column, ...change } : column)) });
  return (
    <fieldset className="rls-columns">
      <legend>{t('rls.form.columns')}</legend>
      <p className="pg-hint">{t('rls.form.columnsHint', { ownerColumn: state.ownerColumn })}</p>
      {state.columns.map((column, index) => {
        const n = index + 1;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: a column is its position; names change as the reader types.
          <div key={index} className="rls-column">
            <NameField
              label={t('rls.form.columnName', { n })}
              value={column.name}
              // A column has one error line: its name's, else its type's.
              error={fieldError(`columns.${index}.name`) ?? fieldError(`columns.${index}.type`)}
              onChange={(name) => setColumn(index, { name })}
            />
            <Field label={t('rls.form.columnType', { n })}>
              {(control) => (
                <Select
                  {...control}
                  value={column.type}
                  options={COLUMN_TYPES}
                  optionLabel={(type) => type}
                  onChange={(type) => setColumn(index, { type })}
                />
              )}
            </Field>
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
