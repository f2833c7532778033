import type { Command } from 'commander';
import { buildUnitGraph } from '../../core/engine/graph';
import { loadChosen } from '../load';
import { type Io } from '../context';

export function registerInputs(program: Command, io: () => Io): void {
  program
    .command('inputs')
    .description('列出录入项 / list the inputs of a rubric')
    .requiredOption('--rubric <id|file>', '内置细则编号或 JSON 文件')
    .option('--class <name>', '单位类别（如 一类、二类）')
    .option('--json', '输出 JSON')
    .action((opts: { rubric: string; class?: string; json?: boolean }) => {
      const b = loadChosen(opts.rubric, io(), opts.class);
      const graph = buildUnitGraph(b.rubric, opts.class ?? b.rubric.defaultClass, b.ranking);
      const rows = graph.inputs.map((s) => ({
        id: s.id,
        item: graph.inputItem.get(s.id) ?? null,
        kind: s.kind,
        role: s.role,
        label: s.label,
        text: s.text,
        min: s.min ?? (s.kind === 'yesno' || s.kind === 'level' ? null : 0),
        max: s.max ?? null,
        levels: s.kind === 'yesno' ? ['是', '否'] : (s.levels ?? null),
        unit: s.unit ?? null,
        ...(s.bands ? { bands: s.bands } : {}),
      }));
      if (opts.json) io().out(JSON.stringify(rows, null, 2));
      else
        for (const r of rows) {
          const range = r.levels ? r.levels.join('/') : `${r.min ?? ''}–${r.max ?? ''}${r.unit ?? ''}`;
          io().out(
            `${r.id.padEnd(18)} ${String(r.item ?? '').padEnd(6)} ${r.kind.padEnd(8)} ${range.padEnd(14)} ${r.label}`,
          );
        }
    });
}
