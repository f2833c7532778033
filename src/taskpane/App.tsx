import { Button, Divider, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { builtinRankings, builtinRubrics, type Builtin } from '../core/builtin';
import type { Lang } from '../core/messages';
import { loadRubricText, type Problem } from '../core/rubric/load';
import type { WorkbookPort } from '../app/port';
import { version } from '../version';
import { FindingsList } from './components/FindingsList';
import { InsertPanel } from './components/InsertPanel';
import { ReattachNote } from './components/ReattachNote';
import { SupportNote, VersionNote } from './components/SupportNote';
import { ToolsPanel } from './components/ToolsPanel';
import { RubricPicker } from './components/RubricPicker';
import { UnitsInput } from './components/UnitsInput';
import { UnitSummary } from './components/UnitSummary';
import { strings } from './i18n';
import { parseUnits } from './session';
import { useWorkbook } from './useWorkbook';
import { useTools } from './useTools';
import { useReattach } from './useReattach';

// The importer is only needed when asked for: its own chunk keeps the first load small.
const ImportPanel = lazy(() => import('./components/ImportPanel'));

/** The task pane. All Excel work goes through `port`, so a fake can drive it. */
export function App({ port, initialLang = 'zh' }: { port: WorkbookPort; initialLang?: Lang }): JSX.Element {
  const [lang, setLang] = useState<Lang>(initialLang);
  const t = strings(lang);
  const builtins = useMemo(() => [...builtinRubrics().values()], []);
  const [chosen, setChosen] = useState<Builtin | undefined>(builtins[0]);
  const [problems, setProblems] = useState<readonly Problem[]>([]);
  const [unitsText, setUnitsText] = useState('');
  const [unitsError, setUnitsError] = useState<string | undefined>(undefined);
  const support = useMemo(() => port.support(), [port]);
  const wb = useWorkbook(port, chosen);
  const s = wb.state;
  const tools = useTools(port);
  const [importing, setImporting] = useState(false);
  const attached = useReattach(port, (r, active) => {
    setChosen(r.builtin);
    wb.attach(r.builtin, r.sheets, active);
  });

  const onFile = (name: string, text: string): void => {
    const r = loadRubricText(text.replace(/^\uFEFF/, ''), name, builtinRankings());
    if (!r.ok) {
      setProblems(r.problems);
      return;
    }
    setProblems([]);
    setChosen({ rubric: r.rubric, ...(r.ranking ? { ranking: r.ranking } : {}), warnings: r.warnings });
  };
  const onInsert = (): void => {
    const units = parseUnits(unitsText);
    if (units.length === 0) return setUnitsError(t.noUnits);
    setUnitsError(undefined);
    wb.insert(units);
  };
  const current = s.current ? s.checks.get(s.current) : undefined;
  const known = wb.known();
  // The setup gets out of the way once the workbook has its sheets (inserted, or made earlier).
  const [setupOpen, setSetupOpen] = useState(true);
  useEffect(() => {
    if (known) setSetupOpen(false);
  }, [known]);

  return (
    <main className="pane" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <header className="pane-head">
        <Text as="h1" size={500} weight="semibold">
          {t.title}
        </Text>
        <Button size="small" appearance="transparent" onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}>
          {t.lang}
        </Button>
      </header>
      {s.current && current ? <UnitSummary t={t} sheet={s.current} result={current.result} /> : null}
      <SupportNote t={t} support={support} />
      {s.error ? (
        <MessageBar intent="error" layout="multiline" data-testid="error">
          <MessageBarBody>{t.failed(s.error)}</MessageBarBody>
        </MessageBar>
      ) : null}
      {s.liveError ? (
        <MessageBar intent="warning" layout="multiline" data-testid="live-error">
          <MessageBarBody>{t.liveError(s.liveError)}</MessageBarBody>
        </MessageBar>
      ) : null}
      <ReattachNote t={t} r={attached} />
      <details
        className="setup"
        open={setupOpen}
        onToggle={(e) => setSetupOpen((e.currentTarget as HTMLDetailsElement).open)}
        data-testid="setup"
      >
        <summary>
          <Text weight="semibold">
            {setupOpen || !chosen ? t.setup : t.setupSummary(chosen.rubric.title, s.checks.size)}
          </Text>
        </summary>
        <div className="stack">
          <RubricPicker
            t={t}
            lang={lang}
            builtins={builtins}
            chosen={chosen}
            problems={problems}
            onPick={setChosen}
            onFile={onFile}
          />
          <Button
            size="small"
            onClick={() => setImporting(true)}
            disabled={importing || !support.canRead}
            data-testid="import-sheet"
          >
            {t.importSheet}
          </Button>
          {importing ? (
            <Suspense fallback={<Text size={200}>{t.importReading}</Text>}>
              <ImportPanel
                t={t}
                port={port}
                downloads={support.downloads}
                onUse={(b) => {
                  setProblems([]);
                  setChosen(b);
                }}
                onClose={() => setImporting(false)}
              />
            </Suspense>
          ) : null}
          <UnitsInput t={t} value={unitsText} onChange={setUnitsText} {...(unitsError ? { error: unitsError } : {})} />
          <InsertPanel
            t={t}
            disabled={!support.canInsert || !chosen}
            progress={s.progress}
            clashes={s.clashes}
            done={undefined}
            onInsert={onInsert}
            onReplace={wb.replace}
            onCancel={wb.cancel}
          />
        </div>
      </details>
      {s.inserted !== undefined ? (
        <Text size={200} role="status" data-testid="inserted">
          {t.inserted(s.inserted)}
        </Text>
      ) : null}
      <Divider />
      <div className="findings-head">
        <Text weight="semibold">{t.findings}</Text>
        <Button
          size="small"
          onClick={wb.checkAll}
          disabled={s.busy || !wb.known() || !support.canRead}
          data-testid="check-all"
        >
          {s.busy ? t.checking : t.checkAll}
        </Button>
      </div>
      <FindingsList
        t={t}
        lang={lang}
        checks={s.checks}
        known={known}
        password={s.password}
        onSelect={wb.select}
        onRestore={wb.restore}
      />
      <Divider />
      <ToolsPanel
        t={t}
        lang={lang}
        state={tools.state}
        disabled={!support.canRead}
        canNotice={support.canInsert}
        known={known}
        onNotice={tools.notice}
        onAudit={tools.audit}
        onSelect={wb.select}
      />
      <VersionNote t={t} />
      <footer>
        <Text size={100}>{t.version(version)}</Text>
      </footer>
    </main>
  );
}
