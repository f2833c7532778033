import { builtinRubrics } from '../../src/core/builtin';
import { scoreUnit } from '../../src/core/engine/score';
import { addDays, noticeRows, rowKey, type Typed } from '../../src/core/notice/rows';
import type { Entry } from '../../src/core/engine/entries';
import { fullMarks } from '../helpers/huilongshan';

const b = builtinRubrics().get('huilongshan');
if (!b) throw new Error('huilongshan missing');
const full = (): Record<string, Entry> => ({ ...fullMarks });
const opts = { dateOf: () => '2026-12-20', days: 30 };

test('one row per item that lost points, with the deadline 30 days after the assessment', () => {
  const u = scoreUnit(b.rubric, '东塘村', {
    values: { ...full(), '2a-mismatch': 2, '8-times': 1 },
    basis: { '2': '2例不符' },
  });
  const rows = noticeRows(b.rubric, [u], opts);
  expect(rows.map((r) => [r.itemId, r.lost, r.basis])).toEqual([
    ['2', 2, '2例不符'],
    ['8', 2, ''],
  ]);
  expect(rows[0]?.typed).toEqual({ status: '未整改', deadline: '2027-01-19' });
});

test('a refresh keeps what people typed, matched by unit and item', () => {
  const u = scoreUnit(b.rubric, '东塘村', { values: { ...full(), '2a-mismatch': 2 }, basis: {} });
  const typed: Typed = { measure: '重新核对台账', owner: '张三', status: '整改中', deadline: '2027-01-05' };
  const rows = noticeRows(b.rubric, [u], opts, new Map([[rowKey('东塘村', '2'), typed]]));
  expect(rows[0]?.typed).toEqual(typed);
});

test('an item that no longer loses points keeps its row if anything was typed, and is dropped if empty', () => {
  const u = scoreUnit(b.rubric, '东塘村', { values: full(), basis: {} });
  const previous = new Map<string, Typed>([
    [rowKey('东塘村', '2'), { result: '已整改完毕' }],
    [rowKey('东塘村', '4'), { status: '', measure: '  ' }],
  ]);
  const rows = noticeRows(b.rubric, [u], opts, previous);
  expect(rows.map((r) => [r.itemId, r.reason, r.typed.result])).toEqual([['2', 'kept', '已整改完毕']]);
});

test('dates add in UTC and a bad date gives no deadline rather than a wrong one', () => {
  expect(addDays('2026-02-27', 2)).toBe('2026-03-01');
  expect(addDays('not a date', 30)).toBe('');
});
