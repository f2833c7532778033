import { Button, Checkbox, Field, Input, Select, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { Strings } from '../i18n';
import { numberList, type Rule } from '../corrections';
import {
  type Correction,
  type CorrectionKind,
  correctionKinds,
  correctionProblem,
  type DraftClause,
  startingCorrection,
} from '../import-draft';

/** The numbers each kind asks for, in the order shown. */
const fieldsOf: Record<CorrectionKind, readonly string[]> = {
  deduct: ['unit', 'per', 'ceiling'],
  yesno: [],
  judgement: ['min', 'max'],
  proportional: ['unit', 'full'],
  shortfall: ['unit', 'target', 'step', 'per'],
  levels: ['levels'],
  checklist: ['items'],
  award: ['unit', 'awards'],
};

/** Fields typed as a list of numbers (5、3、2). */
const lists = new Set(['levels', 'items', 'awards']);

const asFields = (c: Correction): Record<string, string> =>
  Object.fromEntries(
    Object.entries(c)
      .filter(([k, v]) => !['kind', 'floor', 'voids', 'mayNotApply'].includes(k) && v !== undefined)
      .map(([k, v]) => [c.kind === 'award' && k === 'per' ? 'awards' : k, Array.isArray(v) ? v.join('、') : String(v)]),
  );

const num = (s: string | undefined): number | undefined => (s === undefined || s.trim() === '' ? undefined : Number(s));

function build(kind: CorrectionKind, f: Record<string, string>, floorNone: boolean): Rule {
  const unit = (f.unit ?? '').trim();
  switch (kind) {
    case 'deduct': {
      const ceiling = num(f.ceiling);
      return {
        kind,
        unit,
        per: num(f.per) ?? NaN,
        floor: floorNone ? 'none' : 'zero',
        ...(ceiling !== undefined ? { ceiling } : {}),
      };
    }
    case 'yesno':
      return { kind };
    case 'judgement': {
      const min = num(f.min);
      const max = num(f.max);
      return { kind, ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
    }
    case 'proportional':
      return { kind, unit, full: num(f.full) ?? NaN };
    case 'shortfall':
      return { kind, unit, target: num(f.target) ?? NaN, step: num(f.step) ?? NaN, per: num(f.per) ?? NaN };
    case 'levels':
      return { kind, levels: numberList(f.levels ?? '') };
    case 'checklist':
      return { kind, items: numberList(f.items ?? '') };
    case 'award':
      return { kind, unit, per: numberList(f.awards ?? '') };
  }
}

export interface CorrectionFormProps {
  readonly t: Strings;
  readonly clause: DraftClause;
  readonly onApply: (c: Correction, points: number) => void;
}

/** Turns one clause into another rule kind with its numbers: a small form per kind. */
export function CorrectionForm(p: CorrectionFormProps): JSX.Element {
  const first = p.clause.corrected ?? startingCorrection(p.clause.flagged ? 'judgement' : 'deduct', p.clause);
  const [kind, setKind] = useState<CorrectionKind>(first.kind);
  const [fields, setFields] = useState<Record<string, string>>(asFields(first));
  const [floorNone, setFloorNone] = useState(first.kind === 'deduct' && first.floor === 'none');
  const [points, setPoints] = useState(String(p.clause.points));
  // Around any kind: what voids the clause (全部扣完), and whether its item may not apply (按缺项考核计分).
  const [voids, setVoids] = useState(first.voids ?? p.clause.voids ?? '');
  const [voided, setVoided] = useState((first.voids ?? p.clause.voids) !== undefined);
  const [mayNotApply, setMayNotApply] = useState(first.mayNotApply ?? p.clause.mayNotApply ?? false);
  const pick = (k: CorrectionKind): void => {
    setKind(k);
    setFields(asFields(startingCorrection(k, p.clause)));
  };
  const c: Correction = {
    ...build(kind, fields, floorNone),
    voids: voided ? voids : '',
    mayNotApply,
  };
  const problem = correctionProblem(c, Number(points));
  const id = `${p.clause.item}${p.clause.clause}`;
  return (
    <div className="correction" data-testid={`correction-${id}`}>
      <Field label={p.t.kind} size="small">
        <Select
          size="small"
          value={kind}
          onChange={(_e, d) => pick(d.value as CorrectionKind)}
          data-testid="correction-kind"
        >
          {correctionKinds.map((k) => (
            <option key={k} value={k}>
              {p.t.kinds[k]}
            </option>
          ))}
        </Select>
      </Field>
      <div className="correction-grid">
        <Field label={p.t.points} size="small">
          <Input
            size="small"
            type="number"
            value={points}
            onChange={(_e, d) => setPoints(d.value)}
            data-testid="correction-points"
          />
        </Field>
        {fieldsOf[kind].map((f) => (
          <Field
            key={f}
            label={
              (p.t as unknown as Record<string, string>)[
                f === 'per' && kind === 'shortfall' ? 'stepPer' : f === 'unit' && kind !== 'deduct' ? 'unitOf' : f
              ] ?? f
            }
            size="small"
          >
            <Input
              size="small"
              type={f === 'unit' || lists.has(f) ? 'text' : 'number'}
              value={fields[f] ?? ''}
              onChange={(_e, d) => setFields({ ...fields, [f]: d.value })}
              data-testid={`correction-${f}`}
            />
          </Field>
        ))}
      </div>
      {kind === 'deduct' ? (
        <Checkbox label={p.t.floorNone} checked={floorNone} onChange={(_e, d) => setFloorNone(d.checked === true)} />
      ) : null}
      <Checkbox
        label={p.t.voids}
        checked={voided}
        onChange={(_e, d) => setVoided(d.checked === true)}
        data-testid="correction-voided"
      />
      {voided ? (
        <Input size="small" value={voids} onChange={(_e, d) => setVoids(d.value)} data-testid="correction-voids" />
      ) : null}
      <Checkbox
        label={p.t.mayNotApply}
        checked={mayNotApply}
        onChange={(_e, d) => setMayNotApply(d.checked === true)}
        data-testid="correction-na"
      />
      {problem ? (
        <Text size={200} className="correction-problem">
          {problem}
        </Text>
      ) : null}
      <Button
        size="small"
        appearance="primary"
        disabled={problem !== undefined}
        onClick={() => p.onApply(c, Number(points))}
        data-testid="correction-apply"
      >
        {p.t.apply}
      </Button>
    </div>
  );
}
