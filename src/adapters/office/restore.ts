import type { RestoreOutcome } from '../../app/port';
import type { OwnWrites } from './own-writes';
import type { SheetIds } from './sheet-ids';

/** How the add-in protects the sheets it makes (no password, so a reviewer can unprotect). */
export const PLAN_PROTECTION: Excel.WorksheetProtectionOptions = {
  allowFormatColumns: true,
  allowFormatRows: true,
  allowAutoFilter: true,
};

/**
 * 恢复公式: writes the plan's formula back into a cell a user typed over, and leaves the sheet
 * protected. A sheet the user protected keeps their options and their password: the sheet is
 * unprotected with the password the user gave (none unless asked for: passing one to a sheet
 * without a password spoils later passwords, OfficeDev/office-js#762), and when Excel refuses,
 * the user is asked for it. A sheet the user had unprotected is protected again as it was made.
 * Three syncs: the protection, the unprotect alone (so a refusal touches nothing), the write.
 */
export async function restoreFormula(
  context: Excel.RequestContext,
  ids: SheetIds,
  sheet: string,
  cell: string,
  formula: string,
  own: OwnWrites,
  password?: string,
): Promise<RestoreOutcome> {
  const ws = context.workbook.worksheets.getItem(ids.key(sheet));
  const prot = ws.protection.load('protected,options');
  await context.sync();
  const options = prot.protected ? prot.options : PLAN_PROTECTION;
  if (prot.protected) {
    ws.protection.unprotect(password);
    try {
      await context.sync();
    } catch {
      return { ok: false, reason: 'password' };
    }
  }
  ws.getRange(cell).formulas = [[formula]];
  own.mark(sheet, cell);
  ws.protection.protect(options, prot.protected ? password : undefined);
  await context.sync();
  return { ok: true };
}
