import { readBook, readTable } from '../../src/adapters/xlsx/table';
import { importTable } from '../../src/core/import/table';
import {
  correct,
  correctionKinds,
  finish,
  needsLook,
  startDraft,
  startingCorrection,
  type CorrectionKind,
  type Draft,
} from '../../src/taskpane/import-draft';
import { freshTables } from '../fixtures/tables/fresh';
import { fresh2Tables } from '../fixtures/tables/fresh2';
import { fresh3Tables } from '../fixtures/tables/fresh3';
import { fresh4Tables } from '../fixtures/tables/fresh4';
import { fresh5Tables } from '../fixtures/tables/fresh5';
import { fresh6Tables } from '../fixtures/tables/fresh6';
import { fresh7Tables } from '../fixtures/tables/fresh7';
import { fresh8Tables } from '../fixtures/tables/fresh8';
import { fresh9Tables } from '../fixtures/tables/fresh9';
import { fresh10Tables } from '../fixtures/tables/fresh10';
import { fresh11Tables } from '../fixtures/tables/fresh11';
import { fresh12Tables } from '../fixtures/tables/fresh12';
import { fresh13Tables } from '../fixtures/tables/fresh13';
import { fresh14Tables } from '../fixtures/tables/fresh14';
import { fresh15Tables } from '../fixtures/tables/fresh15';
import { fresh16Tables } from '../fixtures/tables/fresh16';
import { fresh17Tables } from '../fixtures/tables/fresh17';
import { fresh18Tables } from '../fixtures/tables/fresh18';
import { fresh19Tables } from '../fixtures/tables/fresh19';
import { fresh20Tables } from '../fixtures/tables/fresh20';
import { fresh21Tables } from '../fixtures/tables/fresh21';
import { fresh22Tables } from '../fixtures/tables/fresh22';
import { fresh23Tables } from '../fixtures/tables/fresh23';
import { fresh24Tables } from '../fixtures/tables/fresh24';
import { fresh25Tables } from '../fixtures/tables/fresh25';
import { fresh26Tables } from '../fixtures/tables/fresh26';
import { fresh27Tables } from '../fixtures/tables/fresh27';
import { fresh28Tables } from '../fixtures/tables/fresh28';
import { fresh29Tables } from '../fixtures/tables/fresh29';
import { fresh30Tables } from '../fixtures/tables/fresh30';
import { fresh31Tables } from '../fixtures/tables/fresh31';
import { fresh32Tables } from '../fixtures/tables/fresh32';
import { fresh33Tables } from '../fixtures/tables/fresh33';
import { fresh34Tables } from '../fixtures/tables/fresh34';
import { fresh35Tables } from '../fixtures/tables/fresh35';
import { fresh36Tables } from '../fixtures/tables/fresh36';
import { fresh37Tables } from '../fixtures/tables/fresh37';
import { fresh38Tables } from '../fixtures/tables/fresh38';
import { fresh39Tables } from '../fixtures/tables/fresh39';
import { fresh40Tables } from '../fixtures/tables/fresh40';
import { fresh41Tables } from '../fixtures/tables/fresh41';
import { fresh42Tables } from '../fixtures/tables/fresh42';
import { fresh43Tables } from '../fixtures/tables/fresh43';
import { fresh44Tables } from '../fixtures/tables/fresh44';
import { fresh45Tables } from '../fixtures/tables/fresh45';
import { fresh46Tables } from '../fixtures/tables/fresh46';
import { fresh47Tables } from '../fixtures/tables/fresh47';
import { fresh48Tables } from '../fixtures/tables/fresh48';
import { fresh49Tables } from '../fixtures/tables/fresh49';
import { fresh50Tables } from '../fixtures/tables/fresh50';
import { fresh51Tables } from '../fixtures/tables/fresh51';
import { fresh52Tables } from '../fixtures/tables/fresh52';
import { fresh53Tables } from '../fixtures/tables/fresh53';
import { fresh54Tables } from '../fixtures/tables/fresh54';
import { fresh55Tables } from '../fixtures/tables/fresh55';
import { realTables } from '../fixtures/tables/real';

/**
 * 从当前表导入 on every real table (the eighteen and every round found after), as a clerk keeps it (台账): each
 * clause the draft asks the user to look at can be turned, in the correction form, into each kind of rule
 * from the numbers the form starts with, and the rubric then loads — no flag needs the JSON edited.
 */

