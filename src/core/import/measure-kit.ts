import type { Ctx } from './compose';

/** What the measure readings share: a percentage's input, and whether a part of a step counts. */

export const pctInput = (c: Ctx, label: string): { id: string; label: string; unit: string } => ({
  id: c.id(1),
  label,
  unit: '%',
});

/**
 * 每少1个百分点扣0.5分 / 少1万扣0.4分: a part of a step counts in proportion (exact). 每少10万元扣1分 /
 * 每少5个百分点扣1分: only a full step counts (whole), as 会龙山 reads 每少完成10万元.
 */
export const stepping = (step: number): 'exact' | 'whole' => (step > 1 ? 'whole' : 'exact');
export const steppingNote = (step: number, unit: string): string =>
  step > 1
    ? `每满${step}${unit}扣一次，不足${step}${unit}的部分不扣（whole）`
    : `不足${step}${unit}的按实际差额折算（exact）`;
