import type { Command } from 'commander';
import { builtinRubrics } from '../../core/builtin';
import { message } from '../../core/messages';
import { EXIT, type Io } from '../context';

export function registerRubrics(program: Command, io: () => Io): void {
  program
    .command('rubrics')
    .description('列出内置考核细则 / list the built-in rubrics')
    .option('--json', '输出 JSON')
    .action((opts: { json?: boolean }) => {
      const rows = [...builtinRubrics().values()].map((b) => ({
        id: b.rubric.id,
        title: b.rubric.title,
        total: b.rubric.total,
        classes: b.rubric.classes.map((c) => c.id),
        warnings: b.warnings.length,
        warningMessages: b.warnings.map((w) => message(io().lang, w.code, w.params)),
      }));
      if (opts.json) io().out(JSON.stringify(rows, null, 2));
      else {
        const en = io().lang === 'en';
        for (const r of rows) {
          io().out(
            `${r.id.padEnd(20)} ${String(r.total).padStart(4)}${en ? ' pts' : '分'}  ${r.warnings} ${en ? 'warnings' : '条警告'}  ${r.title}${r.classes.length ? `（${r.classes.join('/')}）` : ''}`,
          );
          for (const w of r.warningMessages) io().out(`    ${en ? 'warning' : '警告'}: ${w}`);
        }
      }
      process.exitCode = EXIT.ok;
    });
}
