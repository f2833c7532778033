import { Button, Field, Input, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { findingText } from '../core/engine/findings';
import type { Lang } from '../core/messages';
import { DEFAULT_DAYS, DEFAULT_ISSUER } from '../core/notice/defaults';
import { bytesOf, download, fileName } from './download';
import { DropZone } from './DropZone';
import type { WebStrings } from './i18n';
import { loadOps } from './load-ops';
import { OutcomeBar, type Outcome } from './Outcome';
import { outcomeOf } from './outcome-of';

/** A workbook chosen for the notice: picked here, or passed on from the received list. */
export interface NoticeSource {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface NoticeFormProps {
  readonly t: WebStrings;
  readonly lang: Lang;
  readonly source: NoticeSource | undefined;
  readonly onSource: (s: NoticeSource) => void;
}

type Key = 'number' | 'issuer' | 'contact' | 'phone' | 'date' | 'days';

/**
 * `kaohe notice` for people: one workbook, the notice's details (文号, 发文单位, 联系人, 电话,
 * 发文日期, days allowed), and a new workbook with the 整改通知单 made or refreshed, downloaded.
 * Whatever was typed in an old notice is kept, as the command line keeps it.
 */
export function NoticeForm({ t, lang, source, onSource }: NoticeFormProps): JSX.Element {
  const [fields, setFields] = useState<Record<Key, string>>({
    number: '',
    issuer: '',
    contact: '',
    phone: '',
    date: '',
    days: '',
  });
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | undefined>(undefined);
  const set = (k: Key, v: string): void => setFields((f) => ({ ...f, [k]: v }));
  const field = (
    k: Key,
    label: string,
    type: 'text' | 'date' | 'number' | 'tel' = 'text',
    placeholder?: string,
  ): JSX.Element => (
    <Field label={label}>
      <Input
        type={type}
        value={fields[k]}
        onChange={(_e, d) => set(k, d.value)}
        {...(placeholder ? { placeholder } : {})}
        data-testid={`notice-${k}`}
      />
    </Field>
  );
  const pick = (files: readonly File[]): void => {
    const f = files[0];
    if (!f) return;
    setOutcome(undefined);
    void bytesOf(f).then(
      (bytes) => onSource({ name: f.name, bytes }),
      (e: unknown) => setOutcome(outcomeOf(e, t, lang)),
    );
  };
  const make = (): void => {
    if (!source) return;
    // Blank fields are left out: the command line's defaults (today, 30 days, the default issuer) apply.
    const given = Object.fromEntries(
      Object.entries(fields)
        .map(([k, v]) => [k, v.trim()])
        .filter(([, v]) => v !== ''),
    ) as Partial<Record<Key, string>>;
    setBusy(true);
    setOutcome(undefined);
    loadOps()
      .then((ops) => ops.notice(source.bytes, source.name, given))
      .then((n) => {
        // Never expected: a typed cell of the old notice did not survive (the command line exits 1).
        if (n.typedAfter < n.typedBefore) return setOutcome({ kind: 'failed', text: t.noticeLost });
        const name = fileName(source.name.replace(/\.xlsx$/i, ''), t.noticeSuffix);
        download(name, n.bytes);
        const warnings = n.warnings.map((w) => `${w.severity === 'info' ? '·' : '!'} ${findingText(w, lang)}`);
        setOutcome({
          kind: 'done',
          text: t.noticeMade(name, n.units, n.rows, n.typedAfter, n.typedBefore),
          more: [
            ...(n.kept ? [t.noticeKept(n.kept)] : []),
            ...(warnings.length ? [t.noticeWarnings, ...warnings] : []),
          ],
        });
      })
      .catch((e: unknown) => setOutcome(outcomeOf(e, t, lang)))
      .finally(() => setBusy(false));
  };
  return (
    <section className="panel stack" aria-label={t.tabs.notice}>
      <DropZone
        label={t.dropOne}
        hint={t.dropHint}
        multiple={false}
        accept=".xlsx"
        onFiles={pick}
        testId="notice-drop"
      />
      {source ? (
        <Text weight="semibold" data-testid="notice-file">
          {t.noticeFile(source.name)}
        </Text>
      ) : null}
      <div className="grid">
        {field('number', t.number)}
        {field('issuer', t.issuer, 'text', DEFAULT_ISSUER)}
        {field('contact', t.contact)}
        {field('phone', t.phone, 'tel')}
        {field('date', t.issued, 'date')}
        {field('days', t.days, 'number', String(DEFAULT_DAYS))}
      </div>
      <div>
        <Button appearance="primary" disabled={!source || busy} onClick={make} data-testid="make-notice">
          {busy ? t.noticeMaking : t.makeNotice}
        </Button>
      </div>
      <OutcomeBar outcome={outcome} testId="notice-made" />
    </section>
  );
}
