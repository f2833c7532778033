// Served in place of office.js in the browser e2e: a fake Office/Excel host for the pane.
import { FakeExcel } from './fake-excel';

const fake = new FakeExcel();
fake.install(window as unknown as Record<string, unknown>);
(window as unknown as { __fake: FakeExcel }).__fake = fake;
