import { useEffect, useRef, useState } from 'react';
import { reattach, type Reattached } from '../app/reattach';
import type { WorkbookPort } from '../app/port';

export type Attached = Extract<Reattached, { ok: true }>;

/**
 * When the pane opens in a workbook made earlier, reads its `_kaohe` store once and hands the
 * stored rubric and sheets to `onFound` (with the sheet the user is on). Without a store the
 * pane is as for a new workbook.
 */
export function useReattach(
  port: WorkbookPort,
  onFound: (r: Attached, active: string | null) => void,
): Reattached | undefined {
  const [result, setResult] = useState<Reattached | undefined>(undefined);
  const found = useRef(onFound);
  found.current = onFound;
  useEffect(() => {
    let live = true;
    const run = async (): Promise<void> => {
      const r = await reattach(port);
      if (!live) return;
      setResult(r);
      if (r.found && r.ok) found.current(r, await port.activeSheet().catch(() => null));
    };
    run().catch(
      (e: unknown) => live && setResult({ found: true, ok: false, detail: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [port]);
  return result;
}
