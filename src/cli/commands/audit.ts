import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { isProblem } from '../../core/audit';
import { auditCounts, auditListed } from '../../books/audit';
import { findingText } from '../../core/engine/findings';
import { message } from '../../core/messages';
import { auditFilesParallel } from '../audit-files';
import { EXIT, findingJson, UsageError, type Io } from '../context';

interface AuditOpts {
  json?: boolean;
  progress?: boolean;
}

const mark = (s: string): string => (s === 'error' ? '✗' : s === 'warning' ? '!' : '·');

async function runAudit(files: readonly string[], opts: AuditOpts, io: Io): Promise<number> {
  if (files.length === 0) throw new UsageError([message(io.lang, 'audit-no-files')]);
  const showBar = opts.progress === true || process.stderr.isTTY === true;
  const bar = showBar
    ? new SingleBar({
        stream: process.stderr,
        format: `${io.lang === 'en' ? 'auditing' : '审核'} [{bar}] {value}/{total} {file}`,
        hideCursor: true,
        clearOnComplete: process.stderr.isTTY === true,
        noTTYOutput: true,
        notTTYSchedule: 500,
      })
    : undefined;
  bar?.start(files.length, 0, { file: '' });
  const audits = await auditFilesParallel(files, (file) => bar?.increment(1, { file }));
  bar?.stop();
  const counts = auditCounts(audits);
  if (opts.json) {
    const json = audits.map((a) => ({
      file: a.file,
      ok: !a.findings.some(isProblem),
      findings: a.findings.map((f) => findingJson(f, io.lang)),
    }));
    io.out(JSON.stringify({ files: json, summary: counts }, null, 2));
  } else {
    for (const a of audits) {
      if (!a.findings.some(isProblem)) io.out(`✓ ${message(io.lang, 'check-clean', { file: a.file })}`);
      else io.out(`✗ ${a.file}`);
      for (const f of auditListed(a)) io.out(`    ${mark(f.severity)} ${findingText(f, io.lang)}`);
    }
    io.out(message(io.lang, 'audit-summary', counts));
  }
  return counts.bad > 0 ? EXIT.errors : EXIT.ok;
}

export function registerAudit(program: Command, io: () => Io): void {
  program
    .command('audit <files...>')
    .description('审核收到的工作簿：公式、总分、封顶、扣分依据、细则、工作表 / audit received workbooks')
    .option('--json', '输出 JSON')
    .option('--progress', '显示进度条（默认仅在终端中显示）')
    .action(async (files: string[], opts: AuditOpts) => {
      process.exitCode = await runAudit(files, opts, io());
    });
}
