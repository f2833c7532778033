import { readBook, readTable } from '../../../src/adapters/xlsx/table';
import type { Entry } from '../../../src/core/engine/entries';
import { scoreUnit } from '../../../src/core/engine/score';
import { importTable } from '../../../src/core/import/table';
import { loadRubric } from '../../../src/core/rubric/load';
import type { Clause, Rubric } from '../../../src/core/rubric/schema';

/**
 * Real tables imported, filled as an assessor would, and scored: each total is the figure computed by
 * hand from the table's own text (the arithmetic in the comments), not from the importer's reading.
 */

async function rubricOf(id: string, sheet: string, set = 'real'): Promise<Rubric> {
  const r = importTable(readTable(await readBook(`${__dirname}/../../fixtures/tables/${set}/${id}.xlsx`), sheet));
  if (!r.ok) throw new Error(r.message);
  const loaded = loadRubric(r.rubric);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  return loaded.rubric;
}

const squash = (s: string): string => s.replace(/\s+/g, '');
const clausesOf = (r: Rubric): Clause[] =>
  [...r.sections.flatMap((s) => s.items), ...r.adjustments].flatMap((i) => i.clauses);
const pointsOf = (c: Clause): number => (typeof c.points === 'number' ? c.points : c.points.default);

/** Every input at its best: nothing lost, every demand met, typed scores full (typed deductions 0). */
function best(r: Rubric): Record<string, Entry> {
  const out: Record<string, Entry> = {};
  for (const c of clausesOf(r)) {
    const rule = c.rule;
    if ('inputs' in rule) for (const i of rule.inputs) out[i.id] = rule.kind === 'checklist' ? true : 0;
    else if (rule.kind === 'judgement') out[rule.input.id] = pointsOf(c);
    else if (rule.kind === 'levels') out[rule.input.id] = rule.levels[0]?.name ?? '';
    else if (rule.kind === 'shortfall' || rule.kind === 'threshold' || rule.kind === 'proportional')
      out[rule.input.id] =
        rule.kind === 'shortfall'
          ? (rule.target ?? 0)
          : rule.kind === 'threshold'
            ? (rule.target ?? rule.cutoff)
            : rule.full;
    else out[rule.input.id] = true;
    if (c.requires) out[c.requires.id] = '是';
  }
  for (const i of r.sections.flatMap((s) => s.items)) if (i.notApplicable) out[i.notApplicable.input.id] = '是';
  return out;
}

/** The clause whose words hold `words` (several: the k-th). */
function clauseWith(r: Rubric, words: string, k = 0): Clause {
  const found = clausesOf(r).filter((c) => squash(c.text).includes(squash(words)));
  const c = found[k];
  if (!c) throw new Error(`no clause with “${words}”`);
  return c;
}

/** The id of input `n` of the clause holding `words`. */
function input(r: Rubric, words: string, n = 0): string {
  const rule = clauseWith(r, words).rule;
  const id = 'inputs' in rule ? rule.inputs[n]?.id : rule.input.id;
  if (!id) throw new Error(`no input ${n} in “${words}”`);
  return id;
}

/** The level named at place `k` of the levels clause holding `words`. */
function level(r: Rubric, words: string, k: number): string {
  const rule = clauseWith(r, words).rule;
  if (rule.kind !== 'levels') throw new Error(`“${words}” is read as ${rule.kind}`);
  return rule.levels[k]?.name ?? '';
}

const total = (r: Rubric, values: Record<string, Entry>): number | null =>
  scoreUnit(r, '甲', { values: { ...best(r), ...values }, basis: {} }).total;

