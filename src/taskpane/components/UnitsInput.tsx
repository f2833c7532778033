import { Field, Textarea } from '@fluentui/react-components';
import type { Strings } from '../i18n';

/** The units box: one unit a line, pasted from a list or typed. */
export function UnitsInput(p: {
  t: Strings;
  value: string;
  onChange: (v: string) => void;
  error?: string;
}): JSX.Element {
  return (
    <Field label={p.t.units} {...(p.error ? { validationMessage: p.error } : {})}>
      <Textarea
        value={p.value}
        onChange={(_e, d) => p.onChange(d.value)}
        placeholder={p.t.unitsPlaceholder}
        rows={4}
        resize="vertical"
        data-testid="units"
      />
    </Field>
  );
}
