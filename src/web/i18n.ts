import type { Lang } from '../core/messages';

/**
 * The web page's own words. Messages about workbooks, entries and findings come from
 * src/core/messages; the rubric picker and the import report speak the pane's words (taskpane/i18n).
 */
const zh = {
  code: 'zh' as Lang,
  title: '考核计分助手（网页版）',
  lang: 'English',
  local: '本页面在您的浏览器里处理文件，文件不会上传到任何地方，断网也能用。',
  cannot:
    '网页版不会改动您电脑上的任何工作簿：生成的工作簿、整改通知单和汇总表都作为新文件下载；它也不能在您录入时即时检查（请在 Excel 或 WPS 中看表内的颜色提示，或用 Excel 加载项）。',
  tabs: { new: '生成计分工作簿', received: '检查和审核', notice: '整改通知单' },
  // Making a workbook
  loadingRubrics: '正在载入内置考核细则…',
  importBook: '从 Excel 表导入细则…',
  importPick: '选择保存考核细则的工作簿（.xlsx）',
  importSheet: '细则所在的工作表',
  importClose: '不导入了',
  importInUse: (title: string) => `已选用“${title}”，现在可以填写单位并生成工作簿。`,
  units: '被考核单位：每行一个，或用逗号分开；单位类别写在冒号后，如 甲镇:二类',
  unitsPlaceholder: '例如：\n甲镇\n乙镇:二类\n丙镇',
  unitsNone: '请至少填写一个被考核单位',
  classFallback: '没写类别的单位按',
  classDefault: (cls: string | undefined) => (cls ? `细则默认（${cls}）` : '细则默认'),
  ranking: '排名分类规则',
  rankingOwn: '细则自带的（没有则只排名次）',
  date: '考核日期（可不填）',
  team: '考核组（可不填）',
  make: '生成并下载工作簿',
  making: '正在生成…',
  bookSuffix: '（计分表）.xlsx',
  made: (file: string, units: number, formulas: number) =>
    `已生成并下载“${file}”：${units} 个单位的计分表、汇总表，共 ${formulas} 个公式。发给各单位填写即可，表中的公式和数据有效性在 Excel 和 WPS 中都有效。`,
  // Received workbooks
  dropMany: '把收到的工作簿拖到这里，或按 Enter 键选择文件（可一次选多个）',
  dropOne: '把要生成整改通知单的工作簿拖到这里，或按 Enter 键选择文件',
  dropHint: '只读取，不上传，不改动原文件',
  loading: '正在载入读取工作簿的程序…',
  progress: (done: number, total: number, file: string) => `正在审核 ${done}/${total}：${file}`,
  clear: '清空列表',
  onlyBad: (n: number) => `只看有问题的 ${n} 个文件`,
  showAll: (n: number) => `显示全部 ${n} 个文件`,
  clean: '未发现问题',
  problems: (n: number) => `${n} 处问题`,
  workbookLevel: '整个工作簿',
  unit: '单位',
  cls: '类别',
  total: '总分',
  grade: '等次',
  rank: '排名',
  rankClass: '排名等次',
  incomplete: '尚未填完',
  notes: (n: number) => `另有 ${n} 条提示`,
  toNotice: '生成整改通知单…',
  rollup: (n: number) => `汇总排名并下载（${n} 个文件）`,
  rolling: '正在汇总…',
  rollupFile: '汇总排名.xlsx',
  rolled: (file: string, files: number, units: number, bad: number, unopened: number) =>
    `已下载“${file}”：${files} 个来源文件，${units} 个单位；${bad} 个文件有问题、${unopened} 个无法打开（见汇总表中的“来源文件”表）。`,
  // Notice
  noticeFile: (file: string) => `工作簿：${file}`,
  number: '文号（如 区考办〔2024〕5号）',
  issuer: '发文单位',
  contact: '联系人',
  phone: '联系电话',
  issued: '发文日期（不填为今天）',
  days: '整改时限（考核日期后多少天）',
  makeNotice: '生成整改通知单并下载',
  noticeSuffix: '-整改通知单.xlsx',
  noticeMaking: '正在生成…',
  noticeMade: (file: string, units: number, rows: number, typed: number, before: number) =>
    `已下载“${file}”：${units} 个单位，${rows} 条问题。` +
    (before > 0
      ? `原通知单已填写 ${before} 格，保留了 ${typed} 格。`
      : '这是新做的通知单，请在下载的文件里填写整改措施。'),
  noticeKept: (n: number) => `其中 ${n} 条已不再扣分，因已有填写而保留。`,
  noticeLost: '原通知单中有填写的内容没能保留，请不要使用这份文件，并把原工作簿发给维护人员。',
  noticeWarnings: '发出前请看：',
  failed: (m: string) => `出错了：${m}（这是本工具的问题，请把文件发给维护人员）`,
  version: (v: string) => `版本 ${v}`,
  otherWays: '也可以用 Excel 加载项（在 Excel 里边录入边检查）或 kaohe 命令行（批量处理）。',
};

