import { chinaDate } from '../notice/dates';
import type { AddedColumn, NoticeRow, TypedColumn } from '../notice/rows';
import { KEY_SEP, statuses } from '../notice/rows';
import type { Rubric } from '../rubric/schema';
import { displayWidth, Grid } from './grid';
import { NOTICE_SHEET } from './names';
import { itemFormulas, unitHeadFormulas } from './notice-formulas';
import type { SheetPlan } from './types';
import type { PlannedUnit } from './workbook';

/**
 * The notice's columns. G–M are filled by hand later; N (the row's key) and O (the deadline it was
 * given by default) are hidden bookkeeping. The unit is not a column: each unit has its own notice.
 */
export const NC = {
  no: 'A',
  item: 'B',
  cap: 'C',
  score: 'D',
  lost: 'E',
  basis: 'F',
  measure: 'G',
  owner: 'H',
  lead: 'I',
  deadline: 'J',
  result: 'K',
  status: 'L',
  remark: 'M',
  key: 'N',
  defaultDeadline: 'O',
} as const;
export const typedColumnOf: Readonly<Record<TypedColumn, string>> = {
  measure: NC.measure,
  owner: NC.owner,
  lead: NC.lead,
  deadline: NC.deadline,
  result: NC.result,
  status: NC.status,
  remark: NC.remark,
};
export const addedColumnOf: Readonly<Record<AddedColumn, string>> = {
  no: NC.no,
  item: NC.item,
  cap: NC.cap,
  score: NC.score,
  lost: NC.lost,
  basis: NC.basis,
  ...typedColumnOf,
};
const HEADINGS = [
  '序号',
  '考核指标',
  '分值',
  '得分',
  '扣分',
  '扣分依据（具体表现）',
  '整改措施',
  '责任人',
  '牵头单位',
  '整改时限',
  '整改结果',
  '销号',
  '备注',
];
/** A–M add up to 111 characters: A4 landscape at 100 %, even where LibreOffice measures widest (paper.ts). */
const WIDTHS = [4, 12, 5, 5, 5, 18, 15, 6, 7, 12, 10, 5, 7, 10, 10];
/** Markers in the hidden key column: where a unit's table starts (its heading row) and ends. */
export const HEAD_MARK = '#表头';
export const END_MARK = '#表尾';
export const KEPT_REMARK = '该项已不再扣分，保留原填写';

export interface NoticeOptions {
  /** 发文单位, e.g. 区脱贫攻坚指挥部办公室. */
  readonly issuer: string;
  /** 发文日期, YYYY-MM-DD. */
  readonly date: string;
  /** 文号, e.g. 区考办〔2024〕5号. */
  readonly number?: string;
  /** 联系人 and 联系电话 printed under each table. */
  readonly contact?: string;
  readonly phone?: string;
  /** 抬头 (addressee); defaults to the unit itself. */
  readonly addressee?: (unit: string) => string;
  /** The deadline each row's 整改时限 was given by default, so a refresh can tell it from a typed one. */
  readonly defaultDeadline: (unit: string) => string;
}

/** Where the engine's values go, to cache beside the notice's formulas. */
export interface NoticeCells {
  readonly rows: readonly {
    readonly key: string;
    readonly unit: string;
    readonly itemId: string;
    readonly score?: string;
    readonly lost?: string;
    readonly basis?: string;
    readonly row: number;
  }[];
  readonly heads: readonly {
    readonly unit: string;
    readonly total: string;
    readonly grade: string;
    readonly lost: string;
  }[];
}

/** 会龙山…考核细则 → 会龙山…: the title says 考核 once. */
const subject = (title: string): string =>
  title
    .replace(/(考核)?(细则|计分表|考核指标|指标|考核办法|办法|评估方案|方案|评分标准|标准)$/, '')
    .replace(/考核$/, '');

/** A typed date (ISO, as read from a date cell) shown in the notice's one style. */
const paperDate = (v: string | undefined): string | null => (v === undefined ? null : chinaDate(v));

/**
 * 整改通知单: one notice per unit, each on its own page: 文号, a title (关于反馈…考核问题并限期整改的
 * 通知), the addressee, the letter, total / grade / points lost by formula, the table of problems
 * numbered from 1, contact and phone, the issuing office with a place for its seal, and the date.
 * 得分, 扣分 and 扣分依据 are formulas into the unit sheets; G–M are unlocked for people to fill.
 */
