import { printedNames } from '../../src/app/rollup';
import { builtinRankings, builtinRubrics } from '../../src/core/builtin';
import { pageBreaks } from '../../src/core/plan/paging';
import { documentName, plainNote, printable, rankingHeading, rankingNote } from '../../src/core/plan/paper';
import { pagesWithReasons, planWorkbook, type SheetPlan } from '../../src/core/plan';

/** What the printed pages say and where they break, checked on the plan (the render test checks the PDF). */
const at = (p: SheetPlan, a: string) => p.cells.find((c) => c.address === a);
const rowOf = (a: string): number => Number(/\d+$/.exec(a)?.[0]);

describe('words on paper', () => {
  it('names the document a rubric comes from, never a file', () => {
    const names = Object.fromEntries([...builtinRubrics()].map(([id, b]) => [id, documentName(b.rubric)]));
    expect(names).toEqual({
      huilongshan: '《会龙山街道扶贫开发工作目标管理考核细则》',
      'lingling-2018-09': '零扶领发〔2018〕42号',
      'yixiu-township': '宜秀区乡镇(街道)考评办法及附件考核指标',
      'yixiu-district': '宜秀区区直单位脱贫攻坚工作成效考核办法及附件2考核指标',
      'village-exit': '业务指导方案附件1',
    });
    expect(documentName({ title: '甲表', source: 'C:\\表格\\考核.xlsx#细则' })).toBe('《甲表》');
  });

  it('prints every note of the built-in rubrics in plain Chinese: no file words, no paths', () => {
    const notes = [...builtinRubrics().values()].flatMap((b) => b.rubric.readings.map((r) => plainNote(r.text)));
    expect(notes.length).toBeGreaterThan(15);
    for (const n of notes) {
      // “计分/扣分” is Chinese; a path has a slash between letters, digits or dots.
      expect(n).not.toMatch(/[A-Za-z]{2,}|[\w.-]\/[\w.-]|\\|shared/);
      expect(n.length).toBeGreaterThan(10);
    }
    const grades = builtinRubrics().get('huilongshan')?.rubric.readings[0]?.text ?? '';
    expect(grades).toContain('修改 grades');
    expect(plainNote(grades)).toBe(
      '原细则未规定等次；本表沿用宜秀区考核办法的四档（90分以上优秀，80–89良好，70–79合格，70分以下不合格）。',
    );
  });

  it('states a ranking rule from its own numbers', () => {
    const r = builtinRankings().get('yanglousi-2018');
    if (!r) throw new Error('yanglousi-2018');
    expect(rankingHeading(r)).toBe('村(社区)考核结果分类');
    expect(rankingNote(r)).toBe(
      '村(社区)考核结果分类（羊发〔2018〕7号）：前3名为“好”，靠后的2名为“一般”，扶贫领域发生突出问题的为“较差”，其余为“较好”',
    );
  });

  it('names received files without their folders, and tells two of one name apart by folder', () => {
    const names = printedNames([
      '/home/a/收件/甲乡.xlsx',
      'C:\\收件\\乙乡\\book.xlsx',
      'D:\\丙乡\\book.xlsx',
      'x.xlsx',
    ]);
    expect([...names.values()]).toEqual(['甲乡.xlsx', 'book.xlsx（乙乡）', 'book.xlsx（丙乡）', 'x.xlsx']);
  });
});

