import type { Lang } from '../core/messages';

/** What `kaohe CMD --help` says about a command: what it does, each option, and examples to copy. */
export interface CommandWords {
  readonly description: string;
  /** Option and argument descriptions, by long flag (`--json`) or argument name. */
  readonly options: Readonly<Record<string, string>>;
  readonly examples: readonly string[];
}

interface Words {
  readonly program: string;
  readonly titles: Readonly<Record<string, string>>;
  readonly help: string;
  readonly helpCommand: string;
  readonly version: string;
  readonly lang: string;
  readonly examples: string;
  readonly commands: Readonly<Record<string, CommandWords>>;
}

const zh: Words = {
  program: '考核计分助手：生成计分工作簿、录入、计分、检查、整改通知单、审核和汇总',
  titles: {
    'Usage:': '用法：',
    'Arguments:': '参数：',
    'Options:': '选项：',
    'Commands:': '命令：',
    'Global Options:': '全局选项：',
  },
  help: '显示帮助',
  helpCommand: '显示某个命令的帮助',
  version: '显示版本号',
  lang: '消息语言：zh 中文（默认），en 英文',
  examples: '示例：',
  commands: {
    rubrics: {
      description: '列出内置的考核细则（编号、名称、总分、原表问题）',
      options: { '--json': '以 JSON 输出' },
      examples: ['kaohe rubrics'],
    },
    inputs: {
      description: '列出一个细则要录入的全部内容（录入项编号、说明、取值范围）',
      options: {
        '--rubric': '内置细则编号或细则 JSON 文件',
        '--class': '单位类别，如 一类、二类',
        '--json': '以 JSON 输出',
      },
      examples: ['kaohe inputs --rubric huilongshan', 'kaohe inputs --rubric yixiu-district --class 二类 --json'],
    },
    score: {
      description: '计分：给录入数据（JSON）计分，或给填好的工作簿（.xlsx）计分',
      options: {
        book: '填好的工作簿（.xlsx）；给工作簿计分时不用 --rubric 和 --entries',
        '--rubric': '内置细则编号或细则 JSON 文件',
        '--entries': '录入数据 JSON 文件',
        '--class': '单位类别，如 一类、二类',
        '--ranking': '排名分类规则，如 yanglousi-2018（前3名好、后2名一般）',
        '--json': '以 JSON 输出',
      },
      examples: ['kaohe score 考核表.xlsx', 'kaohe score --rubric huilongshan --entries 录入.json --json'],
    },
    new: {
      description: '生成计分工作簿：每个被考核单位一张计分表，另有汇总表',
      options: {
        '--rubric': '内置细则编号或细则 JSON 文件',
        '--units': '被考核单位，逗号分隔；单位类别写在冒号后，如 甲镇:二类,乙镇:一类',
        '--class': '未写类别的单位用的类别，如 一类',
        '--ranking': '排名分类规则，如 yanglousi-2018（前3名好、后2名一般）',
        '--date': '考核日期，写成 2024-06-30',
        '--team': '考核组名称',
        '--output': '要生成的工作簿文件',
        '--force': '文件已存在时覆盖',
      },
      examples: [
        'kaohe new --rubric huilongshan --units 东塘村,白若村,金峰村 --date 2024-06-30 -o 考核表.xlsx',
        'kaohe new --rubric yixiu-district --units 甲局:一类,乙局:二类 -o 区直单位.xlsx',
      ],
    },
    fill: {
      description: '把录入数据（JSON）写进工作簿的录入格；文字一律按文字写入',
      options: {
        book: 'kaohe new 生成的工作簿',
        '--entries': '录入数据 JSON 文件（与 score --entries 格式相同）',
        '--output': '另存为的文件（不写则写回原文件）',
        '--force': '另存的文件已存在时覆盖',
      },
      examples: ['kaohe fill 考核表.xlsx --entries 录入.json -o 已填写.xlsx'],
    },
    check: {
      description: '检查一个工作簿：公式被改、录入不合规、扣分没有依据、结构被改动（与 audit 同一标准）',
      options: { book: '要检查的工作簿', '--json': '以 JSON 输出' },
      examples: ['kaohe check 已填写.xlsx'],
    },
    import: {
      description: '把单位自己的考核表（Excel 中的一张表）读成考核细则，列出读不懂的条款',
      options: {
        book: '含考核表的工作簿（.xlsx）',
        '--sheet': '工作表名称（不写则用第一张）',
        '--output': '写出的细则 JSON 文件',
        '--id': '细则编号',
        '--force': '输出文件已存在时覆盖',
        '--json': '以 JSON 输出报告',
      },
      examples: [
        'kaohe import 考核细则.xlsx --sheet 考核细则 -o 我的细则.json',
        'kaohe new --rubric 我的细则.json --units 甲镇,乙镇 -o 我的考核表.xlsx',
      ],
    },
    notice: {
      description: '生成或刷新整改通知单（每个扣分单位一份；已填写的整改措施等全部保留）',
      options: {
        book: '填好的工作簿',
        '--days': '整改时限：考核日期（或发文日期，取较晚者）后 N 天，默认 30',
        '--date': '发文日期，写成 2024-07-10（默认今天）',
        '--issuer': '发文单位',
        '--number': '发文字号，如 区考办〔2024〕5号',
        '--contact': '联系人',
        '--phone': '联系电话',
        '--output': '另存为的文件（不写则写回原文件）',
        '--force': '另存的文件已存在时覆盖',
      },
      examples: [
        'kaohe notice 已填写.xlsx --number 区考办〔2024〕5号 --issuer 区考核办 --contact 王五 --phone 0556-1234567',
      ],
    },
    audit: {
      description: '审核收到的工作簿：公式、总分、封顶、扣分依据、细则、工作表结构，一个文件一行',
      options: {
        files: '收到的工作簿，可以用 *.xlsx',
        '--json': '以 JSON 输出',
        '--progress': '显示进度条（默认只在终端中显示）',
      },
      examples: ['kaohe audit 收到的/*.xlsx'],
    },
    rollup: {
      description: '把多个单位报来的工作簿（同一细则）汇总排名，并列出每个文件的审核情况',
      options: {
        files: '收到的工作簿，可以用 *.xlsx',
        '--output': '要生成的汇总工作簿',
        '--force': '文件已存在时覆盖',
        '--ranking': '排名分类规则，如 yanglousi-2018（默认用细则自带的）',
        '--progress': '显示进度条（默认只在终端中显示）',
      },
      examples: ['kaohe rollup 收到的/*.xlsx -o 汇总.xlsx'],
    },
  },
};