export type WebStrings = typeof zh;

const en: WebStrings = {
  code: 'en',
  title: 'Kaohe scoring assistant (web)',
  lang: '中文',
  local: 'This page works on your files inside your browser: nothing is uploaded anywhere, and it works offline.',
  cannot:
    'The web page changes no workbook on your computer: made workbooks, notices and summaries are downloaded as new files. It cannot check entries as they are typed (see the colour marks in Excel or WPS, or use the Excel add-in).',
  tabs: { new: 'Make a scoring workbook', received: 'Check and audit', notice: 'Rectification notice' },
  loadingRubrics: 'Loading the built-in rubrics…',
  importBook: 'Import a rubric from an Excel table…',
  importPick: 'Choose the workbook that holds the scoring table (.xlsx)',
  importSheet: 'Sheet with the table',
  importClose: 'Cancel import',
  importInUse: (title) => `“${title}” is now the rubric: enter the units and make the workbook.`,
  units: 'Units assessed: one per line or separated by commas; a class after a colon, e.g. Town A:二类',
  unitsPlaceholder: 'For example:\nTown A\nTown B:二类\nTown C',
  unitsNone: 'Enter at least one unit',
  classFallback: 'Units without a class are',
  classDefault: (cls) => (cls ? `the rubric's default (${cls})` : "the rubric's default"),
  ranking: 'Ranking rule',
  rankingOwn: "The rubric's own (ranks only if none)",
  date: 'Assessment date (optional)',
  team: 'Assessment team (optional)',
  make: 'Make and download the workbook',
  making: 'Making…',
  bookSuffix: ' (scoring).xlsx',
  made: (file, units, formulas) =>
    `Downloaded “${file}”: scoring sheets for ${units} units and the summary, ${formulas} formulas. Send it out to be filled; its formulas and validation work in Excel and WPS.`,
  dropMany: 'Drop received workbooks here, or press Enter to choose files (several at once)',
  dropOne: 'Drop the workbook for the notice here, or press Enter to choose it',
  dropHint: 'Read only: nothing is uploaded or changed',
  loading: 'Loading the workbook reader…',
  progress: (done, total, file) => `Auditing ${done}/${total}: ${file}`,
  clear: 'Clear the list',
  onlyBad: (n) => `Only the ${n} with problems`,
  showAll: (n) => `Show all ${n} files`,
  clean: 'no problems found',
  problems: (n) => `${n} problems`,
  workbookLevel: 'Whole workbook',
  unit: 'Unit',
  cls: 'Class',
  total: 'Total',
  grade: 'Grade',
  rank: 'Rank',
  rankClass: 'Rank class',
  incomplete: 'not complete',
  notes: (n) => `${n} more notes`,
  toNotice: 'Make the rectification notice…',
  rollup: (n) => `Roll up and download (${n} ${n === 1 ? 'file' : 'files'})`,
  rolling: 'Rolling up…',
  rollupFile: 'rollup.xlsx',
  rolled: (file, files, units, bad, unopened) =>
    `Downloaded “${file}”: ${files} source files, ${units} units; ${bad} files with problems, ${unopened} could not be opened (see its 来源文件 sheet).`,
  noticeFile: (file) => `Workbook: ${file}`,
  number: 'Document number (e.g. 区考办〔2024〕5号)',
  issuer: 'Issued by',
  contact: 'Contact',
  phone: 'Phone',
  issued: 'Date of issue (today if blank)',
  days: 'Days allowed (after the assessment date)',
  makeNotice: 'Make the notice and download',
  noticeSuffix: '-notice.xlsx',
  noticeMaking: 'Making…',
  noticeMade: (file, units, rows, typed, before) =>
    `Downloaded “${file}”: ${units} units, ${rows} problems. ` +
    (before > 0
      ? `The old notice had ${before} typed cells; ${typed} kept.`
      : 'A new notice: fill in the measures in the downloaded file.'),
  noticeKept: (n) => `${n} of them no longer lose points and are kept for what was typed in them.`,
  noticeLost:
    'Something typed in the old notice was not kept: do not use this file, and send the original workbook to the maintainers.',
  noticeWarnings: 'Before sending it out:',
  failed: (m) => `Something went wrong: ${m} (a fault of this tool; please send the file to the maintainers)`,
  version: (v) => `version ${v}`,
  otherWays: 'There is also the Excel add-in (checks as you type in Excel) and the kaohe command line (for batches).',
};

export const webStrings = (lang: Lang): WebStrings => (lang === 'en' ? en : zh);
