/**
 * The pane's words for its states: what to do next on an empty workbook, a setup folded away, a
 * notice's own details, and findings said in a clerk's words (the formula only on request).
 */
const zh = {
  setup: '细则和单位',
  setupSummary: (title: string, units: number) => `${title}：${units} 个单位（点开可改细则或再插入）`,
  chooseFile: '选择细则文件…',
  chosenFile: (name: string) => `已选：${name}`,
  rubricNotes: (n: number) => `这份细则的原表有 ${n} 处需要注意（分值缺失或合计不符等，已按说明处理），点开查看`,
  insertFirst: '请先插入计分表：选好细则、填写单位后点“插入计分表和汇总表”。已有计分工作簿的，打开后这里会自动接续。',
  toolsFirst: '插入计分表并填写后，可在这里生成整改通知单、审核本工作簿。',
  notFilled: (sheets: string) => `尚未填写：${sheets}。填好后这里会列出问题。`,
  unfilledIn: (sheet: string, n: number) => `${sheet} 还有 ${n} 格`,
  noticeSettings: '通知单信息（文号、发文单位、联系人）',
  noticeNumber: '文号（可空），如 区考办〔2024〕5号',
  noticeIssuer: '发文单位',
  noticeContact: '联系人（可空）',
  noticePhone: '联系电话（可空）',
  noticeDays: '整改时限：考核日期后的天数',
  defaultIssuer: '考核工作领导小组办公室',
  noticeNone: '各单位都没有扣分项目，没有需要下达的整改通知。',
  noticeWarnings: '生成前请注意：',
  noticeMakeAnyway: '仍然生成',
  noticeGoFill: '先去填写',
  formulaChanged: (cell: string) => `${cell} 的计分公式被改动过，这一格的得分可能不对。点“恢复公式”可改回。`,
  formulaTyped: (cell: string, value: string) => `${cell} 本应自动计算，却被手工填成了“${value}”。点“恢复公式”可改回。`,
  showFormula: '显示公式',
  hideFormula: '收起公式',
  formulaNow: '现为',
  formulaShould: '应为',
  notInExcel:
    '这是“考核计分助手”的加载项页面，需要在 Excel 中打开（开始 → 加载项 → 考核计分助手）。页面能显示这段话，说明服务器工作正常。',
};

export type StateStrings = typeof zh;

const en: StateStrings = {
  setup: 'Rubric and units',
  setupSummary: (title, units) => `${title}: ${units} units (open to change the rubric or insert again)`,
  chooseFile: 'Choose a rubric file…',
  chosenFile: (name) => `Chosen: ${name}`,
  rubricNotes: (n) =>
    `The source table of this rubric has ${n} things to know (missing points, parts that do not add up; handled as noted): open to read`,
  insertFirst:
    'Insert the scoring sheets first: pick a rubric, enter the units and press Insert. A workbook made earlier is picked up here when it is opened.',
  toolsFirst: 'Once the scoring sheets are inserted and filled, make the notice and audit the workbook here.',
  notFilled: (sheets) => `Not filled yet: ${sheets}. Problems are listed here once entries are made.`,
  unfilledIn: (sheet, n) => `${sheet}: ${n} cells`,
  noticeSettings: 'Notice details (number, issuer, contact)',
  noticeNumber: 'Document number (optional), e.g. 区考办〔2024〕5号',
  noticeIssuer: 'Issuing office',
  noticeContact: 'Contact (optional)',
  noticePhone: 'Phone (optional)',
  noticeDays: 'Deadline: days after the assessment',
  defaultIssuer: '考核工作领导小组办公室',
  noticeNone: 'No unit lost points: there is no notice to send.',
  noticeWarnings: 'Before the notice is made:',
  noticeMakeAnyway: 'Make it anyway',
  noticeGoFill: 'Fill them first',
  formulaChanged: (cell) =>
    `The scoring formula in ${cell} was changed; its score may be wrong. Restore formula puts it back.`,
  formulaTyped: (cell, value) =>
    `${cell} should compute itself but holds the typed value “${value}”. Restore formula puts it back.`,
  showFormula: 'Show formula',
  hideFormula: 'Hide formula',
  formulaNow: 'Now',
  formulaShould: 'Should be',
  notInExcel:
    'This is the page of the kaohe Excel add-in; open it in Excel (Home → Add-ins → 考核计分助手). That this text shows means the server works.',
};

export const stateStrings = (lang: 'zh' | 'en'): StateStrings => (lang === 'en' ? en : zh);
