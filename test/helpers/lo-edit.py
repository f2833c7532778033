#!/usr/bin/python3
"""Edits workbooks in LibreOffice Calc, as a person would, and saves them as .xlsx.

Run by test/helpers/lo-edit.ts: `/usr/bin/python3 lo-edit.py PROFILE_DIR JOBS.json`. Each job opens a
file, applies its operations through Calc's own API (UNO: the same code paths as the menus: insert
rows, sort, rename a sheet, protect with a password, type into a cell), and saves with the
"Calc MS Excel 2007 XML" filter. An empty list of operations is a plain open-and-save. Needs
Debian's python3-uno (LibreOffice's Python bridge).
"""
import json
import os
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.table import CellRangeAddress


SMGR = None
CTX = None


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(profile):
    pipe = "kaohe_lo_%d" % os.getpid()
    proc = subprocess.Popen(
        [
            "soffice",
            "-env:UserInstallation=file://" + os.path.abspath(profile),
            "--headless",
            "--invisible",
            "--norestore",
            "--nolockcheck",
            "--nodefault",
            "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % pipe,
        ],
        env=dict(os.environ, LC_ALL="C.UTF-8", LANG="C.UTF-8"),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(120):
        try:
            ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
            desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
            global SMGR, CTX
            SMGR, CTX = ctx.ServiceManager, ctx
            return proc, desktop
        except Exception:  # noqa: BLE001 (not up yet)
            time.sleep(0.25)
    proc.kill()
    raise RuntimeError("LibreOffice did not start")


def col_of(letters):
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


def address(sheet_index, ref):
    """'A4:T6' → CellRangeAddress (0-based)."""
    parts = ref.split(":")

    def one(a):
        i = 0
        while a[i].isalpha():
            i += 1
        return col_of(a[:i]), int(a[i:]) - 1

    c0, r0 = one(parts[0])
    c1, r1 = one(parts[-1])
    a = CellRangeAddress()
    a.Sheet, a.StartColumn, a.StartRow, a.EndColumn, a.EndRow = sheet_index, c0, r0, c1, r1
    return a


def sheet_index(doc, name):
    names = list(doc.Sheets.ElementNames)
    return names.index(name)


def apply(doc, op):
    sheets = doc.Sheets
    kind = op["op"]
    ws = sheets.getByName(op["sheet"]) if "sheet" in op else None
    if kind == "unprotect":
        ws.unprotect(op.get("password", ""))
    elif kind == "protect":
        ws.protect(op.get("password", ""))
    elif kind == "insertRows":
        ws.Rows.insertByIndex(op["row"] - 1, op.get("count", 1))
    elif kind == "deleteRows":
        ws.Rows.removeByIndex(op["row"] - 1, op.get("count", 1))
    elif kind == "insertColumns":
        ws.Columns.insertByIndex(op["col"] - 1, op.get("count", 1))
    elif kind == "hideColumn":
        ws.Columns.getByIndex(op["col"] - 1).IsVisible = False
    elif kind == "renameSheet":
        ws.Name = op["to"]
    elif kind == "copySheet":
        sheets.copyByName(op["sheet"], op["to"], len(sheets.ElementNames))
    elif kind == "sortRows":
        rng = ws.getCellRangeByName(op["range"])
        field = uno.createUnoStruct("com.sun.star.table.TableSortField")
        field.Field = op.get("by", 0)
        field.IsAscending = not op.get("descending", False)
        desc = rng.createSortDescriptor()
        for p in desc:
            if p.Name == "SortFields":
                p.Value = uno.Any("[]com.sun.star.table.TableSortField", (field,))
        rng.sort(desc)
    elif kind == "set":
        cell = ws.getCellRangeByName(op["cell"])
        if "formula" in op:
            cell.Formula = op["formula"]
        elif "text" in op:
            cell.String = op["text"]
        elif "number" in op:
            cell.Value = op["number"]
        if "format" in op:
            keys = doc.NumberFormats
            locale = uno.createUnoStruct("com.sun.star.lang.Locale")
            key = keys.queryKey(op["format"], locale, False)
            if key == -1:
                key = keys.addNew(op["format"], locale)
            cell.NumberFormat = key
    elif kind == "input":
        # Typing into the cell: Calc's own number recognizer (the one its input line uses) reads the
        # text and gives the cell the value and format it implies (95% → 0.95 shown as 95%, 3/5 → a
        # date); text it does not take for a number stays text, spaces and all.
        cell = ws.getCellRangeByName(op["cell"])
        formatter = SMGR.createInstanceWithContext("com.sun.star.util.NumberFormatter", CTX)
        formatter.attachNumberFormatsSupplier(doc)
        try:
            key = formatter.detectNumberFormat(0, op["text"])
            value = formatter.convertStringToNumber(0, op["text"])
        except Exception:  # noqa: BLE001 (not a number: a string, as typed)
            cell.String = op["text"]
        else:
            cell.Value = value
            cell.NumberFormat = key
    elif kind == "merge":
        ws.getCellRangeByName(op["range"]).merge(True)
    else:
        raise ValueError("unknown op " + kind)


def run_job(desktop, job):
    url = uno.systemPathToFileUrl(os.path.abspath(job["in"]))
    doc = desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True),))
    try:
        for op in job.get("ops", []):
            apply(doc, op)
        out = uno.systemPathToFileUrl(os.path.abspath(job["out"]))
        filt = job.get("filter", "Calc MS Excel 2007 XML")
        doc.storeToURL(out, (prop("FilterName", filt),))
    finally:
        try:
            doc.close(True)
        except Exception:  # noqa: BLE001 (saved already; a close that fails changes nothing)
            pass


def stop(proc, desktop):
    try:
        desktop.terminate()
    except Exception:  # noqa: BLE001 (the bridge closes with the process)
        pass
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()


def main():
    profile, jobs_file = sys.argv[1], sys.argv[2]
    with open(jobs_file, encoding="utf-8") as f:
        jobs = json.load(f)
    proc, desktop = connect(profile)
    failures = []
    for job in jobs:
        for attempt in (1, 2):
            try:
                run_job(desktop, job)
                break
            except Exception as e:  # noqa: BLE001 (a crashed office is started again, once per job)
                if os.path.exists(job["out"]):
                    break
                stop(proc, desktop)
                proc, desktop = connect(profile)
                if attempt == 2:
                    failures.append("%s: %s" % (job["in"], e))
    stop(proc, desktop)
    if failures:
        print("\n".join(failures), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
