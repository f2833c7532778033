import { Button, Field, Input, Select, Text, Textarea } from '@fluentui/react-components';
import { lazy, Suspense, useState } from 'react';
import type { Builtin } from '../core/builtin';
import type { Lang } from '../core/messages';
import type { Problem } from '../core/rubric/load';
import { RubricPicker } from '../taskpane/components/RubricPicker';
import type { Strings } from '../taskpane/i18n';
import { download, fileName } from './download';
import type { WebStrings } from './i18n';
import { loadOps } from './load-ops';
import { OutcomeBar, type Outcome } from './Outcome';
import { outcomeOf } from './outcome-of';
import { RankingField } from './RankingField';
import { useCatalogue } from './useCatalogue';

// The importer and its report come only when asked for: a chunk of their own.
const ImportFromBook = lazy(() => import(/* webpackChunkName: "import" */ './ImportFromBook'));

export interface NewBookPanelProps {
  readonly t: WebStrings;
  readonly pane: Strings;
  readonly lang: Lang;
}

/** `kaohe new` for people: a rubric (built in, a file, or imported from a table), units, download. */
export function NewBookPanel({ t, pane, lang }: NewBookPanelProps): JSX.Element {
  const catalogue = useCatalogue();
  const builtins = catalogue?.builtins ?? [];
  const rankings = catalogue?.rankings ?? [];
  const [picked, setChosen] = useState<Builtin | undefined>(undefined);
  // The first built-in rubric until another is picked, once the catalogue is there.
  const chosen = picked ?? catalogue?.builtins[0];
  const [problems, setProblems] = useState<readonly Problem[]>([]);
  const [importing, setImporting] = useState(false);
  const [units, setUnits] = useState('');
  const [fallback, setFallback] = useState('');
  const [ranking, setRanking] = useState('');
  const [date, setDate] = useState('');
  const [team, setTeam] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | undefined>(undefined);
  const classes = chosen?.rubric.classes.map((c) => c.id) ?? [];

  const pick = (b: Builtin): void => {
    setProblems([]);
    setChosen(b);
    setFallback('');
    setOutcome(undefined);
  };
  const onFile = (name: string, text: string): void => {
    if (!catalogue) return;
    const r = catalogue.readRubricFile(name, text);
    if (!r.ok) return setProblems(r.problems);
    pick({ rubric: r.rubric, ...(r.ranking ? { ranking: r.ranking } : {}), warnings: r.warnings });
  };
  const make = (): void => {
    if (!chosen) return;
    if (units.trim() === '') return setOutcome({ kind: 'refused', lines: [t.unitsNone] });
    const rule = rankings.find((r) => r.id === ranking);
    const b: Builtin = rule ? { ...chosen, ranking: rule } : chosen;
    setBusy(true);
    setOutcome(undefined);
    loadOps()
      .then((ops) =>
        ops.makeBook(b, units, fallback || undefined, {
          ...(date ? { date } : {}),
          ...(team.trim() ? { team: team.trim() } : {}),
        }),
      )
      .then((made) => {
        const name = fileName(chosen.rubric.title, t.bookSuffix);
        download(name, made.bytes);
        setOutcome({ kind: 'done', text: t.made(name, made.units, made.formulas) });
      })
      .catch((e: unknown) => setOutcome(outcomeOf(e, t, lang)))
      .finally(() => setBusy(false));
  };

  return (
    <section className="panel stack" aria-label={t.tabs.new}>
      {catalogue ? (
        <RubricPicker
          t={pane}
          lang={lang}
          builtins={builtins}
          chosen={chosen}
          problems={problems}
          onPick={pick}
          onFile={onFile}
        />
      ) : (
        <Text size={200} role="status">
          {t.loadingRubrics}
        </Text>
      )}
      {importing ? (
        <Suspense fallback={<span>{pane.importReading}</span>}>
          <ImportFromBook t={t} pane={pane} lang={lang} onUse={pick} onClose={() => setImporting(false)} />
        </Suspense>
      ) : (
        <div>
          <Button size="small" onClick={() => setImporting(true)} data-testid="import-book">
            {t.importBook}
          </Button>
        </div>
      )}
      <Field label={t.units}>
        <Textarea
          value={units}
          onChange={(_e, d) => setUnits(d.value)}
          placeholder={t.unitsPlaceholder}
          rows={5}
          resize="vertical"
          data-testid="units"
        />
      </Field>
      <div className="row">
        {classes.length > 0 ? (
          <Field label={t.classFallback}>
            <Select value={fallback} onChange={(_e, d) => setFallback(d.value)} data-testid="class-fallback">
              <option value="">{t.classDefault(chosen?.rubric.defaultClass)}</option>
              {classes.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </Select>
          </Field>
        ) : null}
        <RankingField t={t} rankings={rankings} value={ranking} onChange={setRanking} testId="ranking" />
        <Field label={t.date}>
          <Input type="date" value={date} onChange={(_e, d) => setDate(d.value)} data-testid="date" />
        </Field>
        <Field label={t.team}>
          <Input value={team} onChange={(_e, d) => setTeam(d.value)} data-testid="team" />
        </Field>
      </div>
      <div>
        <Button appearance="primary" disabled={!chosen || busy} onClick={make} data-testid="make">
          {busy ? t.making : t.make}
        </Button>
      </div>
      <OutcomeBar outcome={outcome} testId="made" />
    </section>
  );
}
