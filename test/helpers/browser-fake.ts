// Served in place of office.js in the browser e2e: a fake Office/Excel host for the pane.
// A test may set `window.__kaohePreset` (a FakeExcel snapshot) first: a workbook made earlier;
// and `window.__kaoheHost` ({ platform, apiVersion }): which Excel it is.
import { FakeExcel, type FakeSnapshot } from './fake-excel';

const fake = new FakeExcel();
const w = window as unknown as {
  __kaohePreset?: FakeSnapshot;
  __kaoheHost?: { platform?: FakeExcel['platform']; apiVersion?: number };
};
if (w.__kaohePreset) fake.load(w.__kaohePreset);
if (w.__kaoheHost?.platform) fake.platform = w.__kaoheHost.platform;
if (w.__kaoheHost?.apiVersion) fake.apiVersion = w.__kaoheHost.apiVersion;
fake.install(window as unknown as Record<string, unknown>);
(window as unknown as { __fake: FakeExcel }).__fake = fake;
