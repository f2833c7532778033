import { useState } from 'react';
import type { Audit } from '../core/audit';
import { auditOpenBook, makeNotice, type NoticeOutcome } from '../app/tools';
import type { WorkbookPort } from '../app/port';

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
  const notice = (): void => {
    setState((s) => ({ ...s, busy: 'notice', error: undefined }));
    makeNotice(port, { days: 30, date: today(), issuer: '考核工作领导小组办公室' })
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
