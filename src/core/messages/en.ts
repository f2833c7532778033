import type { Catalogue } from './types';

const at = (p: { path?: string | number }): string => (p.path ? ` (at ${p.path})` : '');

export const en: Catalogue = {
  'json-invalid': (p) => `${p.file} is not valid JSON: ${p.detail}`,
  'file-unreadable': (p) => `cannot read ${p.file}: ${p.detail}`,
  'schema-type': (p) => `expected ${p.expected}, got ${p.received}${at(p)}`,
  'schema-missing': (p) => `missing required field ${p.key}${at(p)}`,
  'schema-enum': (p) => `invalid value, expected one of ${p.options}${at(p)}`,
  'schema-kind': (p) => `unknown rule kind "${p.value}", known: ${p.options}${at(p)}`,
  'schema-too-small': (p) => `value or count too small (at least ${p.minimum})${at(p)}`,
  'schema-too-big': (p) => `value or count too big (at most ${p.maximum})${at(p)}`,
  'schema-unknown-key': (p) => `unknown field ${p.keys}${at(p)}`,
  'schema-bad-id': (p) => `ids may hold only letters, digits, dots, underscores and hyphens${at(p)}`,
  'schema-other': (p) => `malformed: ${p.detail}${at(p)}`,
  'duplicate-id': (p) => `id "${p.id}" is used twice${at(p)}`,
  'unknown-class': (p) => `unit class "${p.cls}" is not declared in classes${at(p)}`,
  'unknown-move-target': (p) => `item "${p.to}" that points move to does not exist${at(p)}`,
  'grades-order': (p) => `grade bands must run from the highest threshold down; only the last may omit it${at(p)}`,
  'unknown-ranking': (p) => `no ranking rule "${p.ranking}"${at(p)}`,
  'target-required': (p) => `a target is required when the user types the achieved value${at(p)}`,
  'band-inverted': (p) => `range ${p.min}–${p.max} is upside down${at(p)}`,
  'unknown-rubric': (p) => `no rubric "${p.rubric}"; known: ${p.options}`,
  'parts-not-sum': (p) =>
    `item ${p.item} "${p.name}" is worth ${p.cap} but its clauses add up to ${p.sum} (as in the source; not changed)`,
  'items-not-total': (p) => `items add up to ${p.sum}, not the total of ${p.total}`,
  'sections-not-total': (p) => `the parts' stated points add up to ${p.sum}, not the total of ${p.total}`,
  'section-not-sum': (p) => `"${p.name}" is marked ${p.cap} but its items add up to ${p.sum}`,
  'source-gap': (p) => `item ${p.item} "${p.name}": ${p.detail}`,
  'checklist-not-sum': (p) => `item ${p.item}: checklist adds up to ${p.sum}, not the clause's ${p.points}`,
  'not-filled': (p) => `${p.where}"${p.label}" is not filled yet`,
  'not-a-number': (p) => `${p.where}"${p.label}" needs a number, got "${p.value}"`,
  negative: (p) => `${p.where}"${p.label}" cannot be negative (got ${p.value})`,
  'not-whole': (p) => `${p.where}"${p.label}" must be a whole number${p.unit ? ` (${p.unit})` : ''}, got ${p.value}`,
  'over-max': (p) => `${p.where}"${p.label}" is at most ${p.max}, got ${p.value}`,
  'not-a-level': (p) => `${p.where}"${p.label}" must be one of ${p.options}, got "${p.value}"`,
  'not-yes-no': (p) => `${p.where}"${p.label}" must be 是 (yes) or 否 (no), got "${p.value}"`,
  'out-of-band': (p) => `${p.where}"${p.label}" score ${p.value} is outside the allowed ranges (${p.bands})`,
  'formula-in-entry': (p) =>
    `${p.where}"${p.label}" holds what looks like a formula (${p.value}); kept as text, not computed`,
  'no-basis': (p) => `${p.where}lost ${p.lost} points with no reason (扣分依据) given`,
  'entry-unknown-class': (p) =>
    `${p.where}unit class "${p.cls}" is not one this rubric declares${p.options ? ` (it has: ${p.options})` : ' (it has no unit classes)'}; its score cannot be trusted`,
  'unknown-input': (p) => `"${p.input}" in the entries is not an input of this rubric`,
  'score-book-options': (p) =>
    `scoring the workbook ${p.book} takes no --rubric or --entries: it holds its own rubric and entries; to write entries into it use kaohe fill`,
  'entries-shape': (p) =>
    `entries file ${p.file} is malformed${at(p)}: each unit maps input ids to a number, true, false or a level name, with optional basis (reasons) and class`,
  'too-big': (p) => `${p.where}"${p.label}" is implausibly large (${p.value}); check the entry`,
  'unit-empty': (p) => `unit "${p.unit}" has no entries`,
  'veto-triggered': (p) => `${p.where}veto (一票否决): ${p.label}`,
  disqualified: (p) => `${p.where}not eligible for awards: ${p.label}`,
  'formula-overwritten': (p) =>
    `${p.where}the formula in ${p.cell} was changed: it is ${p.found}, it should be ${p.expected}`,
  'formula-typed-over': (p) =>
    `${p.where}the formula in ${p.cell} was typed over with "${p.value}" (expected ${p.expected})`,
  'fingerprint-changed': (p) =>
    `${p.where}formula fingerprint differs from when the workbook was made (${p.stored}, now ${p.now}); the tool may have changed`,
  'sheet-missing': (p) => `the workbook has no sheet "${p.sheet}"`,
  'result-differs': (p) =>
    `${p.where}cell ${p.cell} holds the saved result ${p.got}, the rubric gives ${p.expected === '' ? 'nothing yet (an entry is not filled)' : p.expected} (recalculate or check the formula)`,
  'book-missing': (p) => `no workbook file ${p.file}`,
  'book-not-xlsx': (p) =>
    `${p.file} is not a valid .xlsx workbook; it may be damaged or cut short${p.detail ? ` (${p.detail})` : ''}; ask the sender for it again`,
  'book-not-ours': (p) => `${p.file} was not made by kaohe (no _kaohe data sheet, or it is damaged)`,
  'rollup-duplicate-unit': (p) =>
    `${p.where}unit "${p.unit}" already came from ${p.first}; this copy is left out of the ranking (decide which copy stands)`,
  'audit-number-changed': (p) =>
    `${p.where}the number in ${p.cell} was changed to "${p.found}" (it was ${p.expected}; the formulas still score the rubric's value)`,
  'audit-unit-name-changed': (p) =>
    `${p.where}the assessed unit was changed to "${p.found}", but this sheet was made for "${p.expected}" (the summary would show this sheet's score under the new name)`,
  'file-exists': (p) => `${p.file} already exists; add --force to overwrite it`,
  // Import
  'import-book-unreadable': (p) => `cannot read workbook ${p.file}: ${p.detail}`,
  'import-no-sheet': (p) => `the workbook has no sheet "${p.sheet}"; it has: ${p.options}`,
  'import-not-a-table': (p) =>
    `${p.sheet}: no header row found (a points column or a rule column is needed): ${p.detail}`,
  'import-no-rows': (p) => `${p.sheet}: no items below the header row`,
  'import-no-points': (p) => `${p.sheet}: the table has no points to earn: ${p.detail}`,
  'import-no-table': (p) => `${p.sheet}: there is no table ${p.table} on this sheet (it holds ${p.count})`,
  'import-invalid': () => `the imported rubric does not validate:`,
  'import-summary': (p) =>
    `${p.title}: total ${p.total}, ${p.clauses} clauses, ${p.read} read, ${p.flagged} left to the assessor's judgement`,
  'import-confidence': (p) => ` (confidence ${p.confidence})`,
  'import-warning': (p) => `warning: ${p.text}`,
  'import-written': (p) => `wrote ${p.file}`,
  'file-unwritable': (p) => `cannot write ${p.file}: ${p.reason} (${p.detail})`,
  'write-busy': () => `the file may be open in Excel or WPS; close it first`,
  'write-no-dir': () => `its folder does not exist`,
  'write-denied': () => `permission denied`,
  'write-is-dir': () => `it is a folder`,
  'write-disk-full': () => `the disk is full (the old file was left as it was)`,
  'write-other': () => `the write failed`,
  // Command-line usage (commander's complaints, in the user's language)
  'cli-missing-option': (p) => `the required option ${p.option} is missing`,
  'cli-option-needs-value': (p) => `option ${p.option} needs a value`,
  'cli-missing-argument': (p) => `the argument ${p.argument} is missing`,
  'cli-unknown-option': (p) => `unknown option ${p.option}`,
  'cli-unknown-command': (p) => `there is no command ${p.command}`,
  'cli-too-many-arguments': (p) => `too many arguments for ${p.command}`,
  'cli-usage-other': (p) => `bad usage: ${p.detail}`,
  'cli-did-you-mean': (p) => ` (did you mean ${p.what}?)`,
  'cli-see-help': (p) => `see kaohe ${p.command}--help for usage and examples`,
  'file-not-found': (p) => `no such file: ${p.file}`,
  'file-is-dir': (p) => `${p.file} is a folder, not a file`,
  'file-no-permission': (p) => `no permission to read ${p.file}`,
  'entries-is-workbook': (p) =>
    `${p.file} is a workbook, not entries (JSON); to score a workbook use kaohe score ${p.file}; to write entries into one use kaohe fill BOOK --entries entries.json`,
  'rubric-not-found': (p) =>
    `no rubric file ${p.file}; the built-in rubrics are: ${p.options} (give the id, e.g. --rubric huilongshan)`,
  'internal-error': (p) =>
    `internal error: ${p.detail} (a fault in kaohe; please send the command and files to its maintainers)`,
  'sheet-name-clash': (p) =>
    `units "${p.unit}" and "${p.other}" would share the sheet name "${p.sheet}"; use names that differ`,
  'sheet-name-reserved': (p) =>
    `unit name "${p.unit}" is the name of a sheet the workbook keeps ("${p.sheet}"); choose another name`,
  'unit-duplicate': (p) => `unit "${p.unit}" is given twice; tell same-named units apart (e.g. "${p.unit}（一）")`,
  'sheet-name-empty': (p) => `unit name "${p.unit}" is empty once characters not allowed in sheet names are removed`,
  'sheet-name-excel-reserved': (p) =>
    `the unit name "${p.unit}" cannot be a sheet name: "${p.sheet}" is reserved by Excel (for tracked changes); choose another name`,
  'units-class-unknown': (p) =>
    `unit "${p.unit}": class "${p.cls}" is not one of this rubric's unit classes${p.options ? ` (it has: ${p.options})` : ' (it has none)'}`,
  'fill-class-mismatch': (p) =>
    `the entries give "${p.unit}" the class "${p.cls}", but its sheet in the workbook was made for "${p.book}" (the classes score differently); nothing was written: correct the entries, or make the sheet again with kaohe new --units ${p.unit}:${p.cls}`,
  'units-required': () => `give at least one unit with --units, e.g. --units 甲镇,乙镇`,
  'unknown-unit': (p) => `unit "${p.unit}" in the entries is not in the workbook (it has: ${p.options})`,
  'unknown-input-in-book': (p) => `"${p.input}" of unit "${p.unit}" is not an input of this rubric; not written`,
  'bad-date': (p) => `date ${p.date} should be YYYY-MM-DD`,
  'book-written': (p) => `wrote ${p.file} (${p.units} units, ${p.formulas} formulas)`,
  'book-filled': (p) => `wrote ${p.file} (${p.cells} entry cells)`,
  'check-clean': (p) => `${p.file}: no problems found`,
  // Notice
  'bad-days': (p) => `--days must be a whole number of days from 0 to 3650, got "${p.days}"`,
  'notice-no-basis': (p) =>
    `${p.where}lost ${p.lost} points with no reason given: this row of the notice will have no 具体表现 (fill it in the scoring sheet first)`,
  'notice-deadline-early': (p) => `${p.where}the deadline ${p.deadline} is before the issue date ${p.issued}`,
  'notice-sorted': (p) =>
    `${p.where}${p.count} rows of the notice were sorted (their hidden keys did not move); what was typed was matched by the item each row shows`,
  'notice-layout-broken': (p) =>
    `${p.detail}; the scoring sheets no longer match the rubric, so no notice was made (it would show wrong deductions)`,
  'notice-written': (p) =>
    `wrote sheet "${p.sheet}" in ${p.file}: ${p.units} units, ${p.rows} problems${Number(p.kept) ? ` (${p.kept} no longer lose points but are kept for what was typed)` : ''}; ${p.before} typed cells before, ${p.typed} kept`,
  // Audit
  'audit-no-files': () => `give the workbooks to audit, e.g. kaohe audit received/*.xlsx`,
  'audit-summary': (p) =>
    `audited ${p.files} ${Number(p.files) === 1 ? 'file' : 'files'}: ${p.clean} without problems, ${p.bad} with problems (${p.problems} in all)`,
  'audit-store-missing': (p) =>
    `${p.file} has scoring sheets but its hidden _kaohe data sheet was deleted, so its formulas cannot be checked against the rubric`,
  'audit-store-invalid': (p) =>
    `the _kaohe data sheet of ${p.file} is damaged or was edited; the rubric cannot be read (${p.detail})`,
  'audit-store-visible': (p) =>
    `${p.where}the _kaohe data sheet should be hidden but can be seen (someone unhid it; do not edit it)`,
  'audit-rubric-custom': (p) => `rubric "${p.rubric}" is not built in; it cannot be compared with a built-in version`,
  'audit-rubric-differs': (p) =>
    `the rubric "${p.rubric}" stored in the workbook differs from the built-in one: ${p.paths}`,
  'audit-ranking-differs': (p) =>
    `the ranking rule stored with "${p.rubric}" differs from the built-in one: ${p.paths}`,
  'audit-fingerprint': (p) =>
    `${p.where}the formulas rebuilt from the stored rubric do not match the fingerprint recorded when the workbook was made (${p.stored}, now ${p.now}): the stored rubric was edited`,
  'audit-sheet-renamed': (p) => `${p.where}sheet "${p.sheet}" was renamed to "${p.now}"`,
  'audit-sheet-hidden': (p) => `${p.where}the sheet is hidden (${p.state})`,
  'audit-rows-hidden': (p) => `${p.where}${p.count} rows are hidden (rows ${p.rows})`,
  'audit-sheet-extra': (p) => `the workbook also has a sheet "${p.sheet}" (not generated; not audited)`,
  'audit-rows-deleted': (p) =>
    `${p.where}${p.count} rows are missing from row ${p.row} on (rows deleted; formulas and labels below are out of place)`,
  'audit-rows-inserted': (p) =>
    `${p.where}${p.count} rows were inserted before row ${p.row} (formulas and labels below are out of place)`,
  'audit-total-typed': (p) =>
    `${p.where}cell ${p.cell} should be a formula but holds the typed value "${p.value}" (expected ${p.expected})`,
  'audit-label-changed': (p) => `${p.where}the text in ${p.cell} was changed: "${p.found}", expected "${p.expected}"`,
  'audit-over-cap': (p) => `${p.where}the saved score ${p.value} is above the item's cap of ${p.cap}`,
  'audit-unfilled': (p) => `${p.where}${p.count} entry cells are still empty${p.cells ? ` (${p.cells})` : ''}`,
  'audit-merge-broken': (p) =>
    `${p.where}${p.count} merged ranges were split (${p.ranges}): the sheet was unprotected and its layout changed; merge them again as in the original`,
  'audit-sheet-password': (p) =>
    `${p.where}the sheet is protected with a password, so a reviewer cannot unprotect it to inspect or restore a formula; remove the password (Review → Unprotect Sheet) before sending it`,
  'audit-sheet-unprotected': (p) =>
    `${p.where}the sheet is not protected (it was when made; its edits were checked cell by cell)`,
  'book-layout-broken': (p) =>
    `${p.file}: ${p.detail}; the sheets no longer match the rubric, so nothing was read or written to avoid wrong cells (restore the original layout; kaohe audit lists every problem)`,
  // Roll-up
  'severity-error': () => 'error',
  'severity-warning': () => 'warning',
  'severity-info': () => 'note',
  'rollup-mixed': (p) =>
    `these files use different rubrics and cannot be rolled up together (roll them up per rubric): ${p.uses}`,
  'rollup-none': (p) => `no file has a readable rubric; nothing to roll up: ${p.files}`,
  'unknown-ranking-option': (p) => `no ranking rule "${p.ranking}"; available: ${p.options}`,
  'rollup-written': (p) =>
    `wrote ${p.file}: ${p.files} source files, ${p.units} units; ${p.bad} files with problems, ${p.unopened} could not be opened (see the 来源文件 sheet)`,
  // Cells read back that a sheet's formulas take otherwise than a person meant
  'cell-not-yes-no': (p) =>
    `${p.where}"${p.label}" holds "${p.value}"; the sheet's formulas take only 是 or 否 (not even with a space), so it does not count as 是; pick from the drop-down`,
  'cell-not-a-level': (p) =>
    `${p.where}"${p.label}" holds "${p.value}"; the sheet's formulas take only one of ${p.options} (not even with a space); pick from the drop-down`,
  'cell-number-as-text': (p) =>
    `${p.where}"${p.label}" holds "${p.value}", a number stored as text: Excel, WPS and LibreOffice compute different scores from it, so the item is not scored; set the cell to General and type the number again`,
  'cell-date-in-number': (p) =>
    `${p.where}"${p.label}" shows the date ${p.value} (the cell has a date format) where a number belongs; set the cell to General and type it again`,
  'cell-merged': (p) =>
    `${p.where}entry cell ${p.cell} was merged into its neighbour; the sheet's formulas see it empty and the item is not scored; unmerge it and fill it again`,
  'cell-error-value': (p) =>
    `${p.where}"${p.label}" shows the error value "${p.value}"; the item is not scored; type the number again`,
  'cell-percent-format': (p) =>
    `${p.where}"${p.label}" was typed as ${p.shown} with a % sign, so the cell holds ${p.value} and the sheet scores ${p.value}; this table takes percentages as 0–100: type it again without the % sign`,
  // Layout moved or presentation changed
  'audit-columns-deleted': (p) =>
    `${p.where}${p.count} columns are missing from column ${p.col} on (columns deleted; formulas and entry cells to the right are out of place)`,
  'audit-columns-inserted': (p) =>
    `${p.where}${p.count} columns were inserted before column ${p.col} (formulas and entry cells to the right are out of place)`,
  'audit-rows-sorted': (p) =>
    `${p.where}rows ${p.from}–${p.to} were sorted or moved (formulas, entries and labels are no longer where they belong)`,
  'audit-sheet-copied': (p) =>
    `${p.where}sheet "${p.copy}" is a copy of "${p.sheet}"; only "${p.sheet}" is read and scored, nothing typed in the copy counts (fill "${p.sheet}" and delete the copy)`,
  'audit-store-hidden': (p) =>
    `${p.where}the _kaohe data sheet is plainly hidden (it was very hidden; LibreOffice and WPS save it so; the check is not affected)`,
  'audit-validation-removed': (p) =>
    `${p.where}data validation was removed from ${p.count} entry cells (${p.cells}); anything can be typed there`,
  'audit-validation-loosened': (p) =>
    `${p.where}data validation was loosened on ${p.count} entry cells (${p.cells}: ${p.how})`,
  'audit-number-format': (p) =>
    `${p.where}the number format of ${p.cell} was changed to "${p.format}"; what it shows may not be the score it holds (set it back to General)`,
  'audit-columns-hidden': (p) => `${p.where}${p.count} columns are hidden (columns ${p.cols})`,
  'audit-follow-on': (p) =>
    `${p.where}${p.count} formulas changed along with the move or rename reported above (counted there, not listed one by one)`,
  'audit-file-failed': (p) => `${p.file} could not be audited: ${p.detail} (the other files were audited)`,
  // Files that are not .xlsx workbooks
  'book-is-xls': (p) =>
    `${p.file} is an old Excel (.xls) or WPS (.et) file; open it in Excel or WPS and save it as "Excel Workbook (*.xlsx)"`,
  'book-is-ods': (p) => `${p.file} is an OpenDocument (.ods) file; save it as .xlsx in LibreOffice or WPS`,
  'book-is-csv': (p) => `${p.file} is a text (CSV) file, not a workbook; use the .xlsx workbook kaohe made`,
  'book-encrypted': (p) =>
    `${p.file} has a password to open (it is encrypted) and cannot be read; in Excel: File → Info → Protect Workbook → Encrypt with Password, clear the password, save, and try again`,
  'book-is-dir': (p) =>
    `${p.file} is a folder, not a workbook; give the .xlsx files in it (to audit: ${p.file}/*.xlsx)`,
};
