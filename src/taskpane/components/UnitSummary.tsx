import { Text } from '@fluentui/react-components';
import type { UnitResult } from '../../core/engine/score';
import type { Strings } from '../i18n';

/** The current unit's total and grade, as the sheet's own formulas compute them. */
export function UnitSummary(p: { t: Strings; sheet: string; result: UnitResult | undefined }): JSX.Element {
  const r = p.result;
  return (
    <div className="summary" data-testid="unit-summary" aria-live="polite">
      <Text size={200}>
        {p.t.current}：{p.sheet}
      </Text>
      <div className="scores">
        <span>
          <Text size={200}>{p.t.total} </Text>
          <Text size={500} weight="semibold">
            {r?.total ?? '—'}
          </Text>
        </span>
        <span>
          <Text size={200}>{p.t.grade} </Text>
          {r?.grade ? (
            <Text size={500} weight="semibold">
              {r.grade}
            </Text>
          ) : (
            <Text className="incomplete">{r ? p.t.incomplete : '—'}</Text>
          )}
        </span>
      </div>
    </div>
  );
}
