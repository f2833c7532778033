import { Field, Select, Text } from '@fluentui/react-components';
import type { ChangeEvent } from 'react';
import type { Builtin } from '../../core/builtin';
import { message, type Lang } from '../../core/messages';
import type { Problem } from '../../core/rubric/load';
import type { Strings } from '../i18n';
import { rubricLabel } from '../session';

export interface RubricPickerProps {
  readonly t: Strings;
  readonly lang: Lang;
  readonly builtins: readonly Builtin[];
  readonly chosen: Builtin | undefined;
  readonly problems: readonly Problem[];
  readonly onPick: (b: Builtin) => void;
  readonly onFile: (name: string, text: string) => void;
}

/** A built-in rubric from a list, or a rubric JSON file; problems of a file are listed under it. */
export function RubricPicker(p: RubricPickerProps): JSX.Element {
  const pick = (e: ChangeEvent<HTMLSelectElement>): void => {
    const b = p.builtins.find((x) => x.rubric.id === e.target.value);
    if (b) p.onPick(b);
  };
  const file = (e: ChangeEvent<HTMLInputElement>): void => {
    const f = e.target.files?.[0];
    if (f) void f.text().then((text) => p.onFile(f.name, text));
  };
  const notes = [...p.problems, ...(p.chosen?.warnings ?? [])];
  return (
    <div className="stack">
      <Field label={p.t.rubric}>
        <Select value={p.chosen?.rubric.id ?? ''} onChange={pick} data-testid="rubric-select">
          {p.chosen && !p.builtins.includes(p.chosen) ? (
            <option value={p.chosen.rubric.id}>{rubricLabel(p.chosen)}</option>
          ) : null}
          {p.builtins.map((b) => (
            <option key={b.rubric.id} value={b.rubric.id}>
              {rubricLabel(b)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={p.t.rubricFile}>
        <input type="file" accept=".json,application/json" onChange={file} data-testid="rubric-file" />
      </Field>
      {notes.length > 0 ? (
        <ul className="notes" aria-label={p.t.rubricWarnings}>
          {notes.map((n, i) => (
            <li key={i} className={n.severity === 'error' ? 'error' : 'warning'}>
              <Text size={200}>{message(p.lang, n.code, n.params)}</Text>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
