import { Field, Select } from '@fluentui/react-components';
import type { WebStrings } from './i18n';

/** The ranking rule to use: the rubric's own, or one of the built-in rules (kaohe --ranking). */
export function RankingField(p: {
  readonly t: WebStrings;
  readonly rankings: readonly { readonly id: string; readonly title: string }[];
  readonly value: string;
  readonly onChange: (id: string) => void;
  readonly testId: string;
}) {
  return (
    <Field label={p.t.ranking}>
      <Select value={p.value} onChange={(_e, d) => p.onChange(d.value)} data-testid={p.testId}>
        <option value="">{p.t.rankingOwn}</option>
        {p.rankings.map((r) => (
          <option key={r.id} value={r.id}>
            {r.title}
          </option>
        ))}
      </Select>
    </Field>
  );
}
