import { Button, Field, Select } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { ActiveTable } from '../app/port';
import type { Builtin } from '../core/builtin';
import type { Lang } from '../core/messages';
import ImportPanel from '../taskpane/components/ImportPanel';
import type { Strings } from '../taskpane/i18n';
import { bytesOf } from './download';
import { DropZone } from './DropZone';
import type { WebStrings } from './i18n';
import { loadOps } from './load-ops';
import { OutcomeBar, type Outcome } from './Outcome';
import { outcomeOf } from './outcome-of';
import type { Grid } from '../core/import/header';

export interface ImportFromBookProps {
  readonly t: WebStrings;
  readonly pane: Strings;
  readonly lang: Lang;
  readonly onUse: (b: Builtin) => void;
  readonly onClose: () => void;
}

interface Opened {
  readonly name: string;
  readonly sheets: readonly string[];
  readonly grid: (sheet: string) => Grid;
}

/**
 * 从 Excel 表导入 on the page: a workbook people already keep, one of its sheets, and the add-in's
 * own report and correction form (ImportPanel) over it; use the rubric here or save it as a file.
 */
export default function ImportFromBook({ t, pane, lang, onUse, onClose }: ImportFromBookProps): JSX.Element {
  const [opened, setOpened] = useState<Opened | undefined>(undefined);
  const [sheet, setSheet] = useState('');
  const [outcome, setOutcome] = useState<Outcome | undefined>(undefined);
  // One source per sheet: the report reads it once, and again when another sheet is picked.
  const source = useMemo(
    () =>
      opened && sheet
        ? {
            readActiveTable: (): Promise<ActiveTable> =>
              Promise.resolve({ sheet, grid: opened.grid(sheet), merges: true }),
          }
        : undefined,
    [opened, sheet],
  );
  const open = (files: readonly File[]): void => {
    const f = files[0];
    if (!f) return;
    setOutcome(undefined);
    setOpened(undefined);
    Promise.all([bytesOf(f), loadOps()])
      .then(([bytes, ops]) => ops.openTable(bytes, f.name))
      .then((book) => {
        setOpened({ name: f.name, ...book });
        setSheet(book.sheets[0] ?? '');
      })
      .catch((e: unknown) => setOutcome(outcomeOf(e, t, lang)));
  };
  return (
    <section className="import-book stack" aria-label={t.importBook} data-testid="import-from-book">
      <DropZone
        label={t.importPick}
        hint={t.dropHint}
        multiple={false}
        accept=".xlsx"
        onFiles={open}
        testId="import-drop"
      />
      <OutcomeBar outcome={outcome} testId="import-outcome" />
      {opened && opened.sheets.length > 1 ? (
        <Field label={t.importSheet}>
          <Select value={sheet} onChange={(_e, d) => setSheet(d.value)} data-testid="import-sheet">
            {opened.sheets.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
      {source ? (
        <ImportPanel
          key={`${opened?.name}|${sheet}`}
          t={{ ...pane, inUse: t.importInUse }}
          port={source}
          downloads
          onUse={onUse}
          onClose={onClose}
        />
      ) : null}
      {!source ? (
        <div>
          <Button size="small" appearance="subtle" onClick={onClose}>
            {t.importClose}
          </Button>
        </div>
      ) : null}
    </section>
  );
}
