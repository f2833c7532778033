import { builtinRubrics } from '../../src/core/builtin';
import { buildUnitGraph } from '../../src/core/engine/graph';
import type { RankingRule } from '../../src/core/rubric/schema';
import {
  parseStore,
  PlanError,
  planStoreSheet,
  planSummarySheet,
  planUnitSheet,
  planWorkbook,
  safeSheetName,
  unitSheetNames,
  type SheetPlan,
} from '../../src/core/plan';

const hls = builtinRubrics().get('huilongshan');
if (!hls) throw new Error('huilongshan missing');
const graph = buildUnitGraph(hls.rubric, undefined);
const { plan, cells } = planUnitSheet(graph, '回龙村', { sheet: '回龙村', date: '2016-12-20', team: '街道考核组' });
const at = (p: SheetPlan, a: string) => p.cells.find((c) => c.address === a);

describe('unit sheet plan (会龙山)', () => {
  it('prints each clause from its rule, over the input cells', () => {
    // Layout 2: entries in I, clause 扣分/得分 in J/K (on screen), item 得分 in F (printed); the table from row 7.
    expect(cells.inputs['1a-missing']).toBe('I7');
    expect(at(plan, 'K7')?.formula).toBe('=IF(I7="","",MAX(0,6-5*I7))');
    expect(at(plan, 'K8')?.formula).toBe('=IF(I8="","",MAX(0,2-0.4*I8))');
    expect(at(plan, 'J7')?.formula).toBe('=IF(K7="","",ROUND(6-K7,2))');
    expect(at(plan, cells.items['1'] as string)?.formula).toBe('=IF(OR(K7="",K8=""),"",ROUND(SUM(K7,K8),2))');
    // two counts, one clause: 分类不准 1户扣0.5分，挂图出现错误1处扣0.5分
    const c2b = cells.clauses['2/b'] as string;
    expect(at(plan, c2b)?.formula).toBe('=IF(OR(I11="",I12=""),"",MAX(0,8-(0.5*I11+0.5*I12)))');
    // percentage shortfall: 满意度达98%，计2分，少1个百分点扣0.1分
    const sat = cells.inputs['6c-satisfaction'] as string;
    expect(at(plan, `K${sat.slice(1)}`)?.formula).toBe(`=IF(${sat}="","",MAX(0,2-0.1*MAX(0,98-${sat})))`);
  });

  it('computes total and grade as formulas over the cells of their nodes', () => {
    const total = at(plan, cells.total)?.formula ?? '';
    expect(total).toMatch(/^=IF\(OR\(F\d+="",F\d+="",F\d+=""\),"",ROUND\(F\d+\+F\d+\+F\d+,2\)\)$/);
    expect(at(plan, cells.grade)?.formula).toBe(
      `=IF(${cells.total}="","",IF(${cells.total}>=90,"优秀",IF(${cells.total}>=80,"良好",IF(${cells.total}>=70,"合格","不合格"))))`,
    );
    const numbers = plan.cells.filter((c) => c.style === 'formula' && c.value !== undefined && c.value !== null);
    expect(numbers).toEqual([]); // no pasted numbers where formulas belong
  });

  it('writes presets as values and keeps the clause text verbatim', () => {
    const set = cells.inputs['3.1c-set'] as string;
    expect(at(plan, set)).toMatchObject({ value: '是', unlocked: true });
    const text = hls.rubric.sections[0]?.items[0]?.clauses[0]?.text;
    expect(at(plan, 'D7')?.value).toBe(text);
    expect(plan.merges).toContain('F7:F8');
    expect(plan.merges).toContain('G7:G8');
    expect(at(plan, 'C3')?.value).toBe('回龙村');
    expect(at(plan, 'C4')?.value).toBe('2016-12-20');
  });

  it('validates every input with Chinese prompts', () => {
    const v = (a: string) => plan.validations.find((x) => x.range === a);
    expect(v('I7')).toMatchObject({ type: 'whole', min: 0, max: 5, errorTitle: '录入不符合要求' });
    expect(v('I7')?.prompt).toContain('0 到 5 之间的整数');
    expect(v(cells.inputs['3.1c-set'] as string)).toMatchObject({ type: 'list', list: ['是', '否'] });
    expect(v(cells.inputs['6c-satisfaction'] as string)).toMatchObject({ type: 'decimal', min: 0, max: 100 });
    expect(plan.validations).toHaveLength(graph.inputs.length);
    for (const x of plan.validations) {
      expect(Array.from(x.promptTitle).length).toBeLessThanOrEqual(32);
      expect(Array.from(x.prompt).length).toBeLessThanOrEqual(255);
    }
  });

  it('marks lost points without a reason and entries outside their rule', () => {
    const cf = plan.conditionals.find((c) => c.type === 'expression' && c.look === 'missing-basis' && c.range === 'G7');
    expect(cf).toMatchObject({ formula: 'AND(ISNUMBER(F7),IF(F7="","",ROUND(8-F7,2))>0,TRIM(G7)="")' });
    const bad = plan.conditionals.find((c) => c.type === 'expression' && c.look === 'bad-entry' && c.range === 'I7');
    expect(bad).toMatchObject({ formula: 'IF(I7="",FALSE,IF(ISNUMBER(I7),OR(I7<0,I7>5,I7<>INT(I7)),TRUE))' });
  });

  it('sets print, freeze and protection', () => {
    const last = Math.max(
      ...Object.keys(plan.rowHeights)
        .map(Number)
        .filter((r) => at(plan, `A${r}`)),
    );
    expect(plan.print).toMatchObject({
      orientation: 'landscape',
      fitToWidth: false,
      repeatRows: '5:6',
      printArea: `A1:G${last}`,
      sheetNameHeader: true,
    });
    expect(plan.print.rowBreaks?.length).toBeGreaterThan(0);
    expect(plan.freeze).toEqual({ rows: 6, columns: 0 });
    expect(plan.protect).toBe(true);
  });
});

