import { Command, CommanderError } from 'commander';
import { EXIT, nodeIo, parseLang, UsageError, type Io } from './context';
import { registerImport } from './commands/import';
import { registerInputs } from './commands/inputs';
import { registerNotice } from './commands/notice';
import { registerAudit } from './commands/audit';
import { registerRollup } from './commands/rollup';
import { registerRubrics } from './commands/rubrics';
import { registerScore } from './commands/score';
import { registerWorkbookCommands, scoreWorkbook } from './commands/workbook';
import { version } from '../version';
import { message } from '../core/messages';
import { serveAuditWorker } from './audit-files';
import { localizeHelp, usageMessage } from './help';

/** True in a worker thread that `kaohe audit` started from this same bundle: it audits, runs no command. */
export const auditWorker = serveAuditWorker();

/** `kaohe`: the same scoring on the command line, for offices that receive workbooks by email. */
export async function main(argv: readonly string[]): Promise<number> {
  const lang = parseLang(argv.includes('--lang') ? argv[argv.indexOf('--lang') + 1] : process.env.KAOHE_LANG);
  let io: Io = nodeIo(lang);
  const program = new Command('kaohe')
    .version(version, '-V, --version')
    .option('--lang <zh|en>', 'language')
    .exitOverride()
    // Commander's own error lines are English: they are said again, translated, by usageMessage.
    .configureOutput({
      writeErr: (s) => io.err(s.trimEnd()),
      writeOut: (s) => io.out(s.trimEnd()),
      outputError: () => undefined,
    })
    .hook('preAction', (cmd) => {
      io = nodeIo(parseLang(cmd.opts<{ lang?: string }>().lang));
    });
  const getIo = (): Io => io;
  registerRubrics(program, getIo);
  registerInputs(program, getIo);
  registerScore(program, getIo, scoreWorkbook);
  registerWorkbookCommands(program, getIo);
  registerImport(program, getIo);
  registerNotice(program, getIo);
  registerAudit(program, getIo);
  registerRollup(program, getIo);
  localizeHelp(program, lang);
  try {
    process.exitCode = EXIT.ok;
    await program.parseAsync(['node', 'kaohe', ...argv]);
    return Number(process.exitCode ?? EXIT.ok);
  } catch (e) {
    if (e instanceof UsageError) {
      for (const line of e.lines) io.err(line);
      return EXIT.usage;
    }
    if (e instanceof CommanderError) {
      const said = usageMessage(e, io.lang);
      if (said === undefined) return EXIT.ok;
      const command = argv.find((a) => program.commands.some((c) => c.name() === a));
      io.err(said);
      io.err(message(io.lang, 'cli-see-help', { command: command ? `${command} ` : '' }));
      return EXIT.usage;
    }
    // No stack trace for the user; KAOHE_DEBUG=1 shows it to whoever fixes the fault.
    io.err(message(io.lang, 'internal-error', { detail: e instanceof Error ? e.message : String(e) }));
    if (process.env.KAOHE_DEBUG) io.err(String((e as Error).stack ?? ''));
    return EXIT.usage;
  }
}
