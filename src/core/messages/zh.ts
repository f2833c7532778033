import type { Catalogue } from './types';

const at = (p: { path?: string | number }): string => (p.path ? `（位置 ${p.path}）` : '');

export const zh: Catalogue = {
  // Loading a rubric file
  'json-invalid': (p) => `${p.file} 不是有效的 JSON：${p.detail}`,
  'file-unreadable': (p) => `无法读取文件 ${p.file}：${p.detail}`,
  'schema-type': (p) => `应为${p.expected}，实际是${p.received}${at(p)}`,
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
  'grades-order': () => `等次应按分数线从高到低排列，且只有最后一档可以不写分数线`,
  'unknown-ranking': (p) => `找不到排名规则 "${p.ranking}"`,
  'target-required': () => `录入“实际完成值”时必须写明目标值 target`,
  'band-inverted': (p) => `分数区间 ${p.min}–${p.max} 上下颠倒${at(p)}`,
  'unknown-rubric': (p) => `找不到考核细则 "${p.rubric}"，可用：${p.options}`,
  // Warnings about the table itself
  'parts-not-sum': (p) => `第 ${p.item} 项“${p.name}”分值为 ${p.cap} 分，但各条分值合计 ${p.sum} 分（原表如此，未作修改）`,
  'items-not-total': (p) => `各项分值合计 ${p.sum} 分，与总分 ${p.total} 分不符`,
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
  'unknown-input': (p) => `录入数据中的 "${p.input}" 不是本细则的录入项`,
  'unit-empty': (p) => `单位“${p.unit}”没有任何录入`,
  'veto-triggered': (p) => `${p.where}触发一票否决：${p.label}`,
  'disqualified': (p) => `${p.where}取消评先资格：${p.label}`,
  'formula-overwritten': (p) => `${p.where}单元格 ${p.cell} 的公式被改写或覆盖（应为 ${p.expected}）`,
};
