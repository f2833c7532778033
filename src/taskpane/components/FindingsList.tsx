import { Badge, Button, Text } from '@fluentui/react-components';
import { useState } from 'react';
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
  /** Whether the workbook has scoring sheets at all (else: say to insert them first). */
  readonly known: boolean;
  /** A 恢复公式 that waits for the sheet's password. */
  readonly password?: PasswordAsk | undefined;
  readonly onSelect: (sheet: string, cell: string) => void;
  readonly onRestore: (sheet: string, cell: string, formula: string, password?: string) => void;
}

/**
 * A changed or typed-over formula in a clerk's words: which cell, that its score may be wrong, and
 * what to press. The formulas themselves only on request.
 */
function clerkText(f: Finding, t: Strings): string | undefined {
  if (f.code !== 'formula-overwritten' || f.cell === undefined) return undefined;
  const found = String(f.params.found ?? '');
  return found.startsWith('=') ? t.formulaChanged(f.cell) : t.formulaTyped(f.cell, found);
}

function FormulaDetail(p: { t: Strings; f: Finding }): JSX.Element {
  const [open, setOpen] = useState(false);
  return (
    <div className="formula-detail">
      <Button size="small" appearance="transparent" onClick={() => setOpen(!open)} data-testid="show-formula">
        {open ? p.t.hideFormula : p.t.showFormula}
      </Button>
      {open ? (
        <dl>
          <dt>{p.t.formulaNow}</dt>
          <dd>
            <code>{String(p.f.params.found ?? '')}</code>
          </dd>
          <dt>{p.t.formulaShould}</dt>
          <dd>
            <code>{String(p.f.params.expected ?? '')}</code>
          </dd>
        </dl>
      ) : null}
    </div>
  );
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
  const clerk = clerkText(f, p.t);
  const text = clerk ?? findingText(bare, p.lang);
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
      {clerk ? <FormulaDetail t={p.t} f={f} /> : null}
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
  const all = listed(p.checks);
  const groups = all.filter((g) => g.errors.length + g.warnings.length > 0);
  if (groups.length === 0) {
    // Nothing wrong is not the same as nothing done: empty sheets say so, and no sheets say what to do.
    const unfilled = all.filter((g) => g.unfilled > 0).map((g) => p.t.unfilledIn(g.sheet, g.unfilled));
    const said = !p.known ? p.t.insertFirst : unfilled.length ? p.t.notFilled(unfilled.join('，')) : p.t.noFindings;
    return (
      <Text size={200} data-testid="findings-empty">
        {p.checks.size > 0 || !p.known ? said : ''}
      </Text>
    );
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
