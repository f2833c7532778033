// Served in place of office.js in the browser e2e: a fake Office/Excel host for the pane.
// A test may set `window.__kaohePreset` (a FakeExcel snapshot) first: a workbook made earlier.
import { FakeExcel, type FakeSnapshot } from './fake-excel';

const fake = new FakeExcel();
const preset = (window as unknown as { __kaohePreset?: FakeSnapshot }).__kaohePreset;
if (preset) fake.load(preset);
fake.install(window as unknown as Record<string, unknown>);
(window as unknown as { __fake: FakeExcel }).__fake = fake;
