import { Badge, Button, Text } from '@fluentui/react-components';
import type { Finding } from '../../core/engine/findings';
import { findingText } from '../../core/engine/findings';
import type { Lang } from '../../core/messages';
import type { Strings } from '../i18n';
import { type FindingsBySheet, listed } from '../session';
import type { PasswordAsk } from '../useWorkbook';
import { PasswordPrompt } from './PasswordPrompt';

export interface FindingsListProps {
  readonly t: Strings;
  readonly lang: Lang;
  readonly checks: FindingsBySheet;
  /** A 恢复公式 that waits for the sheet's password. */
  readonly password?: PasswordAsk | undefined;
  readonly onSelect: (sheet: string, cell: string) => void;
  readonly onRestore: (sheet: string, cell: string, formula: string, password?: string) => void;
}

function Row(p: FindingsListProps & { f: Finding; sheet: string }): JSX.Element {
  const { f } = p;
  // The sheet is the group's heading; the text names the cell and item.
  const bare: Finding = {
    code: f.code,
    severity: f.severity,
    params: f.params,
    ...(f.cell !== undefined ? { cell: f.cell } : {}),
    ...(f.item !== undefined ? { item: f.item } : {}),
  };
  const text = findingText(bare, p.lang);
  return (
    <li className={`finding ${f.severity}`}>
      <Button
        appearance="subtle"
        size="small"
        className="finding-button"
        disabled={f.cell === undefined}
        onClick={() => f.cell !== undefined && p.onSelect(p.sheet, f.cell)}
        data-testid="finding"
      >
        {text}
      </Button>
      {f.code === 'formula-overwritten' && f.cell !== undefined ? (
        <Button
          size="small"
          onClick={() => p.onRestore(p.sheet, f.cell as string, String(f.params.expected))}
          data-testid="restore"
        >
          {p.t.restore}
        </Button>
      ) : null}
      {p.password && p.password.sheet === p.sheet && p.password.cell === f.cell ? (
        <PasswordPrompt
          t={p.t}
          wrong={p.password.wrong}
          onPassword={(pw) => p.password && p.onRestore(p.sheet, p.password.cell, p.password.formula, pw)}
        />
      ) : null}
    </li>
  );
}

/** Findings grouped by sheet, errors then warnings; a click takes the user to the cell. */
export function FindingsList(p: FindingsListProps): JSX.Element {
  const groups = listed(p.checks).filter((g) => g.errors.length + g.warnings.length > 0);
  if (groups.length === 0) {
    return <Text size={200}>{p.checks.size > 0 ? p.t.noFindings : ''}</Text>;
  }
  return (
    <div className="findings" data-testid="findings">
      {groups.map((g) => (
        <section key={g.sheet} aria-label={g.sheet}>
          <div className="group-head">
            <Text weight="semibold">{g.sheet}</Text>
            {g.errors.length > 0 ? <Badge color="danger">{`${p.t.errors} ${g.errors.length}`}</Badge> : null}
            {g.warnings.length > 0 ? <Badge color="warning">{`${p.t.warnings} ${g.warnings.length}`}</Badge> : null}
          </div>
          <ul>
            {[...g.errors, ...g.warnings].map((f, i) => (
              <Row key={`${f.code}-${f.cell ?? i}`} {...p} f={f} sheet={g.sheet} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
