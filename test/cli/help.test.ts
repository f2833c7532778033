import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliWords } from '../../src/cli/words';
import { buildCli, kaohe } from '../helpers/cli';

/**
 * The command line speaks Chinese everywhere (usage, help, errors), English with --lang en, and
 * every --help ends with examples that work: each example is run here, in order, as a new user
 * would copy it, and none ends in a usage error.
 */
const dir = mkdtempSync(join(tmpdir(), 'kaohe-help-'));
const run = (args: readonly string[]): ReturnType<typeof kaohe> => kaohe(args, dir);
const commands = Object.keys(cliWords('zh').commands);
const ENGLISH = /Usage:|Options:|Arguments:|Commands:|display help|\[options\]|error:|required option|default:/;

beforeAll(() => {
  buildCli();
  const sample = JSON.parse(readFileSync(join(__dirname, '../../samples/huilongshan-entries.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  const [first] = Object.values(sample);
  writeFileSync(join(dir, '录入.json'), JSON.stringify({ 东塘村: first, 白若村: first }));
  copyFileSync(join(__dirname, '../fixtures/tables/huilongshan-002.xlsx'), join(dir, '考核细则.xlsx'));
}, 60_000);

test.each(commands)('kaohe %s --help is Chinese, with examples', (cmd) => {
  const r = run([cmd, '--help']);
  expect(r.code).toBe(0);
  expect(r.stdout).not.toMatch(ENGLISH);
  expect(r.stdout).toMatch(/^用法： kaohe /);
  expect(r.stdout).toContain('\n示例：\n  kaohe ');
});

test('kaohe --help lists every command in Chinese; --lang en says it in English', () => {
  const zh = run(['--help']);
  expect(zh.stdout).not.toMatch(ENGLISH);
  for (const c of commands) expect(zh.stdout).toContain(`  ${c} `);
  const en = run(['audit', '--help', '--lang', 'en']);
  expect(en.stdout).toMatch(/^Usage: kaohe audit \[options\] <files\.\.\.>/);
  expect(en.stdout).toContain('Examples:');
});

test.each([
  [['fill', '考核表.xlsx'], /^缺少必填的选项 --entries <file>\n用 kaohe fill --help 查看用法和示例/],
  [['scor'], /^没有 scor 这个命令（是不是想写 score？）/],
  [['check', '考核表.xlsx', '--jsn'], /^不认识的选项 --jsn（是不是想写 --json？）/],
  [['new', '--rubric'], /^选项 --rubric <id\|file> 后面要写内容/],
  [['check'], /^缺少参数 book/],
  [['score', '--rubric', 'huilongshan', '--entries', '没有这个.json'], /^找不到文件 没有这个\.json/],
  [
    ['score', '--rubric', 'huilongshan', '--entries', '考核细则.xlsx'],
    /考核细则\.xlsx 是工作簿，不是录入数据（JSON）；要给工作簿计分请用 kaohe score 考核细则\.xlsx/,
  ],
])('kaohe %j: exit 2 with a Chinese message', (args, says) => {
  const r = run(args);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(says);
  expect(r.stderr).not.toMatch(ENGLISH);
});

test('every example in every --help runs as written (exit 0, or 1 for findings; never a usage error)', () => {
  mkdirSync(join(dir, '收到的'), { recursive: true });
  // The order a new user meets the help pages: make, fill, score, check, notice, import, then the
  // office above; each page's examples in their own order.
  const order = ['rubrics', 'inputs', 'new', 'fill', 'score', 'check', 'notice', 'import', 'audit', 'rollup'];
  expect([...order].sort()).toEqual([...commands].sort());
  const examples = order.flatMap((c) => cliWords('zh').commands[c]!.examples);
  for (const example of examples) {
    if (example.startsWith('kaohe audit') || example.startsWith('kaohe rollup')) {
      copyFileSync(join(dir, '已填写.xlsx'), join(dir, '收到的', '东塘片.xlsx'));
      copyFileSync(join(dir, '考核表.xlsx'), join(dir, '收到的', '白若片.xlsx'));
    }
    // The shell expands 收到的/*.xlsx; here the two files stand for it.
    const args = example
      .split(' ')
      .slice(1)
      .flatMap((a) => (a === '收到的/*.xlsx' ? ['收到的/东塘片.xlsx', '收到的/白若片.xlsx'] : [a]));
    const r = run(args);
    expect({ example, code: r.code, stderr: r.code === 2 ? r.stderr : '' }).toEqual({
      example,
      code: expect.any(Number),
      stderr: '',
    });
    expect(r.code).toBeLessThan(2);
  }
}, 120_000);

test('npm run demo (README) works on a fresh checkout', () => {
  const r = spawnSync('npm', ['run', '--silent', 'demo'], { cwd: join(__dirname, '../..'), encoding: 'utf8' });
  expect(r.stderr).not.toMatch(/找不到考核细则|内部错误/);
  expect(r.status).toBe(0);
  expect(r.stdout).toContain('会龙山街道 东塘村');
});
