import type { NoticeRow, TypedColumn } from '../notice/rows';
import { statuses } from '../notice/rows';
import type { Rubric } from '../rubric/schema';
import { displayWidth, Grid } from './grid';
import { NOTICE_SHEET } from './names';
import { itemFormulas, unitHeadFormulas } from './notice-formulas';
import type { SheetPlan } from './types';
import type { PlannedUnit } from './workbook';

/** The notice's columns; H–M are filled by hand later, O and P are hidden bookkeeping. */
export const NC = {
  no: 'A',
  unit: 'B',
  item: 'C',
  cap: 'D',
  score: 'E',
  lost: 'F',
  basis: 'G',
  measure: 'H',
  owner: 'I',
  lead: 'J',
  deadline: 'K',
  result: 'L',
  status: 'M',
  remark: 'N',
  key: 'O',
  defaultDeadline: 'P',
} as const;
export const typedColumnOf: Readonly<Record<TypedColumn, string>> = {
  measure: NC.measure,
  owner: NC.owner,
  lead: NC.lead,
  deadline: NC.deadline,
  result: NC.result,
  status: NC.status,
};
const HEADINGS = [
  '序号',
  '被考核单位',
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
const WIDTHS = [5, 10, 18, 6, 6, 6, 24, 22, 8, 10, 11, 18, 8, 12, 10, 10];
export const KEPT_REMARK = '该项已不再扣分，保留原填写';

export interface NoticeOptions {
  /** 发文单位, e.g. 区脱贫攻坚指挥部办公室. */
  readonly issuer: string;
  /** 发文日期, YYYY-MM-DD. */
  readonly date: string;
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

/** 会龙山…考核细则 → 会龙山…: the notice says 考核反馈 once, not 考核细则考核反馈. */
const subject = (title: string): string =>
  title.replace(/(考核)?(细则|计分表|考核指标|指标|考核办法|办法|评估方案|方案)$/, '').replace(/考核$/, '');
const chinaDate = (iso: string): string => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : iso;
};

/**
 * 整改通知单: per unit a formal heading (关于…考核反馈问题限期整改的通知, addressee, body, total and
 * grade by formula), then the table of problems, then the issuing office and date, and a page
 * break. 得分, 扣分 and 扣分依据 are formulas into the unit sheets; H–M are unlocked for people to fill.
 */
export function planNoticeSheet(
  rubric: Rubric,
  rows: readonly NoticeRow[],
  units: readonly PlannedUnit[],
  o: NoticeOptions,
): { plan: SheetPlan; cells: NoticeCells } {
  const g = new Grid(WIDTHS);
  const order = [
    ...units.map((u) => u.unit),
    ...rows.map((r) => r.unit).filter((u) => !units.some((x) => x.unit === u)),
  ];
  const breaks: number[] = [];
  const out: NoticeCells['rows'][number][] = [];
  const heads: NoticeCells['heads'][number][] = [];
  let r = 1;
  let no = 0;
  for (const unit of [...new Set(order)]) {
    const mine = rows.filter((x) => x.unit === unit);
    if (mine.length === 0) continue;
    const pu = units.find((u) => u.unit === unit);
    if (r > 1) breaks.push(r - 1);
    const title = `关于${unit}${subject(rubric.title)}考核反馈问题限期整改的通知`;
    g.span('A', r, 'N', r, { value: title, style: 'title' });
    g.heights[r++] = 36;
    g.span('A', r, 'N', r, { value: `${o.addressee ? o.addressee(unit) : unit}：`, style: 'letter' });
    g.heights[r++] = 20;
    const body = `根据《${rubric.title}》，经考核，你单位存在以下问题（见下表）。请对照问题逐项制定整改措施，明确责任人和整改时限，于整改时限内整改到位，并将整改结果书面报送${o.issuer}，逐项销号。${rubric.noticeWhen && mine.some((m) => m.reason === 'grade') ? rubric.noticeWhen.text + '。' : ''}`;
    g.span('A', r, 'N', r, { value: body, style: 'letter' });
    g.heights[r++] = Math.max(36, Math.ceil(displayWidth(body) / 150) * 16 + 6);
    const headRow = r++;
    HEADINGS.forEach((h, i) => g.put(String.fromCharCode(65 + i), r, { value: h, style: 'header' }));
    g.heights[r++] = 30;
    const first = r;
    for (const row of mine) {
      no++;
      const f = pu && row.itemId !== '等次' ? itemFormulas(pu, row.itemId) : {};
      g.put(NC.no, r, { value: no, style: 'number' });
      g.put(NC.unit, r, { value: unit, style: 'text' });
      const name = row.itemId === '等次' ? row.itemName : `${row.itemId} ${row.itemName}`;
      g.put(NC.item, r, { value: name, style: 'text' });
      g.put(NC.cap, r, { value: row.cap, style: 'number' });
      const head = pu ? unitHeadFormulas(pu) : undefined;
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
        g.put(letter, r, { value: row.typed[col] ?? null, style: 'inputText', unlocked: true });
      }
      const remark =
        row.reason === 'kept'
          ? KEPT_REMARK
          : row.reason === 'grade'
            ? `等次为“${row.itemName.replace(/^考核等次为“|”$/g, '')}”，按规定下达`
            : null;
      g.put(NC.remark, r, { value: remark, style: 'note' });
      g.put(NC.key, r, { value: row.key, style: 'note' });
      g.put(NC.defaultDeadline, r, { value: o.defaultDeadline(unit) || null, style: 'note' });
      g.fit('G', r, r, `${row.basis}${name}`, 14);
      out.push({
        key: row.key,
        unit,
        itemId: row.itemId,
        row: r,
        ...(score ? { score: `${NC.score}${r}` } : {}),
        ...(f.lost ? { lost: `${NC.lost}${r}` } : {}),
        ...(f.basis ? { basis: `${NC.basis}${r}` } : {}),
      });
      r++;
    }
    const last = r - 1;
    g.span('A', headRow, 'C', headRow, { value: '考核总分', style: 'label' });
    g.span('F', headRow, 'G', headRow, { value: '考核等次', style: 'label' });
    g.span('J', headRow, 'K', headRow, { value: '扣分合计', style: 'label' });
    g.span('L', headRow, 'N', headRow, { formula: `=SUM(${NC.lost}${first}:${NC.lost}${last})`, style: 'total' });
    if (pu) {
      const h = unitHeadFormulas(pu);
      g.span('D', headRow, 'E', headRow, { formula: h.total, style: 'total' });
      g.span('H', headRow, 'I', headRow, { formula: h.grade, style: 'grade' });
      heads.push({ unit, total: `D${headRow}`, grade: `H${headRow}`, lost: `L${headRow}` });
    }
    g.validations.push({
      range: `${NC.status}${first}:${NC.status}${last}`,
      type: 'list',
      list: statuses,
      promptTitle: '销号',
      prompt: `请选择：${statuses.join('、')}`,
      errorTitle: '销号状态不对',
      error: `只能填 ${statuses.join('、')} 之一。`,
    });
    r++;
    g.span('J', r, 'N', r, { value: o.issuer, style: 'signature' });
    r++;
    g.span('J', r, 'N', r, { value: chinaDate(o.date), style: 'signature' });
    r += 2;
  }
  if (no === 0) {
    g.span('A', 1, 'N', 1, { value: `${rubric.title}：各单位均无扣分项目，无需下达整改通知`, style: 'title' });
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
      print: { orientation: 'landscape', fitToWidth: true, rowBreaks: breaks, header: `${rubric.title} 整改通知单` },
      hiddenColumns: [15, 16],
      visibility: 'visible',
    },
    cells: { rows: out, heads },
  };
}
