/** The one place that calls `Excel.run`: every office-js batch in the add-in goes through here. */

/** Excel's error code when a batch arrives while the user is typing in a cell. */
const CELL_EDIT = 'InvalidOperationInCellEditMode';

export interface RunSettings {
  /** delayForCellEdit is honoured from ExcelApi 1.9 (older hosts ignore it); we retry anyway. */
  readonly delayForCellEdit: boolean;
  readonly retries: number;
  readonly wait: (ms: number) => Promise<void>;
}

const defaults: RunSettings = {
  delayForCellEdit: true,
  retries: 5,
  wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

const isCellEdit = (e: unknown): boolean =>
  typeof e === 'object' && e !== null && (e as { code?: unknown }).code === CELL_EDIT;

/**
 * Runs one batch. Waits for the user to leave cell-edit mode (delayForCellEdit), and if the host
 * still refuses because of it, tries again a few times with a growing pause.
 */
export async function runExcel<T>(
  batch: (context: Excel.RequestContext) => Promise<T>,
  settings: Partial<RunSettings> = {},
): Promise<T> {
  const s = { ...defaults, ...settings };
  for (let attempt = 0; ; attempt++) {
    try {
      return await Excel.run({ delayForCellEdit: s.delayForCellEdit }, batch);
    } catch (e) {
      if (!isCellEdit(e) || attempt >= s.retries) throw e;
      await s.wait(200 * 2 ** attempt);
    }
  }
}

/**
 * Runs a batch in a context made by an earlier `Excel.run`: the documented way to remove an event
 * handler ("The same RequestContext object that the handler was added in must be used when
 * removing the handler": OfficeExtension.EventHandlerResult; "Remove an event handler" shows
 * `Excel.run(eventResult.context, …)`). A finished context cannot sync on its own.
 */
export function runIn<T>(
  context: Excel.RequestContext,
  batch: (context: Excel.RequestContext) => Promise<T>,
): Promise<T> {
  return Excel.run(context, batch);
}
