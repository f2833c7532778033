import { Button, Field, Input, MessageBar, MessageBarActions, MessageBarBody, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { NoticeOutcome } from '../../app/tools';
import { findingText, type Finding } from '../../core/engine/findings';
import type { Lang } from '../../core/messages';
import type { Strings } from '../i18n';
import type { NoticeDetails } from '../useTools';

export interface NoticePanelProps {
  readonly t: Strings;
  readonly lang: Lang;
  readonly outcome: NoticeOutcome | undefined;
  readonly busy: boolean;
  readonly disabled: boolean;
  readonly onNotice: (details: NoticeDetails, anyway?: boolean) => void;
  readonly onSelect: (sheet: string, cell: string) => void;
}

/** Warnings about the notice (empty 扣分依据, early deadlines), each taking the user to its cell. */
function WarningList(p: {
  lang: Lang;
  warnings: readonly Finding[];
  onSelect: NoticePanelProps['onSelect'];
}): JSX.Element {
  return (
    <ul className="notes">
      {p.warnings.map((w, i) => (
        <li key={`${w.code}-${i}`} className={w.severity === 'info' ? '' : 'warning'}>
          <Button
            appearance="subtle"
            size="small"
            className="finding-button"
            disabled={w.sheet === undefined || w.cell === undefined}
            onClick={() => w.sheet !== undefined && w.cell !== undefined && p.onSelect(w.sheet, w.cell)}
            data-testid="notice-warning"
          >
            {findingText(w, p.lang)}
          </Button>
        </li>
      ))}
    </ul>
  );
}

/**
 * 生成整改通知单: its details first (文号, 发文单位, 联系人, 电话, days), then what happened in plain
 * words: made (with what it kept), nothing to send, rows with no 扣分依据 to fill or accept, or a
 * refusal because the scoring sheets changed shape. Never a success mark for nothing done.
 */
export function NoticePanel(p: NoticePanelProps): JSX.Element {
  const [d, setD] = useState<NoticeDetails>({
    number: '',
    issuer: p.t.defaultIssuer,
    contact: '',
    phone: '',
    days: 30,
  });
  const field = (key: 'number' | 'issuer' | 'contact' | 'phone', label: string): JSX.Element => (
    <Field label={label} size="small">
      <Input size="small" value={d[key]} onChange={(_e, v) => setD({ ...d, [key]: v.value })} />
    </Field>
  );
  const o = p.outcome;
  return (
    <div className="stack">
      <details className="notice-details">
        <summary>
          <Text size={200}>{p.t.noticeSettings}</Text>
        </summary>
        <div className="stack">
          {field('number', p.t.noticeNumber)}
          {field('issuer', p.t.noticeIssuer)}
          {field('contact', p.t.noticeContact)}
          {field('phone', p.t.noticePhone)}
          <Field label={p.t.noticeDays} size="small">
            <Input
              size="small"
              type="number"
              min={0}
              value={String(d.days)}
              onChange={(_e, v) => setD({ ...d, days: Math.max(0, Math.round(Number(v.value) || 0)) })}
            />
          </Field>
        </div>
      </details>
      <Button onClick={() => p.onNotice(d)} disabled={p.disabled || p.busy} data-testid="make-notice">
        {p.t.makeNotice}
      </Button>
      {o ? (
        <MessageBar
          intent={o.ok ? (o.rows > 0 ? 'success' : 'info') : 'warning'}
          layout="multiline"
          data-testid="notice-result"
        >
          <MessageBarBody>
            {o.ok
              ? o.rows > 0
                ? p.t.noticeDone(o.units, o.rows, o.typed)
                : p.t.noticeNone
              : o.reason === 'confirm'
                ? p.t.noticeWarnings
                : o.reason === 'layout'
                  ? p.t.noticeLayout(o.findings.map((f) => findingText(f, p.lang)).join('；'))
                  : p.t.notOurs}
            {(o.ok || o.reason === 'confirm') && o.warnings.length ? (
              <WarningList lang={p.lang} warnings={o.warnings} onSelect={p.onSelect} />
            ) : null}
          </MessageBarBody>
          {!o.ok && o.reason === 'confirm' ? (
            <MessageBarActions>
              <Button size="small" onClick={() => p.onNotice(d, true)} data-testid="notice-anyway">
                {p.t.noticeMakeAnyway}
              </Button>
            </MessageBarActions>
          ) : null}
        </MessageBar>
      ) : null}
    </div>
  );
}