export function planNoticeSheet(
  rubric: Rubric,
  rows: readonly NoticeRow[],
  units: readonly PlannedUnit[],
  o: NoticeOptions,
): { plan: SheetPlan; cells: NoticeCells } {
  const g = new Grid(WIDTHS);
  const order = [...new Set([...units.map((u) => u.unit), ...rows.map((r) => r.unit)])];
  const breaks: number[] = [];
  const out: NoticeCells['rows'][number][] = [];
  const heads: NoticeCells['heads'][number][] = [];
  const last = 'M';
  let r = 1;
  for (const unit of order) {
    const mine = rows.filter((x) => x.unit === unit);
    if (mine.length === 0) continue;
    const pu = units.find((u) => u.unit === unit);
    if (r > 1) breaks.push(r - 1);
    if (o.number) {
      g.span('A', r, last, r, { value: o.number, style: 'signature' });
      g.heights[r++] = 20;
    }
    g.span('A', r, last, r, { value: `关于反馈${subject(rubric.title)}考核问题并限期整改的通知`, style: 'title' });
    g.heights[r++] = 36;
    g.span('A', r, last, r, { value: `${o.addressee ? o.addressee(unit) : unit}：`, style: 'letter' });
    g.heights[r++] = 22;
    const grade = rubric.noticeWhen && mine.some((m) => m.reason === 'grade') ? `${rubric.noticeWhen.text}。` : '';
    const body = `\u3000\u3000根据《${rubric.title}》，经考核，你单位存在以下问题（见下表）。请对照问题逐项制定整改措施，明确责任人和整改时限，于整改时限内整改到位，并将整改结果书面报送${o.issuer}，逐项销号。${grade}`;
    g.span('A', r, last, r, { value: body, style: 'letter' });
    // 11 pt letter text across A–M: about 105 characters (CJK counting two) a line in Excel.
    g.heights[r++] = Math.max(40, Math.ceil(displayWidth(body) / 105) * 18 + 8);
    const headRow = r++;
    HEADINGS.forEach((h, i) => g.put(String.fromCharCode(65 + i), r, { value: h, style: 'header' }));
    g.put(NC.key, r, { value: `${unit}${KEY_SEP}${HEAD_MARK}`, style: 'note' });
    g.heights[r++] = 30;
    const first = r;
    let no = 0;
    for (const row of mine) {
      no++;
      r = row.reason === 'added' ? addedRow(g, r, row, no) : itemRow(g, r, row, no, pu, out);
      g.put(NC.key, r, { value: row.key, style: 'note' });
      g.put(NC.defaultDeadline, r, { value: o.defaultDeadline(unit) || null, style: 'note' });
      r++;
    }
    const end = r - 1;
    g.put(NC.key, r, { value: `${unit}${KEY_SEP}${END_MARK}`, style: 'note' });
    g.span('A', headRow, 'B', headRow, { value: '考核总分', style: 'label' });
    g.span('E', headRow, 'F', headRow, { value: '考核等次', style: 'label' });
    g.span('I', headRow, 'J', headRow, { value: '扣分合计', style: 'label' });
    g.span('K', headRow, last, headRow, { formula: `=SUM(${NC.lost}${first}:${NC.lost}${end})`, style: 'total' });
    if (pu) {
      const h = unitHeadFormulas(pu);
      g.span('C', headRow, 'D', headRow, { formula: h.total, style: 'total' });
      g.span('G', headRow, 'H', headRow, { formula: h.grade, style: 'grade' });
      heads.push({ unit, total: `C${headRow}`, grade: `G${headRow}`, lost: `K${headRow}` });
    }
    g.validations.push({
      range: `${NC.status}${first}:${NC.status}${end}`,
      type: 'list',
      list: statuses,
      promptTitle: '销号',
      prompt: `请选择：${statuses.join('、')}`,
      errorTitle: '销号状态不对',
      error: `只能填 ${statuses.join('、')} 之一。`,
    });
    r++;
    const contact = [o.contact ? `联系人：${o.contact}` : '', o.phone ? `联系电话：${o.phone}` : ''].filter(Boolean);
    if (contact.length) {
      g.span('A', r, 'F', r, { value: contact.join('\u3000\u3000'), style: 'letter' });
      g.heights[r++] = 22;
    }
    r++;
    g.span('I', r, last, r, { value: o.issuer, style: 'signature' });
    g.put('H', r, { value: '（盖章）', style: 'signature' });
    g.heights[r++] = 22;
    g.span('I', r, last, r, { value: chinaDate(o.date), style: 'signature' });
    g.heights[r++] = 22;
    r += 1;
  }
  if (out.length === 0 && rows.length === 0) {
    g.span('A', 1, last, 1, { value: `${rubric.title}：各单位均无扣分项目，无需下达整改通知`, style: 'title' });
  }
  return {
    plan: {
      name: NOTICE_SHEET,
      kind: 'notice',
      cells: g.sortedCells(),
      merges: g.merges,
      columnWidths: WIDTHS,
      rowHeights: g.heights,
      validations: g.validations,
      conditionals: [],
      protect: true,
      print: { orientation: 'landscape', fitToWidth: true, rowBreaks: breaks },
      hiddenColumns: [14, 15],
      visibility: 'visible',
    },
    cells: { rows: out, heads },
  };
}

