import { Badge, Button, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { Strings } from '../i18n';
import { type Correction, correctionText, type DraftClause, needsLook, readingText } from '../import-draft';
import { CorrectionForm } from './CorrectionForm';

export interface ImportClauseProps {
  readonly t: Strings;
  readonly clause: DraftClause;
  readonly onCorrect: (c: Correction, points: number) => void;
}

/** One clause of the report: its words, what it was read as and how sure, its warnings, a fix. */
export function ImportClause(p: ImportClauseProps): JSX.Element {
  const c = p.clause;
  const [open, setOpen] = useState(false);
  const look = needsLook(c);
  const id = `${c.item}${c.clause}`;
  const apply = (x: Correction, points: number): void => {
    p.onCorrect(x, points);
    setOpen(false);
  };
  return (
    <li
      className={`clause${c.flagged ? ' flagged' : look ? ' unsure' : ''}${c.corrected ? ' corrected' : ''}`}
      data-testid={`clause-${id}`}
    >
      <div className="clause-head">
        <Text weight="semibold" size={200}>{`${c.item} ${c.clause}`}</Text>
        <Badge
          size="small"
          appearance="tint"
          color={c.corrected ? 'success' : c.flagged ? 'danger' : look ? 'warning' : 'informative'}
        >
          {c.corrected
            ? p.t.correctedTo
            : c.flagged
              ? p.t.flaggedBadge
              : `${p.t.confidence} ${Math.round(c.confidence * 100)}%`}
        </Badge>
        <Text size={200}>{`${c.points}分`}</Text>
      </div>
      <Text size={200} className="clause-text">
        {c.text}
      </Text>
      <Text size={200} className="clause-read">
        {c.corrected
          ? `${p.t.correctedTo}：${correctionText(c.corrected)}`
          : `${p.t.readAs}：${readingText(c, p.t.code)}`}
      </Text>
      {!c.corrected && c.warnings.length > 0 ? (
        <ul className="clause-warnings">
          {c.warnings.map((w, i) => (
            <li key={i}>
              <Text size={200}>{w}</Text>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="clause-actions">
        <Button size="small" onClick={() => setOpen(!open)} aria-expanded={open} data-testid="clause-correct">
          {p.t.correct}
        </Button>
        {look && !c.flagged ? (
          <Button size="small" appearance="subtle" onClick={() => apply({ kind: 'judgement' }, c.points)}>
            {p.t.asJudgement}
          </Button>
        ) : null}
      </div>
      {open ? <CorrectionForm t={p.t} clause={c} onApply={apply} /> : null}
    </li>
  );
}