describe('real tables filled and scored as computed by hand', () => {
  it('liuchi (60, 扣完为止): one death, one light injury, one house burnt → 10; two deaths and a house → 0', async () => {
    const r = await rubricOf('liuchi', '台账');
    // 60 − 30 (死亡1人扣30分/次) − 10 (轻伤1人扣10分/次) − 10 (按受灾户数扣10分/户, 1户) = 10
    expect(
      total(r, {
        [input(r, '死亡1人扣30分/次')]: 1,
        [input(r, '发生伤残事故', 2)]: 1,
        [input(r, '按受灾户数扣10分/户')]: 1,
      }),
    ).toBe(10);
    // 60 − 2 × 30 − 10 = −10, and the block stops at 0 (扣完为止)
    expect(total(r, { [input(r, '死亡1人扣30分/次')]: 2, [input(r, '按受灾户数扣10分/户')]: 1 })).toBe(0);
  });

  it('dingyuan (75 + bonuses): the parts of 1.1–1.4 and the 加分项 beside them → 54.25', async () => {
    const r = await rubricOf('dingyuan', '原表');
    const visits = clauseWith(r, '分管领导参加不少于四次').rule;
    // 1.1.1 有文件 10 + 1.1.2 有考核无结果 10 − 5 = 5
    // 1.2.1 有会议记要 5 + 1.2.2 成立、非主要负责人 5 − 2.5 = 2.5 + 1.2.3 参加3次 5 − 1.25 = 3.75
    // 1.3.1 (flagged: typed by the assessor) 15 + 1.3.2 经费5–10万 2.5
    // 1.4.1 推迟一个月 10 − 2 = 8
    // base 10 + 5 + 5 + 2.5 + 3.75 + 15 + 2.5 + 8 = 51.75; 加分项 县主要领导参加一次 +2.5 → 54.25
    expect(
      total(r, {
        [input(r, '没有考核扣10分', 1)]: 1,
        [input(r, '没有成立扣5分', 1)]: 1,
        [input(r, '分管领导参加不少于四次')]: visits.kind === 'shortfall' ? 3 : 1,
        [input(r, '10万元以上(含10万)得5分')]: level(r, '10万元以上(含10万)得5分', 1),
        [input(r, '每推迟一个月扣2')]: 1,
        [input(r, '县主要领导参加一次加2.5分')]: 1,
      }),
    ).toBe(54.25);
  });

  it('xidian (45 + 45): 处 found in each row, 扣完为止 within each → 34', async () => {
    const r = await rubricOf('xidian', '台账');
    // 公共区域: 1 两处 4 − 1 = 3; 2 无 3; 3 (garbled, no points) 0; 4 一处 3 − 0.5 = 2.5; 5 无 3; 6 未落实 0 → 11.5
    // 厕所: 7 一处 3 − 1 = 2; 8 无 9 → 11; 河面: 9 三处 4 − 1.5 = 2.5
    // 庭院: 10 无 4; 11 无 3; 12 八处 4 − 4 = 0 → 7; 宣传 13 有标语 2
    // 基础设施: 14 两处未设立 − 2、登记本少1种 − 1: 3 − 3 = 0; 15 (cut off, no points) 0
    // 11.5 + 11 + 2.5 + 7 + 2 + 0 = 34
    expect(
      total(r, {
        [input(r, '路面及两侧有明显垃圾')]: 2,
        [input(r, '公共投放区有垃圾桶')]: 1,
        [input(r, '落实岗位职贲和报酬')]: false,
        [input(r, '公共厕所设备设施损坏')]: 1,
        [input(r, '河塘、溪流')]: 3,
        [input(r, '宅基地内')]: 8,
        [input(r, '可回收物投放点', 0)]: 2,
        [input(r, '可回收物投放点', 1)]: 1,
      }),
    ).toBe(34);
  });

  it('wendeng (a clerk’s 起评分 100): 负面清单 once, 两委 违纪 two people, 廉政教育 once → 76', async () => {
    const r = await rubricOf('wendeng', '起评分');
    // 100 − 10 (“负面清单”的, -10) − 2 × 5 (每有1人，党组织书记扣分, -5) − 4 (廉政教育专栏内容更新不及时, -4) = 76
    expect(
      total(r, {
        [input(r, '“负面清单”的')]: 1,
        [input(r, '每有1人，党组织书记扣分')]: 2,
        [input(r, '廉政教育专栏内容更新不及时')]: 1,
      }),
    ).toBe(76);
  });

  it('zhoushan (places among the counties): → 40, item 1 worth “0” as written', async () => {
    const r = await rubricOf('zhoushan', '原表');
    // 1 十五年教育普及: the points column says 0, so it scores 0 whatever its places (warned)
    // 2 三增长 met 10 + 生均公用经费比例 second place 8 = 18; 3 示范县 10
    // 4 标准化学校 below 85%, second below → 6; 5 培训人数 third → 6
    // 0 + 18 + 10 + 6 + 6 = 40
    expect(
      total(r, {
        [input(r, '中小学生均预算内公用经费')]: level(r, '中小学生均预算内公用经费', 1),
        [input(r, '区域内标准化学校达到85%')]: level(r, '区域内标准化学校达到85%', 2),
        [input(r, '培训人数按万人比')]: level(r, '培训人数按万人比', 2),
      }),
    ).toBe(40);
  });

  it('wuye (fresh; 30 + 25, 装修管理 cut off and left out): a month’s findings → 37.5', async () => {
    const r = await rubricOf('wuye', '台账', 'fresh');
    // 共用部位: 屋顶漏水 3 处, 楼梯间 2 处: 5 − 5 × 0.2 = 4; 道路: 路面 4 处, 井盖 1 处: 5 − 5 × 0.5 = 2.5
    // 管道 5; 安防: 道闸 7 处: 3 − 3.5 → 0 (not below the row's 3); 照明完好率 85%: 5 − 5 × 0.5 = 2.5
    // 公用设施 2, 标识 3, 其他 2 → 4 + 2.5 + 5 + 0 + 2.5 + 2 + 3 + 2 = 21
    // 值勤 脱岗 2 次: 8 − 1 = 7; 登记 执行不严: 5 − 1 = 4; 车辆 乱停 3 处: 7 − 1.5 = 5.5 → 16.5
    // 21 + 16.5 = 37.5
    expect(
      total(r, {
        [input(r, '屋顶和外墙面漏水', 0)]: 3,
        [input(r, '屋顶和外墙面漏水', 1)]: 2,
        [input(r, '路面大面积破损', 0)]: 4,
        [input(r, '路面大面积破损', 1)]: 1,
        [input(r, '道闸系统正常使用')]: 7,
        [input(r, '公共照明完好率')]: 85,
        [input(r, '主入口24小时值勤')]: 2,
        [input(r, '执行不严的扣1分', 1)]: 1,
        [input(r, '毁绿停车')]: 3,
      }),
    ).toBe(37.5);
  });

  it('zherong (fresh3; numbered deductions sharing a row): 宣传 2 lapses, 出勤 1 day missed and 2 without tools → 87; 3 days missed → 0 in that row', async () => {
    const r = await rubricOf('zherong', '台账', 'fresh3');
    // 宣传学习 10: 宣传标语 once − 2, 培训考试不及格 once − 2 → 6
    // 巡查出勤 10: 不出勤一天 − 5, 未佩带护林标志和工具 twice − 2 × 2 → 1 (one deduction of the row's 10)
    // 森林防火 35 and 森林资源保护 45 (flagged: typed by the assessor, here in full) → 6 + 1 + 35 + 45 = 87
    const fill = {
      [input(r, '没有按要求做好宣传标语张贴', 0)]: 1,
      [input(r, '没有按要求做好宣传标语张贴', 1)]: 1,
      [input(r, '不出勤一天扣5分', 0)]: 1,
      [input(r, '不出勤一天扣5分', 1)]: 2,
    };
    expect(total(r, fill)).toBe(87);
    // 三天不出勤: 10 − 15 stops at 0 (扣完为止), the other rows untouched → 6 + 0 + 35 + 45 = 86
    expect(total(r, { ...fill, [input(r, '不出勤一天扣5分', 0)]: 3, [input(r, '不出勤一天扣5分', 1)]: 0 })).toBe(86);
  });
});