/** A row of the rubric's item: numbered, formulas into the unit sheet, typed columns carried. */
function itemRow(
  g: Grid,
  r: number,
  row: NoticeRow,
  no: number,
  pu: PlannedUnit | undefined,
  out: NoticeCells['rows'][number][],
): number {
  const f = pu && row.itemId !== '等次' ? itemFormulas(pu, row.itemId) : {};
  const head = pu ? unitHeadFormulas(pu) : undefined;
  g.put(NC.no, r, { value: no, style: 'number' });
  const name = row.itemId === '等次' ? row.itemName : `${row.itemId} ${row.itemName}`;
  g.put(NC.item, r, { value: name, style: 'text' });
  g.put(NC.cap, r, { value: row.cap, style: 'number' });
  const score = row.itemId === '等次' ? head?.total : f.score;
  g.put(NC.score, r, score ? { formula: score, style: 'formula' } : { value: row.score, style: 'number' });
  g.put(
    NC.lost,
    r,
    f.lost
      ? { formula: f.lost, style: 'formula' }
      : { value: row.itemId === '等次' ? null : row.lost, style: 'number' },
  );
  g.put(NC.basis, r, f.basis ? { formula: f.basis, style: 'text' } : { value: row.basis, style: 'text' });
  for (const [col, letter] of Object.entries(typedColumnOf) as [TypedColumn, string][]) {
    const typed = col === 'deadline' ? paperDate(row.typed.deadline) : (row.typed[col] ?? null);
    g.put(letter, r, { value: typed, style: 'inputText', unlocked: true });
  }
  const generated =
    row.reason === 'kept'
      ? KEPT_REMARK
      : row.reason === 'grade'
        ? `等次为“${row.itemName.replace(/^考核等次为“|”$/g, '')}”，按规定下达`
        : null;
  if (row.typed.remark === undefined && generated)
    g.put(NC.remark, r, { value: generated, style: 'inputText', unlocked: true });
  g.fit('F', r, r, `${row.basis}${name}`, 14);
  out.push({
    key: row.key,
    unit: row.unit,
    itemId: row.itemId,
    row: r,
    ...(score ? { score: `${NC.score}${r}` } : {}),
    ...(f.lost ? { lost: `${NC.lost}${r}` } : {}),
    ...(f.basis ? { basis: `${NC.basis}${r}` } : {}),
  });
  return r;
}

/** A row a person added: every cell as they typed it, all of it theirs to change. */
function addedRow(g: Grid, r: number, row: NoticeRow, no: number): number {
  for (const [col, letter] of Object.entries(addedColumnOf) as [AddedColumn, string][]) {
    const v = row.added?.[col];
    const shown = col === 'deadline' ? paperDate(v) : col === 'no' ? (v ?? no) : (v ?? null);
    g.put(letter, r, { value: shown, style: 'inputText', unlocked: true });
  }
  g.fit('F', r, r, `${row.added?.basis ?? ''}${row.added?.item ?? ''}`, 14);
  return r;
}

/** Generated 备注 texts: a refresh does not take them for typed ones. */
export const generatedRemark = (text: string): boolean => text === KEPT_REMARK || /^等次为“.*”，按规定下达$/.test(text);