describe('unit sheet plan in layout 1 (workbooks made before the printed layout)', () => {
  const old = planUnitSheet(graph, '回龙村', { sheet: '回龙村', date: '2016-12-20', team: '街道考核组', layout: 1 });
  it('keeps every cell where it was', () => {
    expect(old.cells.inputs['1a-missing']).toBe('G8');
    expect(at(old.plan, 'I8')?.formula).toBe('=IF(G8="","",MAX(0,6-5*G8))');
    expect(at(old.plan, 'H8')?.formula).toBe('=IF(I8="","",ROUND(6-I8,2))');
    expect(at(old.plan, old.cells.items['1'] as string)?.formula).toBe('=IF(OR(I8="",I9=""),"",ROUND(SUM(I8,I9),2))');
    expect(old.cells.items['1']).toBe('J8');
    expect(old.cells.basis['1']).toBe('K8');
    expect(old.plan.merges).toContain('J8:J9');
    expect(at(old.plan, 'A2')?.value).toContain('依据：shared/seeds/002');
    expect(old.plan.print).toEqual({ orientation: 'landscape', fitToWidth: true, repeatRows: '6:7' });
    expect(old.plan.freeze).toEqual({ rows: 7, columns: 0 });
  });
});

describe('formulas use only functions every target computes', () => {
  const allowed = new Set([
    'IF',
    'AND',
    'OR',
    'MAX',
    'MIN',
    'INT',
    'ROUND',
    'SUM',
    'COUNT',
    'ISNUMBER',
    'NOT',
    'TRIM',
    'RANK',
  ]);
  for (const [id, b] of builtinRubrics()) {
    it(id, () => {
      const units = (b.rubric.classes.length ? b.rubric.classes.map((c) => c.id) : [undefined]).map((cls, i) => ({
        unit: `单位${i}`,
        ...(cls ? { cls } : {}),
      }));
      const w = planWorkbook(b, units);
      const texts = w.plan.sheets.flatMap((s) => [
        ...s.cells.flatMap((c) => (c.formula ? [c.formula] : [])),
        ...s.conditionals.flatMap((c) => (c.type === 'expression' ? [c.formula] : [])),
      ]);
      expect(texts.length).toBeGreaterThan(10);
      for (const t of texts) {
        for (const m of t.replace(/"[^"]*"/g, '').matchAll(/([A-Z][A-Z0-9.]*)\(/g)) expect(allowed).toContain(m[1]);
      }
    });
  }
});

describe('sheet names', () => {
  it('are made safe for Excel', () => {
    expect(safeSheetName('甲镇/乙村:[一]*?\\')).toBe('甲镇_乙村__一____');
    expect(safeSheetName("'回龙村'")).toBe('回龙村');
    expect(Array.from(safeSheetName('很'.repeat(40)))).toHaveLength(31);
  });
  it('refuse a clash with a clear error', () => {
    expect(() => unitSheetNames(['甲镇/一', '甲镇:一'])).toThrow(PlanError);
    try {
      unitSheetNames(['甲镇/一', '甲镇:一']);
    } catch (e) {
      expect((e as PlanError).code).toBe('sheet-name-clash');
      expect((e as PlanError).params).toMatchObject({ unit: '甲镇:一', other: '甲镇/一', sheet: '甲镇_一' });
    }
    expect(() => unitSheetNames(['汇总'])).toThrow(PlanError);
    expect(() => unitSheetNames(['???'.replace(/\?/g, '')])).toThrow(PlanError);
  });
  it('say which kind of clash: a sheet the workbook keeps, or the same unit twice', () => {
    const code = (units: string[]): unknown => {
      try {
        unitSheetNames(units);
      } catch (e) {
        return [(e as PlanError).code, (e as PlanError).params];
      }
      return undefined;
    };
    expect(code(['甲村', '整改通知单'])).toEqual(['sheet-name-reserved', { unit: '整改通知单', sheet: '整改通知单' }]);
    expect(code(['甲村', '甲村'])).toEqual(['unit-duplicate', { unit: '甲村' }]);
  });
});

describe('summary sheet', () => {
  const ranking: RankingRule = {
    id: 'test-rank',
    title: '类别',
    text: '前1名好，后1名一般，突出问题较差，其余较好',
    top: { count: 1, name: '好' },
    bottom: { count: 1, name: '一般' },
    flagged: { name: '较差', input: { id: 'flag', label: '无突出问题' } },
    rest: '较好',
    constraints: [],
  };
  it('ranks with RANK and mirrors the rank classes', () => {
    const g = buildUnitGraph(hls.rubric, undefined, ranking);
    const units = ['甲镇', '乙镇', '丙镇'].map((u) => ({
      unit: u,
      sheet: u,
      graph: g,
      cells: planUnitSheet(g, u, { sheet: u }).cells,
    }));
    const s = planSummarySheet(units, ranking);
    const u0 = s.cells.units[0];
    if (!u0) throw new Error('no row');
    const f = (a: string) => s.plan.cells.find((c) => c.address === a)?.formula;
    const t = u0.total;
    const col = t.replace(/\d+/, '');
    expect(f(t)).toBe(`='甲镇'!${units[0]?.cells.total}`);
    expect(f(u0.rank)).toBe(`=IF(ISNUMBER(${t}),RANK(${t},$${col}$4:$${col}$6),"")`);
    const flag = units[0]?.cells.inputs.flag;
    const rk = u0.rank;
    expect(f(u0.rankClass as string)).toBe(
      `=IF(ISNUMBER(${t}),IF('甲镇'!${flag}="否","较差",IF(${rk}<=1,"好",IF(RANK(${t},$${col}$4:$${col}$6,1)<=1,"一般","较好"))),"")`,
    );
    expect(s.plan.conditionals.map((c) => c.type)).toEqual(['dataBar', 'colorScale']);
  });
});

describe('store sheet', () => {
  it('chunks long JSON and reads it back', () => {
    const big = { text: 'x'.repeat(70000) };
    const data = {
      layout: 2 as const,
      rubric: big,
      units: [{ unit: '甲镇', sheet: '甲镇' }],
      options: {},
      fingerprints: { 甲镇: { formulas: 3, hash: 'abcd0123' } },
    };
    const p = planStoreSheet(data);
    expect(p.visibility).toBe('veryHidden');
    for (const c of p.cells) expect(String(c.value ?? '').length).toBeLessThanOrEqual(32767);
    const rows: (string | undefined)[][] = [];
    for (const c of p.cells) {
      const m = /^([A-Z]+)(\d+)$/.exec(c.address);
      const row = Number(m?.[2]) - 1;
      const col = (m?.[1] ?? 'A').charCodeAt(0) - 65;
      (rows[row] ??= [])[col] = String(c.value);
    }
    expect(parseStore(rows.map((r) => r ?? []))).toEqual(data);
    expect(p.cells[0]?.value).toBe('kaohe-workbook/2');
  });

  it('reads the layout a workbook was made with from its format, and refuses an unknown one', () => {
    const data = { layout: 1 as const, rubric: { id: 'x' }, units: [], options: {}, fingerprints: {} };
    const rows = [['kaohe-workbook/1'], ['rubric', '{"id":"x"}'], ['units', '[]']];
    expect(planStoreSheet(data).cells[0]?.value).toBe('kaohe-workbook/1');
    expect(parseStore(rows)?.layout).toBe(1);
    expect(parseStore([['kaohe-workbook/2'], ...rows.slice(1)])?.layout).toBe(2);
    expect(parseStore([['kaohe-workbook/3'], ...rows.slice(1)])).toBeUndefined();
  });
});