describe('a unit sheet on paper (layout 2)', () => {
  const hls = builtinRubrics().get('huilongshan');
  if (!hls) throw new Error('huilongshan');
  const pw = planWorkbook(hls, [{ unit: '东塘村' }], { date: '2016-12-20' });
  const pu = pw.units[0];
  const plan = pw.plan.sheets.find((s) => s.kind === 'unit');
  if (!pu || !plan) throw new Error('no unit sheet');
  const items = [...pu.graph.sections.flatMap((s) => s.items), ...pu.graph.adjustments];
  const runs = items.map((it) => {
    const r0 = rowOf(pu.cells.items[it.item.id] ?? 'A0');
    const merge = plan.merges.find((m) => m.startsWith(`A${r0}:`));
    return [r0, merge ? rowOf(merge.split(':')[1] ?? '') : r0] as const;
  });

  it('says its points, its document and its bonus and penalty the way the source does', () => {
    expect(at(plan, 'A2')?.value).toBe(
      '满分 100 分　加分最多 10 分　扣分最多 10 分　依据：《会龙山街道扶贫开发工作目标管理考核细则》',
    );
    const points = (id: string) => at(plan, `E${rowOf(pu.cells.items[id] ?? '')}`)?.value;
    expect([points('7'), points('8')]).toEqual(['+10', '−10']);
    const summary = pw.plan.sheets.find((s) => s.kind === 'summary');
    const heads = summary?.cells.filter((c) => /^[A-Z]+3$/.test(c.address)).map((c) => c.value);
    expect(heads).toEqual(expect.arrayContaining(['加分规定（+10分）', '扣分规定（−10分）']));
  });

  it('shows clause scores with two decimals at most; the printed scores are rounded by their formulas', () => {
    const clause = plan.cells.filter((c) => c.address.startsWith('K') && c.formula);
    expect(clause.length).toBeGreaterThan(20);
    expect(clause.every((c) => c.numFmt === '0.00')).toBe(true);
    for (const id of Object.keys(pu.cells.items))
      expect(at(plan, pu.cells.items[id] ?? '')?.formula).toMatch(/ROUND\(/);
  });

  it('breaks pages only between items, each page within A4 landscape', () => {
    const breaks = plan.print.rowBreaks ?? [];
    const last = rowOf(plan.print.printArea?.split(':')[1] ?? '');
    expect(breaks.length).toBeGreaterThan(1);
    for (const b of breaks) expect(runs.filter(([r0, r1]) => r0 <= b && b < r1)).toEqual([]);
    const height = (r: number): number => plan.rowHeights[r] ?? NaN;
    const pages = [0, ...breaks, last];
    for (let i = 1; i < pages.length; i++) {
      let h = i > 1 ? height(5) + height(6) : 0;
      for (let r = (pages[i - 1] ?? 0) + 1; r <= (pages[i] ?? 0); r++) h += height(r);
      expect(h).toBeLessThanOrEqual(printable('landscape').height);
    }
  });

  it('grows the rows of a long reason and pages again between items, every cell and merge where it was', () => {
    const long = '抽查台账3本，有2本未按月更新；迟报月报1次；缺席培训2次，有签到表为证，村级公示栏未见公示照片'.repeat(
      3,
    );
    const basis = Object.fromEntries(items.map((it) => [it.item.id, long]));
    const [pages] = pagesWithReasons(pw, [{ unit: '东塘村', basis }]);
    if (!pages) throw new Error('no pages');
    const [r0, r1] = runs[0] ?? [0, 0];
    const sum = (h: Readonly<Record<number, number>>): number => {
      let n = 0;
      for (let r = r0; r <= r1; r++) n += h[r] ?? 0;
      return n;
    };
    expect(sum(pages.rowHeights)).toBeGreaterThan(sum(plan.rowHeights));
    expect(pages.rowBreaks.length).toBeGreaterThan((plan.print.rowBreaks ?? []).length);
    for (const b of pages.rowBreaks) expect(runs.filter(([a, z]) => a <= b && b < z)).toEqual([]);
    const again = planWorkbook(hls, [{ unit: '东塘村' }], { date: '2016-12-20' }).plan.sheets[1];
    expect(again?.cells).toEqual(plan.cells);
    expect(again?.merges).toEqual(plan.merges);
  });
});

describe('page breaks', () => {
  const h = (r: number): number => (r <= 2 ? 20 : 100);
  it('keeps a run on one page and the heading with the first run', () => {
    // Rows 1–2 heading (repeated), 3–10 rows of 100 pt, runs 4–6 and 8–9, 350 pt a page.
    const runs = [
      [4, 6],
      [8, 9],
    ] as const;
    expect(pageBreaks({ height: h, last: 10, repeat: [1, 2], budget: 350, runs })).toEqual([3, 6, 9]);
  });
  it('breaks inside a run only when the run alone is taller than a page', () => {
    // Rows 4–9 (600 pt) start a page of their own and break where the page is full.
    expect(pageBreaks({ height: h, last: 9, repeat: [1, 2], budget: 350, runs: [[4, 9]] })).toEqual([3, 6]);
  });
});
