import { Button, Field, Select, Text } from '@fluentui/react-components';
import { useRef, useState, type ChangeEvent } from 'react';
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

/** One line per note: an error of a file, or a warning about the source table. */
function Notes(p: { lang: Lang; label: string; notes: readonly Problem[] }): JSX.Element {
  return (
    <ul className="notes" aria-label={p.label}>
      {p.notes.map((n, i) => (
        <li key={i} className={n.severity === 'error' ? 'error' : 'warning'}>
          <Text size={200}>{message(p.lang, n.code, n.params)}</Text>
        </li>
      ))}
    </ul>
  );
}

/**
 * A built-in rubric from a list, or a rubric JSON file (through a button in the pane's language,
 * not the browser's own "Choose File"); a file's problems are listed under it, and the source
 * table's warnings fold under one line that counts them.
 */
export function RubricPicker(p: RubricPickerProps): JSX.Element {
  const input = useRef<HTMLInputElement>(null);
  const [fileName, setFileName] = useState<string | undefined>(undefined);
  const pick = (e: ChangeEvent<HTMLSelectElement>): void => {
    const b = p.builtins.find((x) => x.rubric.id === e.target.value);
    if (b) p.onPick(b);
  };
  const file = (e: ChangeEvent<HTMLInputElement>): void => {
    const f = e.target.files?.[0];
    if (!f) return;
    setFileName(f.name);
    void f.text().then((text) => p.onFile(f.name, text));
  };
  const warnings = p.chosen?.warnings ?? [];
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
      <div className="file-pick">
        <Text size={200}>{p.t.rubricFile}</Text>
        <Button size="small" onClick={() => input.current?.click()}>
          {p.t.chooseFile}
        </Button>
        {fileName ? <Text size={200}>{p.t.chosenFile(fileName)}</Text> : null}
        <input
          ref={input}
          type="file"
          hidden
          accept=".json,application/json"
          onChange={file}
          data-testid="rubric-file"
        />
      </div>
      {p.problems.length > 0 ? <Notes lang={p.lang} label={p.t.rubricWarnings} notes={p.problems} /> : null}
      {warnings.length > 0 ? (
        <details className="rubric-notes" data-testid="rubric-notes">
          <summary>
            <Text size={200}>{p.t.rubricNotes(warnings.length)}</Text>
          </summary>
          <Notes lang={p.lang} label={p.t.rubricWarnings} notes={warnings} />
        </details>
      ) : null}
    </div>
  );
}
