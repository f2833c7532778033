/**
 * A fake Excel as strict as Microsoft documents it, for the add-in's tests, the bench and the
 * browser e2e (no node imports: esbuild bundles it into the page). Like Excel it queues work until
 * `context.sync()`, refuses to read what was not loaded, sizes each request as office.js would
 * serialize it and refuses 5 MB requests and responses, protects sheets, turns references to
 * missing sheets into #REF!, gives dates and percentages back as numbers, keeps the last visible
 * sheet, fires the events Excel fires (and not those it fails to fire). Each rule names its source
 * where it is enforced: fake-excel/rules.ts, values.ts, workbook.ts, range.ts, people.ts.
 */
export { FakeExcel } from './fake-excel/people';
export { FakeContext } from './fake-excel/context';
export { PAYLOAD_LIMIT, requestBody, requestBytes, utf8Length } from './fake-excel/payload';
export { dateSerial } from './fake-excel/values';
export type { FakeCell, FakeSheet, FakeSnapshot, Op, SyncRecord } from './fake-excel/types';