const sets = [
  ['real', realTables],
  ['fresh', freshTables],
  ['fresh2', fresh2Tables],
  ['fresh3', fresh3Tables],
  ['fresh4', fresh4Tables],
  ['fresh5', fresh5Tables],
  ['fresh6', fresh6Tables],
  ['fresh7', fresh7Tables],
  ['fresh8', fresh8Tables],
  ['fresh9', fresh9Tables],
  ['fresh10', fresh10Tables],
  ['fresh11', fresh11Tables],
  ['fresh12', fresh12Tables],
  ['fresh13', fresh13Tables],
  ['fresh14', fresh14Tables],
  ['fresh15', fresh15Tables],
  ['fresh16', fresh16Tables],
  ['fresh17', fresh17Tables],
  ['fresh18', fresh18Tables],
  ['fresh19', fresh19Tables],
  ['fresh20', fresh20Tables],
  ['fresh21', fresh21Tables],
  ['fresh22', fresh22Tables],
  ['fresh23', fresh23Tables],
  ['fresh24', fresh24Tables],
  ['fresh25', fresh25Tables],
  ['fresh26', fresh26Tables],
  ['fresh27', fresh27Tables],
  ['fresh28', fresh28Tables],
  ['fresh29', fresh29Tables],
  ['fresh30', fresh30Tables],
  ['fresh31', fresh31Tables],
  ['fresh32', fresh32Tables],
  ['fresh33', fresh33Tables],
  ['fresh34', fresh34Tables],
  ['fresh35', fresh35Tables],
  ['fresh36', fresh36Tables],
  ['fresh37', fresh37Tables],
  ['fresh38', fresh38Tables],
  ['fresh39', fresh39Tables],
  ['fresh40', fresh40Tables],
  ['fresh41', fresh41Tables],
  ['fresh42', fresh42Tables],
  ['fresh43', fresh43Tables],
  ['fresh44', fresh44Tables],
  ['fresh45', fresh45Tables],
  ['fresh46', fresh46Tables],
  ['fresh47', fresh47Tables],
  ['fresh48', fresh48Tables],
  ['fresh49', fresh49Tables],
  ['fresh50', fresh50Tables],
  ['fresh51', fresh51Tables],
  ['fresh52', fresh52Tables],
  ['fresh53', fresh53Tables],
  ['fresh54', fresh54Tables],
  ['fresh55', fresh55Tables],
] as const;

const drafts = async (): Promise<[string, Draft][]> => {
  const out: [string, Draft][] = [];
  for (const [set, tables] of sets)
    for (const t of tables) {
      const r = importTable(readTable(await readBook(`${__dirname}/../fixtures/tables/${set}/${t.id}.xlsx`), '台账'));
      if (!r.ok) continue;
      r.blocks.forEach((b, k) =>
        out.push([`${set}/${t.id}${r.blocks.length > 1 ? `#${k + 1}` : ''}`, startDraft(b, '台账')]),
      );
    }
  return out;
};

/** Every clause to look at corrected to `kind`, from the form's starting numbers. */
const correctAll = (d: Draft, kind: CorrectionKind): Draft =>
  d.clauses.filter(needsLook).reduce((acc, c) => {
    const points = c.points > 0 ? c.points : 1;
    return correct(acc, c.item, c.clause, startingCorrection(kind, { text: c.text, points }), points);
  }, d);

describe('the correction form on every real table', () => {
  let all: [string, Draft][];
  beforeAll(async () => {
    all = await drafts();
  });

  it('reads them all, with clauses to look at', () => {
    console.log(
      `${all.length} tables, ${all.flatMap(([, d]) => d.clauses.filter(needsLook)).length} clauses to look at`,
    );
    expect(all.length).toBeGreaterThan(70);
    expect(all.flatMap(([, d]) => d.clauses.filter(needsLook)).length).toBeGreaterThan(200);
  });

  it.each(correctionKinds.map((k) => [k]))('turns every clause to look at into %s, and the rubric loads', (kind) => {
    const failed: string[] = [];
    for (const [name, d] of all) {
      const fixed = correctAll(d, kind);
      expect(fixed.clauses.filter(needsLook)).toEqual([]);
      const f = finish(fixed);
      if (!f.ok) failed.push(`${name}: ${f.problems.join('；')}`);
    }
    expect(failed).toEqual([]);
  });
});
