import { Button, ProgressBar, Text } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { auditCounts } from '../core/audit/counts';
import { message, type Lang } from '../core/messages';
import { download } from './download';
import { DropZone } from './DropZone';
import { FileResult } from './FileResult';
import type { WebStrings } from './i18n';
import { loadOps } from './load-ops';
import type { Received } from './ops';
import { OutcomeBar, type Outcome } from './Outcome';
import { outcomeOf } from './outcome-of';
import { RankingField } from './RankingField';
import type { useReceived } from './useReceived';
import { useCatalogue } from './useCatalogue';

export interface ReceivedPanelProps {
  readonly t: WebStrings;
  readonly lang: Lang;
  readonly received: ReturnType<typeof useReceived>;
  readonly onNotice: (file: Received) => void;
}

/**
 * `kaohe check`, `score` and `audit` for people: received workbooks dropped or picked, audited one by
 * one under a progress bar, each with its line, its units and its findings; then `kaohe rollup`.
 */
export function ReceivedPanel({ t, lang, received, onNotice }: ReceivedPanelProps): JSX.Element {
  const { state, add, clear } = received;
  const rankings = useCatalogue()?.rankings ?? [];
  const [ranking, setRanking] = useState('');
  const [busy, setBusy] = useState(false);
  const [onlyBad, setOnlyBad] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | undefined>(undefined);
  const files = state.files;
  const counts = useMemo(() => auditCounts(files.map((f) => f.audit)), [files]);
  const roll = (): void => {
    setBusy(true);
    setOutcome(undefined);
    loadOps()
      .then(async (ops) => {
        try {
          const done = await ops.rollup(
            files,
            lang,
            rankings.find((r) => r.id === ranking),
          );
          if (!done)
            return setOutcome({
              kind: 'refused',
              lines: [message(lang, 'rollup-none', { files: files.map((f) => f.name).join('、') })],
            });
          download(t.rollupFile, done.bytes);
          setOutcome({ kind: 'done', text: t.rolled(t.rollupFile, done.files, done.units, done.bad, done.unopened) });
        } catch (e) {
          if (e instanceof ops.MixedRubrics)
            return setOutcome({
              kind: 'refused',
              lines: [message(lang, 'rollup-mixed', { uses: e.uses.map((u) => `${u.file} → ${u.rubric}`).join('；') })],
            });
          throw e;
        }
      })
      .catch((e: unknown) => setOutcome(outcomeOf(e, t, lang)))
      .finally(() => setBusy(false));
  };
  const p = state.progress;
  return (
    <section className="panel stack" aria-label={t.tabs.received}>
      <DropZone
        label={t.dropMany}
        hint={t.dropHint}
        multiple
        accept=".xlsx,.xls,.et,.ods,.csv"
        onFiles={(fs) => {
          setOutcome(undefined);
          add(fs);
        }}
        testId="received-drop"
      />
      {p ? (
        <div className="stack" data-testid="progress">
          <ProgressBar
            {...(p.total ? { value: p.done / p.total } : {})}
            aria-label={t.progress(p.done, p.total, p.file)}
          />
          <Text size={200} role="status">
            {p.done === 0 && p.file === '' ? t.loading : t.progress(p.done, p.total, p.file)}
          </Text>
        </div>
      ) : null}
      {files.length > 0 ? (
        <>
          <div className="row between">
            <Text weight="semibold" role="status" data-testid="audit-summary">
              {message(lang, 'audit-summary', counts)}
            </Text>
            <span>
              {counts.bad > 0 && counts.clean > 0 ? (
                <Button size="small" appearance="subtle" onClick={() => setOnlyBad(!onlyBad)} data-testid="only-bad">
                  {onlyBad ? t.showAll(files.length) : t.onlyBad(counts.bad)}
                </Button>
              ) : null}
              <Button size="small" appearance="subtle" onClick={clear} disabled={p !== undefined}>
                {t.clear}
              </Button>
            </span>
          </div>
          <ul className="files">
            {(onlyBad ? files.filter((f) => !f.ok) : files).map((f) => (
              <FileResult key={f.name} t={t} lang={lang} file={f} onNotice={onNotice} />
            ))}
          </ul>
          <div className="row">
            <RankingField t={t} rankings={rankings} value={ranking} onChange={setRanking} testId="rollup-ranking" />
            <Button appearance="primary" onClick={roll} disabled={busy || p !== undefined} data-testid="rollup">
              {busy ? t.rolling : t.rollup(files.length)}
            </Button>
          </div>
          <OutcomeBar outcome={outcome} testId="rolled" />
        </>
      ) : null}
    </section>
  );
}
