import type { Catalogue } from './types';

const at = (p: { path?: string | number }): string => (p.path ? `（位置 ${p.path}）` : '');
const typeName: Record<string, string> = {
  string: '文字',
  number: '数字',
  boolean: '是/否（true/false）',
  object: '对象',
  array: '列表',
  null: '空值 null',
  undefined: '空',
};
const tn = (t: string | number | undefined): string => typeName[String(t)] ?? String(t);

export const zh: Catalogue = {
  // Loading a rubric file
  'json-invalid': (p) => `${p.file} 不是有效的 JSON：${p.detail}`,
  'file-unreadable': (p) => `无法读取文件 ${p.file}：${p.detail}`,
  'schema-type': (p) => `应为${tn(p.expected)}，实际是${tn(p.received)}${at(p)}`,
  'schema-missing': (p) => `缺少必填项 ${p.key}${at(p)}`,
  'schema-enum': (p) => `取值无效，应为 ${p.options} 之一${at(p)}`,
  'schema-kind': (p) => `未知的计分规则类型 "${p.value}"，可用：${p.options}${at(p)}`,
  'schema-too-small': (p) => `数值或数量过小（至少 ${p.minimum}）${at(p)}`,
  'schema-too-big': (p) => `数值或数量过大（至多 ${p.maximum}）${at(p)}`,
  'schema-unknown-key': (p) => `不认识的字段 ${p.keys}${at(p)}`,
  'schema-bad-id': (p) => `编号只能用字母、数字、点、下划线和连字符${at(p)}`,
  'schema-other': (p) => `格式不对：${p.detail}${at(p)}`,
  'duplicate-id': (p) => `编号 "${p.id}" 重复使用${at(p)}`,
  'unknown-class': (p) => `单位类别 "${p.cls}" 未在 classes 中声明${at(p)}`,
  'unknown-move-target': (p) => `分值调整的目标项 "${p.to}" 不存在${at(p)}`,
  'grades-order': (p) => `等次应按分数线从高到低排列，且只有最后一档可以不写分数线${at(p)}`,
  'unknown-ranking': (p) => `找不到排名规则 "${p.ranking}"${at(p)}`,
  'target-required': (p) => `录入“实际完成值”时必须写明目标值 target${at(p)}`,
  'band-inverted': (p) => `分数区间 ${p.min}–${p.max} 上下颠倒${at(p)}`,
  'unknown-rubric': (p) => `找不到考核细则 "${p.rubric}"，可用：${p.options}`,
  // Warnings about the table itself
  'parts-not-sum': (p) =>
    `第 ${p.item} 项“${p.name}”分值为 ${p.cap} 分，但各条分值合计 ${p.sum} 分（原表如此，未作修改）`,
  'items-not-total': (p) => `各项分值合计 ${p.sum} 分，与总分 ${p.total} 分不符`,
  'sections-not-total': (p) => `各部分标注的分值合计 ${p.sum} 分，与总分 ${p.total} 分不符`,
  'section-not-sum': (p) => `“${p.name}”标注 ${p.cap} 分，但所含各项合计 ${p.sum} 分`,
  'source-gap': (p) => `第 ${p.item} 项“${p.name}”：${p.detail}`,
  'checklist-not-sum': (p) => `第 ${p.item} 项的检查清单合计 ${p.sum} 分，与该条分值 ${p.points} 分不符`,
  // Entries
  'not-filled': (p) => `${p.where}“${p.label}”尚未填写`,
  'not-a-number': (p) => `${p.where}“${p.label}”应填数字，填的是“${p.value}”`,
  negative: (p) => `${p.where}“${p.label}”不能为负数（填了 ${p.value}）`,
  'not-whole': (p) => `${p.where}“${p.label}”应为整数${p.unit ? `（单位：${p.unit}）` : ''}，填了 ${p.value}`,
  'over-max': (p) => `${p.where}“${p.label}”最多为 ${p.max}，填了 ${p.value}`,
  'not-a-level': (p) => `${p.where}“${p.label}”应为 ${p.options} 之一，填的是“${p.value}”`,
  'not-yes-no': (p) => `${p.where}“${p.label}”应填“是”或“否”，填的是“${p.value}”`,
  'out-of-band': (p) => `${p.where}“${p.label}”评分 ${p.value} 不在规定区间内（${p.bands}）`,
  'formula-in-entry': (p) => `${p.where}“${p.label}”填入的内容像公式（${p.value}），已按文字对待，不计算`,
  'no-basis': (p) => `${p.where}扣了 ${p.lost} 分，但没有填写扣分依据`,
  'entry-unknown-class': (p) =>
    `${p.where}单位类别“${p.cls}”不是本细则的单位类别${p.options ? `（可用：${p.options}）` : '（本细则不分类别）'}，得分不可信`,
  'unknown-input': (p) => `录入数据中的 "${p.input}" 不是本细则的录入项`,
  'score-book-options': (p) =>
    `计分工作簿 ${p.book} 时不需要 --rubric 或 --entries：工作簿内已存有考核细则和录入；要把录入写进工作簿请用 kaohe fill`,
  'entries-shape': (p) =>
    `录入文件 ${p.file} 的格式不对${at(p)}：每个单位下应为“录入项编号: 数字 / true / false / 等次文字”，以及可选的 basis（扣分依据）和 class（单位类别）`,
  'too-big': (p) => `${p.where}“${p.label}”数值过大（${p.value}），请检查是否录错`,
  'unit-empty': (p) => `单位“${p.unit}”没有任何录入`,
  'veto-triggered': (p) => `${p.where}触发一票否决：${p.label}`,
  disqualified: (p) => `${p.where}取消评先资格：${p.label}`,
  'formula-overwritten': (p) => `${p.where}单元格 ${p.cell} 的公式被改动：现为 ${p.found}，应为 ${p.expected}`,
  'formula-typed-over': (p) => `${p.where}单元格 ${p.cell} 的公式被手工填入的值“${p.value}”覆盖（应为 ${p.expected}）`,
  'fingerprint-changed': (p) =>
    `${p.where}公式指纹与生成时不同（生成时 ${p.stored}，现在 ${p.now}），可能是工具版本变化`,
  'sheet-missing': (p) => `工作簿缺少工作表“${p.sheet}”`,
  'result-differs': (p) =>
    `${p.where}单元格 ${p.cell} 中保存的计算结果为 ${p.got}，按细则应为 ${p.expected === '' ? '空（有录入项未填，暂不计分）' : p.expected}（请重新计算或检查公式）`,
  'book-missing': (p) => `找不到工作簿文件 ${p.file}`,
  'book-not-xlsx': (p) =>
    `${p.file} 不是有效的 .xlsx 工作簿，可能已损坏或只传了一半${p.detail ? `（${p.detail}）` : ''}；请让报送单位重新发送`,
  'book-not-ours': (p) => `${p.file} 不是考核计分助手生成的工作簿（缺少 _kaohe 数据表或数据已损坏）`,
  'rollup-duplicate-unit': (p) =>
    `${p.where}单位“${p.unit}”已在 ${p.first} 中出现，本文件中的同名单位未计入汇总排名（请确认以哪一份为准）`,
  'audit-number-changed': (p) =>
    `${p.where}单元格 ${p.cell} 的数字被改为“${p.found}”（生成时为 ${p.expected}；公式仍按原细则计分）`,
  'audit-unit-name-changed': (p) =>
    `${p.where}被考核单位被改为“${p.found}”，但本表是为“${p.expected}”生成的（汇总表会把本表得分记在新名称下）`,
  'file-exists': (p) => `文件 ${p.file} 已存在；如要覆盖请加 --force`,
  // Import
  'import-book-unreadable': (p) => `无法读取工作簿 ${p.file}：${p.detail}`,
  'import-no-sheet': (p) => `工作簿中没有名为“${p.sheet}”的工作表；现有：${p.options}`,
  'import-not-a-table': (p) => `${p.sheet}：${p.detail}`,
  'import-no-rows': (p) => `${p.sheet}：表头下面没有考核项目`,
  'import-no-points': (p) => `${p.sheet}：${p.detail}`,
  'import-no-table': (p) => `${p.sheet}：没有第 ${p.table} 张细则（本表共 ${p.count} 张）`,
  'import-invalid': () => `导入的考核细则未通过校验：`,
  'import-summary': (p) =>
    `${p.title}：总分 ${p.total}，${p.clauses} 条细则，${p.read} 条已读懂，${p.flagged} 条需人工评分`,
  'import-confidence': (p) => `（把握 ${p.confidence}）`,
  'import-warning': (p) => `警告：${p.text}`,
  'import-written': (p) => `已写出 ${p.file}`,
  'file-unwritable': (p) => `无法写入文件 ${p.file}：${p.reason}（${p.detail}）`,
  'write-busy': () => `文件可能正在 Excel 或 WPS 中打开，请先关闭`,
  'write-no-dir': () => `所在文件夹不存在`,
  'write-denied': () => `没有写入权限`,
  'write-is-dir': () => `这是一个文件夹`,
  'write-disk-full': () => `磁盘已满（原文件未被改动）`,
  'write-other': () => `写入失败`,
  // Command-line usage (commander's complaints, in the user's language)
  'cli-missing-option': (p) => `缺少必填的选项 ${p.option}`,
  'cli-option-needs-value': (p) => `选项 ${p.option} 后面要写内容`,
  'cli-missing-argument': (p) => `缺少参数 ${p.argument}`,
  'cli-unknown-option': (p) => `不认识的选项 ${p.option}`,
  'cli-unknown-command': (p) => `没有 ${p.command} 这个命令`,
  'cli-too-many-arguments': (p) => `命令 ${p.command} 多给了参数`,
  'cli-usage-other': (p) => `用法不对：${p.detail}`,
  'cli-did-you-mean': (p) => `（是不是想写 ${p.what}？）`,
  'cli-see-help': (p) => `用 kaohe ${p.command}--help 查看用法和示例`,
  'file-not-found': (p) => `找不到文件 ${p.file}`,
  'file-is-dir': (p) => `${p.file} 是一个文件夹，不是文件`,
  'file-no-permission': (p) => `没有权限读取 ${p.file}`,
  'entries-is-workbook': (p) =>
    `${p.file} 是工作簿，不是录入数据（JSON）；要给工作簿计分请用 kaohe score ${p.file}，要把录入写进工作簿请用 kaohe fill 工作簿 --entries 录入.json`,
  'rubric-not-found': (p) =>
    `找不到细则文件 ${p.file}；内置细则有：${p.options}（写编号即可，如 --rubric huilongshan）`,
  'internal-error': (p) => `内部错误：${p.detail}（这是本工具的问题，请把命令和文件发给维护人员）`,
  'sheet-name-clash': (p) =>
    `单位“${p.unit}”与“${p.other}”的工作表名称相同（都是“${p.sheet}”），请改用能区分的单位名称`,
  'sheet-name-reserved': (p) => `单位名称“${p.unit}”与工作簿自带的工作表“${p.sheet}”同名，请换一个单位名称`,
  'unit-duplicate': (p) => `单位“${p.unit}”重复出现了两次；同名单位请加以区分（如“${p.unit}（一）”）`,
  'sheet-name-empty': (p) => `单位名称“${p.unit}”去掉工作表名称不允许的字符后为空`,
  'sheet-name-excel-reserved': (p) =>
    `单位名称“${p.unit}”不能用作工作表名：“${p.sheet}”是 Excel 保留的名称（修订记录用）；请换一个名称，如“${p.unit}村”`,
  'units-class-unknown': (p) =>
    `单位“${p.unit}”的类别“${p.cls}”不是本细则的单位类别${p.options ? `（可用：${p.options}）` : '（本细则不分类别）'}`,
  'fill-class-mismatch': (p) =>
    `录入文件中“${p.unit}”的类别是“${p.cls}”，而工作簿中该单位的表是按“${p.book}”生成的（不同类别的分值不同），未写入任何内容；请改正录入文件，或用 kaohe new --units ${p.unit}:${p.cls} 重新生成`,
  'units-required': () => `请用 --units 给出至少一个被考核单位，如 --units 甲镇,乙镇`,
  'unknown-unit': (p) => `录入数据中的单位“${p.unit}”不在工作簿中（工作簿中有：${p.options}）`,
  'unknown-input-in-book': (p) => `单位“${p.unit}”的 "${p.input}" 不是本细则的录入项，未写入`,
  'bad-date': (p) => `日期 ${p.date} 应写成 YYYY-MM-DD`,
  'book-written': (p) => `已写入 ${p.file}（${p.units} 个单位，${p.formulas} 个公式）`,
  'book-filled': (p) => `已写入 ${p.file}（${p.cells} 个录入格）`,
  'check-clean': (p) => `${p.file}：未发现问题`,
  // Notice
  'bad-days': (p) => `--days 应为 0 到 3650 之间的整数天数，填的是“${p.days}”`,
  'notice-no-basis': (p) =>
    `${p.where}扣了 ${p.lost} 分，没有填写扣分依据：通知单中该行“具体表现”将是空的（请先在计分表中填写）`,
  'notice-deadline-early': (p) => `${p.where}整改时限 ${p.deadline} 早于发文日期 ${p.issued}`,
  'notice-sorted': (p) =>
    `${p.where}通知单有 ${p.count} 行被排序过（隐藏的行号未随之移动），已按各行显示的考核指标认回填写的内容`,
  'notice-layout-broken': (p) => `${p.detail}；计分表的结构已与细则不符，为免写错扣分，未生成整改通知单`,
  'notice-written': (p) =>
    `已写入 ${p.file} 的“${p.sheet}”：${p.units} 个单位，${p.rows} 条问题${Number(p.kept) ? `（其中 ${p.kept} 条已不再扣分，因已有填写而保留）` : ''}；原通知单已填写 ${p.before} 格，全部保留 ${p.typed} 格`,
  // Audit
  'audit-no-files': () => `请给出要审核的工作簿文件，如 kaohe audit 收到/*.xlsx`,
  'audit-summary': (p) => `审核 ${p.files} 个文件：${p.clean} 个无问题，${p.bad} 个有问题（共 ${p.problems} 处）`,
  'audit-store-missing': (p) => `${p.file} 有计分表，但隐藏的 _kaohe 数据表已被删除，无法按原细则核对公式`,
  'audit-store-invalid': (p) => `${p.file} 的 _kaohe 数据表已损坏或被改动，无法读出细则（${p.detail}）`,
  'audit-store-visible': (p) => `${p.where}_kaohe 数据表本应隐藏，现在可以看见（有人取消了隐藏；请勿改动其中内容）`,
  'audit-rubric-custom': (p) => `细则“${p.rubric}”不是内置细则，无法与内置版本比对`,
  'audit-rubric-differs': (p) => `工作簿中保存的细则“${p.rubric}”与内置的同名细则不同：${p.paths}`,
  'audit-ranking-differs': (p) => `工作簿中保存的排名规则与细则“${p.rubric}”内置的不同：${p.paths}`,
  'audit-fingerprint': (p) =>
    `${p.where}按工作簿中保存的细则重新生成的公式与生成时记录的指纹不符（记录 ${p.stored}，现为 ${p.now}）：保存的细则被改动过`,
  'audit-sheet-renamed': (p) => `${p.where}工作表“${p.sheet}”被改名为“${p.now}”`,
  'audit-sheet-hidden': (p) => `${p.where}工作表被隐藏（状态 ${p.state}）`,
  'audit-rows-hidden': (p) => `${p.where}有 ${p.count} 行被隐藏（第 ${p.rows} 行）`,
  'audit-sheet-extra': (p) => `工作簿中另有工作表“${p.sheet}”（不是生成的，未审核）`,
  'audit-rows-deleted': (p) => `${p.where}从第 ${p.row} 行起少了 ${p.count} 行（行被删除，以下的公式和标签都错了位）`,
  'audit-rows-inserted': (p) => `${p.where}在第 ${p.row} 行前多了 ${p.count} 行（插入了行，以下的公式和标签都错了位）`,
  'audit-total-typed': (p) => `${p.where}单元格 ${p.cell} 应为公式，却是手工填入的“${p.value}”（应为 ${p.expected}）`,
  'audit-label-changed': (p) => `${p.where}单元格 ${p.cell} 的文字被改动：现为“${p.found}”，应为“${p.expected}”`,
  'audit-over-cap': (p) => `${p.where}保存的得分 ${p.value} 超过该项分值 ${p.cap} 分`,
  'audit-unfilled': (p) => `${p.where}尚有 ${p.count} 个录入格未填写${p.cells ? `（${p.cells}）` : ''}`,
  'audit-merge-broken': (p) =>
    `${p.where}有 ${p.count} 处合并单元格被拆分（${p.ranges}）：工作表被取消保护后改动过版式，请按原表重新合并`,
  'audit-sheet-password': (p) =>
    `${p.where}该工作表被设置了密码保护，审核人无法取消保护检查或恢复公式；请撤销密码（审阅 → 撤销工作表保护）后再报送`,
  'audit-sheet-unprotected': (p) => `${p.where}该工作表未受保护（生成时是保护的；其中的改动已逐格核对）`,
  'book-layout-broken': (p) =>
    `${p.file}：${p.detail}；工作表的结构已与细则不符，为免读错或写错单元格，未作处理（请先恢复原表，可用 kaohe audit 查看全部问题）`,
  // Roll-up
  'severity-error': () => '错误',
  'severity-warning': () => '警告',
  'severity-info': () => '提示',
  'rollup-mixed': (p) => `这些文件使用了不同的考核细则，不能汇总在一起（请按细则分开汇总）：${p.uses}`,
  'rollup-none': (p) => `没有一个文件能读出考核细则，无法汇总：${p.files}`,
  'unknown-ranking-option': (p) => `找不到排名规则“${p.ranking}”，可用：${p.options}`,
  'rollup-written': (p) =>
    `已写入 ${p.file}：${p.files} 个来源文件，${p.units} 个单位；${p.bad} 个文件有问题、${p.unopened} 个无法打开（见“来源文件”表）`,
  // Cells read back that a sheet's formulas take otherwise than a person meant
  'cell-not-yes-no': (p) =>
    `${p.where}“${p.label}”填的是“${p.value}”，表中公式只认“是”或“否”（多一个空格也不认），不会把它当作“是”；请从下拉列表中选择`,
  'cell-not-a-level': (p) =>
    `${p.where}“${p.label}”填的是“${p.value}”，表中公式只认 ${p.options} 之一（多一个空格也不认）；请从下拉列表中选择`,
  'cell-number-as-text': (p) =>
    `${p.where}“${p.label}”的“${p.value}”是存成文本的数字，Excel、WPS 和 LibreOffice 对它算出的分数不一致，本项暂不计分；请把单元格格式改为“常规”后重新输入数字`,
  'cell-date-in-number': (p) =>
    `${p.where}“${p.label}”显示为日期 ${p.value}（单元格被设成了日期格式），应填数字；请把单元格格式改为“常规”后重新输入`,
  'cell-merged': (p) =>
    `${p.where}录入格 ${p.cell} 被合并进了相邻单元格，表中公式把它当作空格，本项不计分；请取消合并后重新填写`,
  'cell-error-value': (p) => `${p.where}“${p.label}”的单元格显示为错误值“${p.value}”，本项不计分；请重新填写数字`,
  'cell-percent-format': (p) =>
    `${p.where}“${p.label}”填成了带 % 的 ${p.shown}，单元格里实际是 ${p.value}，表中公式按 ${p.value} 计分；本表的百分比按 0–100 填写，请去掉 % 号重新填写（如 ${p.shown} 填 ${String(p.shown).replace('%', '')}）`,
  // Layout moved or presentation changed
  'audit-columns-deleted': (p) =>
    `${p.where}从 ${p.col} 列起少了 ${p.count} 列（列被删除，右边的公式和录入格都错了位）`,
  'audit-columns-inserted': (p) =>
    `${p.where}在 ${p.col} 列前多了 ${p.count} 列（插入了列，右边的公式和录入格都错了位）`,
  'audit-rows-sorted': (p) => `${p.where}第 ${p.from}–${p.to} 行被排序或移动过（各行的公式、录入和标签已不在原位）`,
  'audit-sheet-copied': (p) =>
    `${p.where}工作表“${p.copy}”是“${p.sheet}”的副本；只有“${p.sheet}”会被读取和计分，副本中填写的内容不会计入（请把内容填回“${p.sheet}”并删除副本）`,
  'audit-store-hidden': (p) =>
    `${p.where}_kaohe 数据表现为普通隐藏（原为深度隐藏；用 LibreOffice 或 WPS 保存过的工作簿会这样，不影响核对）`,
  'audit-validation-removed': (p) =>
    `${p.where}有 ${p.count} 个录入格的数据验证被删除（${p.cells}），这些格可以填入任何内容`,
  'audit-validation-loosened': (p) => `${p.where}有 ${p.count} 个录入格的数据验证被放宽（${p.cells}：${p.how}）`,
  'audit-number-format': (p) =>
    `${p.where}单元格 ${p.cell} 的显示格式被改为“${p.format}”，显示的内容可能不是实际得分（请把格式改回“常规”）`,
  'audit-columns-hidden': (p) => `${p.where}有 ${p.count} 列被隐藏（${p.cols} 列）`,
  'audit-follow-on': (p) =>
    `${p.where}有 ${p.count} 个公式随上面所说的插入行列、改名等改动而变（已归入那一条，不再逐个列出）`,
  'audit-file-failed': (p) => `${p.file} 无法审核：${p.detail}（其余文件照常审核）`,
  // Files that are not .xlsx workbooks
  'book-is-xls': (p) =>
    `${p.file} 是旧版 Excel（.xls）或 WPS（.et）格式；请在 Excel 或 WPS 中打开，另存为“Excel 工作簿（*.xlsx）”后再使用`,
  'book-is-ods': (p) =>
    `${p.file} 是 OpenDocument（.ods）格式；请在 LibreOffice 或 WPS 中另存为“Excel 2007-365（.xlsx）”后再使用`,
  'book-is-csv': (p) => `${p.file} 是文本（CSV）文件，不是工作簿；请使用 kaohe 生成的 .xlsx 工作簿`,
  'book-encrypted': (p) =>
    `${p.file} 设有打开密码（已加密），无法读取；请在 Excel 中打开，文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码后保存，再使用`,
  'book-is-dir': (p) => `${p.file} 是一个文件夹，不是工作簿文件；请给出其中的 .xlsx 文件（审核可写 ${p.file}/*.xlsx）`,
};
