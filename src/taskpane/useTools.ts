import { useState } from 'react';
import type { Audit } from '../core/audit';
import { auditOpenBook, makeNotice, type NoticeOutcome } from '../app/tools';
import type { WorkbookPort } from '../app/port';

/** What the pane asks before making the notice (as kaohe notice --number --issuer --contact --phone --days). */
export interface NoticeDetails {
  readonly number: string;
  readonly issuer: string;
  readonly contact: string;
  readonly phone: string;
  readonly days: number;
}

export interface ToolsState {
  readonly busy: 'notice' | 'audit' | undefined;
  readonly notice: NoticeOutcome | undefined;
  readonly audit: Audit | undefined;
  readonly error: string | undefined;
}

const today = (): string => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** The pane's 生成整改通知单 and 审核本工作簿, each one call through the port. */
export function useTools(port: WorkbookPort) {
  const [state, setState] = useState<ToolsState>({
    busy: undefined,
    notice: undefined,
    audit: undefined,
    error: undefined,
  });
  const fail = (e: unknown): void =>
    setState((s) => ({ ...s, busy: undefined, error: e instanceof Error ? e.message : String(e) }));
  /** 生成整改通知单 with the details typed in the pane; `anyway` after the user saw the warnings. */
  const notice = (details: NoticeDetails, anyway = false): void => {
    setState((s) => ({ ...s, busy: 'notice', error: undefined }));
    makeNotice(
      port,
      {
        days: details.days,
        date: today(),
        issuer: details.issuer.trim() || '考核工作领导小组办公室',
        ...(details.number.trim() ? { number: details.number.trim() } : {}),
        ...(details.contact.trim() ? { contact: details.contact.trim() } : {}),
        ...(details.phone.trim() ? { phone: details.phone.trim() } : {}),
      },
      !anyway,
    )
      .then((n) => setState((s) => ({ ...s, busy: undefined, notice: n })))
      .catch(fail);
  };
  const audit = (): void => {
    setState((s) => ({ ...s, busy: 'audit', error: undefined }));
    auditOpenBook(port, '')
      .then((a) => setState((s) => ({ ...s, busy: undefined, audit: a })))
      .catch(fail);
  };
  return { state, notice, audit };
}
