import { Button, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import type { Audit } from '../../core/audit';
import { isProblem } from '../../core/audit';
import { findingText, type Finding } from '../../core/engine/findings';
import type { Lang } from '../../core/messages';
import type { Strings } from '../i18n';
import type { NoticeDetails, ToolsState } from '../useTools';
import { NoticePanel } from './NoticePanel';

export interface ToolsPanelProps {
  readonly t: Strings;
  readonly lang: Lang;
  readonly state: ToolsState;
  /** No reading at all (ExcelApi below 1.4). */
  readonly disabled: boolean;
  /** Writing the notice needs ExcelApi 1.8 (its 销号 column has a drop-down). */
  readonly canNotice: boolean;
  /** Whether the workbook has scoring sheets: without them there is nothing to notice or audit. */
  readonly known: boolean;
  readonly onNotice: (details: NoticeDetails, anyway?: boolean) => void;
  readonly onAudit: () => void;
  readonly onSelect: (sheet: string, cell: string) => void;
}

/** The sheet is the group's heading; the text names the cell and item. */
const bare = (f: Finding): Finding => ({
  code: f.code,
  severity: f.severity,
  params: f.params,
  ...(f.cell !== undefined ? { cell: f.cell } : {}),
  ...(f.item !== undefined ? { item: f.item } : {}),
});

/** Audit findings grouped by sheet (workbook-level ones first); a click takes the user to the cell. */
function AuditList(p: ToolsPanelProps & { audit: Audit }): JSX.Element {
  const shown = p.audit.findings.filter(isProblem);
  if (shown.length === 0)
    return (
      <Text size={200} data-testid="audit-clean">
        {p.t.auditClean}
      </Text>
    );
  const groups = new Map<string, Finding[]>();
  for (const f of shown) groups.set(f.sheet ?? '', [...(groups.get(f.sheet ?? '') ?? []), f]);
  return (
    <div className="findings" data-testid="audit">
      <Text weight="semibold">{p.t.auditCount(shown.length)}</Text>
      {[...groups].map(([sheet, fs]) => (
        <section key={sheet} aria-label={sheet || p.t.workbookLevel}>
          <div className="group-head">
            <Text weight="semibold">{sheet || p.t.workbookLevel}</Text>
          </div>
          <ul>
            {fs.map((f, i) => (
              <li key={`${f.code}-${f.cell ?? i}`} className={`finding ${f.severity}`}>
                <Button
                  appearance="subtle"
                  size="small"
                  className="finding-button"
                  disabled={!f.cell || !sheet}
                  onClick={() => f.cell && sheet && p.onSelect(sheet, f.cell)}
                  data-testid="audit-finding"
                >
                  {findingText(bare(f), p.lang)}
                </Button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

/** 生成整改通知单 and 审核本工作簿; on a workbook without scoring sheets, what to do first. */
export function ToolsPanel(p: ToolsPanelProps): JSX.Element {
  const s = p.state;
  if (!p.known)
    return (
      <Text size={200} data-testid="tools-empty">
        {p.t.toolsFirst}
      </Text>
    );
  return (
    <div className="stack">
      <NoticePanel
        t={p.t}
        lang={p.lang}
        outcome={s.notice}
        busy={s.busy !== undefined}
        disabled={p.disabled || !p.canNotice}
        onNotice={p.onNotice}
        onSelect={p.onSelect}
      />
      <Button onClick={p.onAudit} disabled={p.disabled || s.busy !== undefined} data-testid="audit-book">
        {s.busy === 'audit' ? p.t.auditing : p.t.audit}
      </Button>
      {s.error ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{p.t.failed(s.error)}</MessageBarBody>
        </MessageBar>
      ) : null}
      {s.audit ? <AuditList {...p} audit={s.audit} /> : null}
    </div>
  );
}
