import { Button, Field, Input, MessageBar, MessageBarBody, Select, Spinner, Text } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { WorkbookPort } from '../../app/port';
import type { Builtin } from '../../core/builtin';
import { importTable, type ImportedRubric } from '../../core/import/table';
import type { Strings } from '../i18n';
import { correct, type Draft, finish, needsLook, rubricFile, setMeta, startDraft } from '../import-draft';
import { ImportClause } from './ImportClause';
import { SaveText } from './SaveText';

export interface ImportPanelProps {
  readonly t: Strings;
  /** Where the table comes from: the active sheet in Excel, or a sheet of a file on the web page. */
  readonly port: Pick<WorkbookPort, 'readActiveTable'>;
  /** Whether the webview can download a file; without it 保存为文件 shows the text to copy. */
  readonly downloads: boolean;
  readonly onUse: (b: Builtin) => void;
  readonly onClose: () => void;
}

type Phase =
  | { readonly at: 'reading' }
  | { readonly at: 'failed'; readonly message: string }
  | {
      readonly at: 'ready';
      readonly draft: Draft;
      readonly merges: boolean;
      /** Every table on the sheet (several where numbering starts again, or one per department). */
      readonly tables: readonly ImportedRubric[];
      readonly pick: number;
    };

/** Saves text as a file through the browser's download (a Blob URL: nothing leaves the machine). */
function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** 从当前表导入: the active sheet read as a scoring table, the report, corrections, use or save. */
export default function ImportPanel(p: ImportPanelProps): JSX.Element {
  const { t, port } = p;
  const [phase, setPhase] = useState<Phase>({ at: 'reading' });
  const [problems, setProblems] = useState<readonly string[]>([]);
  const [used, setUsed] = useState<string | undefined>(undefined);
  const [shown, setShown] = useState<{ name: string; text: string } | undefined>(undefined);
  useEffect(() => {
    let live = true;
    port
      .readActiveTable()
      .then((table) => {
        const r = importTable(table.grid, { id: 'imported', source: table.sheet });
        if (!live) return;
        setPhase(
          r.ok
            ? { at: 'ready', draft: startDraft(r, table.sheet), merges: table.merges, tables: r.blocks, pick: 0 }
            : { at: 'failed', message: r.message },
        );
      })
      .catch((e: unknown) => live && setPhase({ at: 'failed', message: e instanceof Error ? e.message : String(e) }));
    return () => {
      live = false;
    };
  }, [port]);

  if (phase.at === 'reading') return <Spinner size="tiny" label={t.importReading} />;
  if (phase.at === 'failed') {
    return (
      <MessageBar intent="error" layout="multiline" data-testid="import-failed">
        <MessageBarBody>{t.failed(phase.message)}</MessageBarBody>
      </MessageBar>
    );
  }
  const d = phase.draft;
  const update = (draft: Draft): void => {
    setPhase({ ...phase, draft });
    setProblems([]);
    setUsed(undefined);
    setShown(undefined);
  };
  const use = (): void => {
    const r = finish(d);
    if (!r.ok) return setProblems(r.problems);
    p.onUse(r.builtin);
    setUsed(r.builtin.rubric.title);
  };
  const look = d.clauses.filter(needsLook).length;
  return (
    <section className="import stack" data-testid="import-report" aria-label={t.importSheet}>
      <Text weight="semibold">{t.importFrom(d.sheet, d.clauses.length, look)}</Text>
      {!phase.merges ? <Text size={200}>{t.importNoMerges}</Text> : null}
      {phase.tables.length > 1 ? (
        <Field label={t.importTables(phase.tables.length)} size="small">
          <Select
            size="small"
            value={String(phase.pick)}
            onChange={(_e, v) => {
              const pick = Number(v.value);
              const table = phase.tables[pick];
              if (table) setPhase({ ...phase, pick, draft: startDraft(table, d.sheet) });
              setProblems([]);
              setUsed(undefined);
            }}
            data-testid="import-table"
          >
            {phase.tables.map((b, k) => (
              <option key={k} value={String(k)}>
                {`${b.rubric.title}（${b.total}分）`}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
      <Field label={t.importTitle} size="small">
        <Input
          size="small"
          value={d.rubric.title}
          onChange={(_e, v) => update(setMeta(d, { title: v.value }))}
          data-testid="import-title"
        />
      </Field>
      <Field label={t.importId} size="small">
        <Input
          size="small"
          value={d.rubric.id}
          onChange={(_e, v) => update(setMeta(d, { id: v.value }))}
          data-testid="import-id"
        />
      </Field>
      <ul className="clauses">
        {d.clauses.map((c) => (
          <ImportClause
            key={`${c.item}|${c.clause}`}
            t={t}
            clause={c}
            onCorrect={(x, pts) => update(correct(d, c.item, c.clause, x, pts))}
          />
        ))}
      </ul>
      {d.warnings.length > 0 ? (
        <ul className="notes" aria-label={t.importWarnings}>
          {d.warnings.map((w, i) => (
            <li key={i} className="warning">
              <Text size={200}>{w}</Text>
            </li>
          ))}
        </ul>
      ) : null}
      {problems.length > 0 ? (
        <MessageBar intent="error" layout="multiline" data-testid="import-problems">
          <MessageBarBody>{[t.notValid, ...problems].join('\n')}</MessageBarBody>
        </MessageBar>
      ) : null}
      {used ? (
        <MessageBar intent="success" layout="multiline" data-testid="import-used">
          <MessageBarBody>{t.inUse(used)}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div className="import-actions">
        <Button appearance="primary" size="small" onClick={use} data-testid="import-use">
          {t.useRubric}
        </Button>
        <Button
          size="small"
          onClick={() => {
            const f = rubricFile(d);
            if (p.downloads) download(f.name, f.text);
            else setShown(f);
          }}
          data-testid="import-save"
        >
          {t.saveFile}
        </Button>
        <Button size="small" appearance="subtle" onClick={p.onClose}>
          {t.close}
        </Button>
      </div>
      {shown ? <SaveText t={t} name={shown.name} text={shown.text} /> : null}
    </section>
  );
}
