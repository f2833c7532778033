import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { registerImport } from '../../src/cli/commands/import';
import { UsageError, type Io } from '../../src/cli/context';

const book = `${__dirname}/../fixtures/tables/lingling-004.xlsx`;

async function run(args: string[]): Promise<{ out: string[]; code: number; err?: string }> {
  const out: string[] = [];
  const io: Io = { lang: 'zh', out: (t) => out.push(t), err: (t) => out.push(t) };
  const program = new Command('kaohe').exitOverride();
  registerImport(program, () => io);
  process.exitCode = 0;
  try {
    await program.parseAsync(['node', 'kaohe', ...args]);
    return { out, code: Number(process.exitCode ?? 0) };
  } catch (e) {
    if (e instanceof UsageError) return { out, code: 2, err: e.lines.join('\n') };
    throw e;
  } finally {
    process.exitCode = 0;
  }
}

describe('kaohe import', () => {
  it('--json prints { rubric, total, clauses, warnings }', async () => {
    const r = await run(['import', book, '--sheet', '计分表', '--json']);
    const j = JSON.parse(r.out.join('\n')) as {
      total: number;
      clauses: { readAs: string; flagged: boolean }[];
      warnings: string[];
    };
    expect(r.code).toBe(0);
    expect(j.total).toBe(100);
    expect(j.clauses).toHaveLength(29);
    expect(j.warnings.join()).toContain('3.1a');
  });
  it('a missing sheet: exit 2 in Chinese, naming the sheets there are', async () => {
    const r = await run(['import', book, '--sheet', '不存在']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('计分表');
  });
  it('refuses to overwrite -o without --force', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kaohe-import-'));
    const file = join(dir, 'r.json');
    writeFileSync(file, '{}');
    expect((await run(['import', book, '-o', file])).code).toBe(2);
    expect((await run(['import', book, '-o', file, '--force'])).code).toBe(0);
  });
});

describe('kaohe import on real tables', () => {
  const real = (id: string): string => `${__dirname}/../fixtures/tables/real/${id}.xlsx`;
  it('refuses a table of deductions alone in plain Chinese, saying what would make it one (wendeng)', async () => {
    const r = await run(['import', real('wendeng'), '--sheet', '原表']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^原表：表中没有总分，也没有得分的项目：“信用赋分”一栏只有扣分/);
    expect(r.err).not.toMatch(/位置|sections|total/);
  });
  it('lists the tables a sheet holds and imports the one asked for with --table (jisheng)', async () => {
    const r = await run(['import', real('jisheng'), '--sheet', '原表', '--table', '2', '--json']);
    const j = JSON.parse(r.out.join('\n')) as { total: number; tables: { title: string; total: number }[] };
    expect(r.code).toBe(0);
    expect(j.total).toBe(100);
    expect(j.tables.map((t) => t.total)).toEqual([90, 100]);
    expect((await run(['import', real('jisheng'), '--sheet', '原表', '--table', '3'])).err).toBe(
      '原表：没有第 3 张细则（本表共 2 张）',
    );
  });
});
