import { CommanderError, type Argument, type Command, type Option } from 'commander';
import { message, type Lang } from '../core/messages';
import { cliWords, commandWords, optionText } from './words';

/**
 * Help in the user's language: section titles, every command's and option's description from
 * words.ts, and examples under every command's help. The commands declare what they take; what
 * they say about it lives in one place per language.
 */
export function localizeHelp(program: Command, lang: Lang): void {
  const w = cliWords(lang);
  const titles = w.titles;
  const options = lang === 'en' ? '[options]' : '[选项]';
  const help = {
    styleTitle: (s: string) => titles[s] ?? s,
    subcommandTerm: (c: Command) =>
      [c.name(), c.options.length ? options : '', ...c.registeredArguments.map(argumentTerm)].filter(Boolean).join(' '),
    optionDescription: (o: Option) =>
      o.defaultValue === undefined || o.negate
        ? o.description
        : `${o.description}${lang === 'en' ? ` (default: ${String(o.defaultValue)})` : `（默认 ${String(o.defaultValue)}）`}`,
  };
  program.configureHelp(help);
  program.usage(`${options} ${lang === 'en' ? '[command]' : '[命令]'}`);
  program.description(w.program);
  program.helpOption('-h, --help', w.help);
  program.helpCommand('help [command]', w.helpCommand);
  for (const o of program.options) {
    if (o.long === '--version') o.description = w.version;
    if (o.long === '--lang') o.description = w.lang;
  }
  for (const cmd of program.commands) {
    const cw = commandWords(lang, cmd.name());
    cmd.description(cw.description);
    cmd.helpOption('-h, --help', w.help);
    cmd.configureHelp(help);
    cmd.usage(
      [cmd.options.length ? options : '', ...cmd.registeredArguments.map(argumentTerm)].filter(Boolean).join(' '),
    );
    for (const o of cmd.options) o.description = optionText(cw, o.long ?? '') || o.description;
    for (const a of cmd.registeredArguments) a.description = optionText(cw, a.name()) || a.description;
    if (cw.examples.length) cmd.addHelpText('after', `\n${w.examples}\n${cw.examples.map((e) => `  ${e}`).join('\n')}`);
  }
}

/** An argument as usage shows it: <book>, [book], <files...>. */
function argumentTerm(a: Argument): string {
  const name = `${a.name()}${a.variadic ? '...' : ''}`;
  return a.required ? `<${name}>` : `[${name}]`;
}

const quoted = (text: string): string => /'([^']+)'/.exec(text)?.[1] ?? '';
const suggestion = (text: string): string => /Did you mean (\S+?)\?/.exec(text)?.[1] ?? '';

/** Commander's own complaints, said in the user's language; undefined for help and version (not errors). */
export function usageMessage(e: CommanderError, lang: Lang): string | undefined {
  const said = e.message;
  const maybe = suggestion(said);
  const hint = maybe ? message(lang, 'cli-did-you-mean', { what: maybe }) : '';
  switch (e.code) {
    case 'commander.helpDisplayed':
    case 'commander.help':
    case 'commander.version':
      return undefined;
    case 'commander.missingMandatoryOptionValue':
      return message(lang, 'cli-missing-option', { option: quoted(said) });
    case 'commander.optionMissingArgument':
      return message(lang, 'cli-option-needs-value', { option: quoted(said) });
    case 'commander.missingArgument':
      return message(lang, 'cli-missing-argument', { argument: quoted(said) });
    case 'commander.unknownOption':
      return message(lang, 'cli-unknown-option', { option: quoted(said) }) + hint;
    case 'commander.unknownCommand':
      return message(lang, 'cli-unknown-command', { command: quoted(said) }) + hint;
    case 'commander.excessArguments':
      return message(lang, 'cli-too-many-arguments', { command: quoted(said) });
    default:
      return message(lang, 'cli-usage-other', { detail: said.replace(/^error:\s*/, '') });
  }
}
