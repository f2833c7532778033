import { parseUnitList } from '../../src/books/new';

describe('units as people give them (kaohe new --units, the web page)', () => {
  it('takes commas, lines and a class after a colon or a tab', () => {
    const r = parseUnitList('甲镇:二类,乙镇\n丙镇：一类\r\n丁镇\t二类\n\n戊镇、己镇', ['一类', '二类'], '一类');
    expect(r.problems).toEqual([]);
    expect(r.units).toEqual([
      { unit: '甲镇', cls: '二类' },
      { unit: '乙镇', cls: '一类' },
      { unit: '丙镇', cls: '一类' },
      { unit: '丁镇', cls: '二类' },
      { unit: '戊镇', cls: '一类' },
      { unit: '己镇', cls: '一类' },
    ]);
  });
  it('names a class the rubric does not have', () => {
    const r = parseUnitList('甲镇:三类', ['一类', '二类']);
    expect(r.problems).toEqual([
      { code: 'units-class-unknown', params: { unit: '甲镇', cls: '三类', options: '一类/二类' } },
    ]);
  });
  it('keeps names with spaces and brackets whole', () => {
    expect(parseUnitList('会龙山街道 东塘村\n甲镇（一片）', []).units).toEqual([
      { unit: '会龙山街道 东塘村' },
      { unit: '甲镇（一片）' },
    ]);
  });
});