const en: Words = {
  program: 'kaohe: scoring workbooks for assessment tables: make, fill, score, check, notices, audit and roll-up',
  titles: {},
  help: 'show help',
  helpCommand: 'show help for a command',
  version: 'show the version',
  lang: 'message language: zh Chinese (default), en English',
  examples: 'Examples:',
  commands: {
    rubrics: {
      description: 'list the built-in rubrics',
      options: { '--json': 'print JSON' },
      examples: ['kaohe rubrics'],
    },
    inputs: {
      description: 'list every entry a rubric asks for',
      options: {
        '--rubric': 'built-in rubric id or rubric JSON file',
        '--class': 'unit class, e.g. 一类',
        '--json': 'print JSON',
      },
      examples: ['kaohe inputs --rubric huilongshan --lang en'],
    },
    score: {
      description: 'score entries (JSON) or a filled workbook (.xlsx)',
      options: {
        book: 'a filled workbook (.xlsx); then no --rubric or --entries',
        '--rubric': 'built-in rubric id or rubric JSON file',
        '--entries': 'entries JSON file',
        '--class': 'unit class, e.g. 一类',
        '--ranking': 'ranking rule, e.g. yanglousi-2018',
        '--json': 'print JSON',
      },
      examples: ['kaohe score book.xlsx --lang en', 'kaohe score --rubric huilongshan --entries entries.json --json'],
    },
    new: {
      description: 'make a scoring workbook: one sheet per unit, and a summary',
      options: {
        '--rubric': 'built-in rubric id or rubric JSON file',
        '--units': 'units, comma-separated; a class after a colon: 甲镇:二类,乙镇:一类',
        '--class': 'class of units given without one',
        '--ranking': 'ranking rule, e.g. yanglousi-2018',
        '--date': 'assessment date, 2024-06-30',
        '--team': 'assessing team',
        '--output': 'the workbook to write',
        '--force': 'overwrite an existing file',
      },
      examples: ['kaohe new --rubric huilongshan --units 甲镇,乙镇 -o book.xlsx'],
    },
    fill: {
      description: 'write entries (JSON) into the entry cells of a workbook; text always stays text',
      options: {
        book: 'a workbook made by kaohe new',
        '--entries': 'entries JSON file (as score --entries)',
        '--output': 'save as (default: write back)',
        '--force': 'overwrite an existing output file',
      },
      examples: ['kaohe fill book.xlsx --entries entries.json -o filled.xlsx'],
    },
    check: {
      description:
        'check a workbook: changed formulas, bad entries, lost points without a reason, changed layout (as audit)',
      options: { book: 'the workbook', '--json': 'print JSON' },
      examples: ['kaohe check filled.xlsx --lang en'],
    },
    import: {
      description: "read an office's own scoring table (a sheet) into a rubric, listing what it could not read",
      options: {
        book: 'workbook holding the table',
        '--sheet': 'sheet name (default: the first)',
        '--output': 'rubric JSON to write',
        '--id': 'rubric id',
        '--force': 'overwrite an existing output file',
        '--json': 'print the report as JSON',
      },
      examples: ['kaohe import table.xlsx --sheet 考核细则 -o rubric.json'],
    },
    notice: {
      description: 'make or refresh the rectification notice (one per unit that lost points; typed cells kept)',
      options: {
        book: 'the filled workbook',
        '--days': 'deadline: N days after the assessment or issue date, whichever is later (30)',
        '--date': 'issue date, 2024-07-10 (default today)',
        '--issuer': 'issuing office',
        '--number': 'document number, e.g. 区考办〔2024〕5号',
        '--contact': 'contact person',
        '--phone': 'contact phone',
        '--output': 'save as (default: write back)',
        '--force': 'overwrite an existing output file',
      },
      examples: ['kaohe notice filled.xlsx --issuer 区考核办 --lang en'],
    },
    audit: {
      description: 'audit received workbooks: formulas, totals, caps, reasons, rubric, layout; one line per file',
      options: {
        files: 'received workbooks (*.xlsx works)',
        '--json': 'print JSON',
        '--progress': 'show a progress bar',
      },
      examples: ['kaohe audit received/*.xlsx --lang en'],
    },
    rollup: {
      description: 'roll many workbooks of one rubric up into one ranking, with each file audited',
      options: {
        files: 'received workbooks (*.xlsx works)',
        '--output': 'the summary workbook to write',
        '--force': 'overwrite an existing file',
        '--ranking': 'ranking rule (default: the rubric’s own)',
        '--progress': 'show a progress bar',
      },
      examples: ['kaohe rollup received/*.xlsx -o summary.xlsx'],
    },
  },
};

export const cliWords = (lang: Lang): Words => (lang === 'en' ? en : zh);

/** A command's words, or the command's name when it has none (never undefined text in help). */
export function commandWords(lang: Lang, name: string): CommandWords {
  return cliWords(lang).commands[name] ?? { description: name, options: {}, examples: [] };
}

/** The description of an option (`--json`) or argument (`book`) of a command. */
export const optionText = (w: CommandWords, key: string): string => w.options[key] ?? '';
