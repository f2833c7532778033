import { useCallback, useEffect, useRef, useState } from 'react';
import type { Builtin } from '../core/builtin';
import { planWorkbook, type PlannedWorkbook } from '../core/plan';
import { type CheckedSheet, sheetsOfPlan } from '../app/check';
import type { SheetReadback, WorkbookPort } from '../app/port';
import type { UnitSpec } from '../core/plan/workbook';
import { type FindingsBySheet, mergeChecks, sheetCheck } from './session';

/** A 恢复公式 waiting for the sheet's password (`wrong` after a password Excel refused). */
export interface PasswordAsk {
  readonly sheet: string;
  readonly cell: string;
  readonly formula: string;
  readonly wrong: boolean;
}

export interface WorkbookState {
  readonly progress: number | undefined;
  readonly clashes: readonly string[];
  readonly inserted: number | undefined;
  readonly checks: FindingsBySheet;
  readonly current: string | undefined;
  readonly error: string | undefined;
  /** A check that ran on its own (an edit, a selection, the poll) failed. */
  readonly liveError: string | undefined;
  readonly password: PasswordAsk | undefined;
  readonly busy: boolean;
}

const initial: WorkbookState = {
  progress: undefined,
  clashes: [],
  inserted: undefined,
  checks: new Map(),
  current: undefined,
  error: undefined,
  liveError: undefined,
  password: undefined,
  busy: false,
};

const text = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** The pane's dealings with the workbook: insert, watch, check all, select, restore. */
export function useWorkbook(port: WorkbookPort, builtin: Builtin | undefined) {
  const [state, setState] = useState<WorkbookState>(initial);
  const set = (s: Partial<WorkbookState>): void => setState((old) => ({ ...old, ...s }));
  const sheets = useRef<CheckedSheet[]>([]);
  const pending = useRef<{ pw: PlannedWorkbook; b: Builtin } | undefined>(undefined);
  const stop = useRef<(() => Promise<void>) | undefined>(undefined);
  const fail = (e: unknown): void => set({ error: text(e), progress: undefined, busy: false });

  // The rubric the watched sheets were made with (not the one picked since): checks use it.
  const made = useRef<Builtin | undefined>(undefined);
  const apply = useCallback((rbs: readonly SheetReadback[]) => {
    const b = made.current;
    if (!b) return;
    const checks = rbs.flatMap((rb) => {
      const s = sheets.current.find((x) => x.map.sheet === rb.sheet);
      return s ? [sheetCheck(b, s, rb)] : [];
    });
    setState((old) => ({ ...old, checks: mergeChecks(old.checks, checks), current: old.current ?? checks[0]?.sheet }));
  }, []);

  /** Watches `list` (made with `b`) and checks them all once. */
  const follow = async (b: Builtin, list: CheckedSheet[], current: string | undefined): Promise<void> => {
    made.current = b;
    sheets.current = list;
    await stop.current?.();
    stop.current = await port.watch(
      list.map((s) => s.map),
      (rb) => {
        apply([rb]);
        set({ liveError: undefined });
      },
      (e) => set({ liveError: text(e) }),
    );
    set({ current, checks: new Map() });
    apply(await port.read(list.map((s) => s.map)));
  };

  const write = async (pw: PlannedWorkbook, b: Builtin, replace: readonly string[]): Promise<void> => {
    set({ progress: 0, clashes: [], error: undefined, inserted: undefined });
    const r = await port.insert(pw.plan, replace, (p) => set({ progress: p.step / p.steps }));
    if (r.clashes.length > 0) {
      pending.current = { pw, b };
      set({ clashes: r.clashes, progress: undefined });
      return;
    }
    pending.current = undefined;
    const list = sheetsOfPlan(pw);
    // Say what a person sees: the unit sheets (the summary and the hidden store come with them).
    set({ progress: undefined, inserted: pw.units.length });
    await follow(b, list, list[0]?.map.sheet);
  };

  /** A workbook made earlier: follow its sheets as if just inserted (current: the active sheet). */
  const attach = (b: Builtin, list: readonly CheckedSheet[], active: string | null): void => {
    const current = list.some((s) => s.map.sheet === active) ? (active ?? undefined) : list[0]?.map.sheet;
    void follow(b, [...list], current).catch(fail);
  };

  const insert = (units: readonly UnitSpec[]): void => {
    if (!builtin) return;
    try {
      void write(planWorkbook(builtin, units), builtin, []).catch(fail);
    } catch (e) {
      fail(e);
    }
  };
  const replace = (): void => {
    const p = pending.current;
    if (p) void write(p.pw, p.b, state.clashes).catch(fail);
  };
  const cancel = (): void => {
    pending.current = undefined;
    set({ clashes: [] });
  };
  const checkAll = (): void => {
    set({ busy: true, error: undefined });
    void port
      .read(sheets.current.map((s) => s.map))
      .then((rbs) => {
        setState((old) => ({ ...old, checks: new Map(), busy: false }));
        apply(rbs);
      })
      .catch(fail);
  };
  const select = (sheet: string, cell: string): void => {
    set({ current: sheet });
    void port.select(sheet, cell).catch(fail);
  };
  const restore = (sheet: string, cell: string, formula: string, password?: string): void => {
    const s = sheets.current.find((x) => x.map.sheet === sheet);
    void port
      .restore(sheet, cell, formula, password)
      .then((done) => {
        if (!done.ok) {
          set({ password: { sheet, cell, formula, wrong: password !== undefined } });
          return [];
        }
        set({ password: undefined });
        return s ? port.read([s.map]) : [];
      })
      .then(apply)
      .catch(fail);
  };

  useEffect(() => {
    let off: (() => Promise<void>) | undefined;
    void port
      .onActivate?.((name) => set({ current: name }))
      .then(
        (f) => (off = f),
        () => undefined,
      );
    return () => void off?.();
  }, [port]);

  return { state, insert, attach, replace, cancel, checkAll, select, restore, known: () => sheets.current.length > 0 };
}
