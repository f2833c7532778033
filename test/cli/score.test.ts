import { kaohe } from '../helpers/cli';

interface ScoreJson {
  rubric: { id: string; total: number };
  units: {
    unit: string;
    total: number | null;
    grade: string | null;
    veto: boolean;
    rank: number | null;
    rankClass: string | null;
    items: { id: string; name: string; cap: number; score: number | null; lost: number | null }[];
    findings: { code: string; severity: string; message: string; item?: string }[];
  }[];
}

test('the README demo scores the bundled sample entries and ranks the units', () => {
  const r = kaohe(['score', '--rubric', 'huilongshan', '--entries', 'samples/huilongshan-entries.json', '--json']);
  expect(r.code).toBe(0);
  const out = JSON.parse(r.stdout) as ScoreJson;
  expect(out.rubric).toMatchObject({ id: 'huilongshan', total: 100 });
  // Hand-computed for 东塘村 from 002's text: see samples/huilongshan-entries.json.
  // 1: 6 + (2-0.4) = 7.6; 2: (10-2)+(8-0.5)+2+(5-0.4-0.5) = 21.6; 3.1: 2+1.8+1 = 4.8;
  // 3.2: 2 + 3×42/50 = 4.52; 3.3: (3-1)+2 = 4; 3.4: 4+2.5+3 = 9.5; 3.5: 4.5+5 = 9.5; 4: 10;
  // 5: 4+2.5+2.5 = 9; 6: 2+(2-0.2)+(2-0.2)+2+2 = 9.6; bonus +2 → 92.12.
  const dongtang = out.units.find((u) => u.unit === '会龙山街道 东塘村');
  expect(dongtang).toMatchObject({ total: 92.12, grade: '优秀', rank: 2, veto: false });
  expect(dongtang?.items.find((i) => i.id === '3.2')).toMatchObject({ cap: 5, score: 4.52, lost: 0.48 });
  const baiRuo = out.units.find((u) => u.unit === '会龙山街道 白若村');
  expect(baiRuo).toMatchObject({ total: 102, rank: 1 });
  const jinfeng = out.units.find((u) => u.unit === '会龙山街道 金峰村');
  expect(jinfeng).toMatchObject({ total: 56.4, grade: '不合格', rank: 3 });
  expect(jinfeng?.findings.filter((f) => f.code === 'no-basis').map((f) => f.item)).toContain('3.2');
});

test('a readable table without --json, in English with --lang en', () => {
  const zh = kaohe(['score', '--rubric', 'huilongshan', '--entries', 'samples/huilongshan-entries.json']);
  expect(zh.stdout).toContain('总分 92.12  等次 优秀  排名 2');
  const en = kaohe([
    'score',
    '--rubric',
    'huilongshan',
    '--entries',
    'samples/huilongshan-entries.json',
    '--lang',
    'en',
  ]);
  expect(en.stdout).toContain('total 92.12  grade 优秀  rank 2');
  expect(en.stdout).toContain('lost 5 points with no reason');
});

test('inputs lists every entry with its allowed values', () => {
  const r = kaohe(['inputs', '--rubric', 'huilongshan', '--json']);
  expect(r.code).toBe(0);
  const rows = JSON.parse(r.stdout) as {
    id: string;
    item: string;
    kind: string;
    min: number;
    max: number | null;
    levels: string[] | null;
    unit: string | null;
  }[];
  expect(rows.find((x) => x.id === '1a-missing')).toMatchObject({
    item: '1',
    kind: 'count',
    min: 0,
    max: 5,
    unit: '项',
  });
  expect(rows.find((x) => x.id === '3.2a-org')).toMatchObject({ kind: 'yesno', levels: ['是', '否'] });
  expect(rows.find((x) => x.id === '6c-satisfaction')).toMatchObject({ kind: 'percent', min: 0, max: 100 });
});

test('an unknown rubric is bad usage: exit 2 with the known ids', () => {
  const r = kaohe(['score', '--rubric', 'nope', '--entries', 'samples/huilongshan-entries.json']);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('找不到考核细则 "nope"');
  expect(r.stderr).toContain('huilongshan');
});

test('scoring a workbook refuses --rubric/--entries rather than ignore them', () => {
  const r = kaohe(['score', 'some-book.xlsx', '--rubric', 'huilongshan']);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('不需要 --rubric 或 --entries');
});
