import { formulaMeaning, sameFormula } from '../../src/core/formula/meaning';
import { excelSpelling } from '../helpers/excel-spelling';

/**
 * Formulas are compared by meaning: every way Excel, WPS and LibreOffice re-print an unchanged
 * formula is the same formula; every change to what it computes is caught.
 */
describe('formulas compared by meaning', () => {
  const planned = `=IF('会龙山街道 东塘村'!G9="","",ROUND(MAX(0,6-5*'会龙山街道 东塘村'!G9),2))`;

  test.each([
    ['quotes LibreOffice drops', `='东塘村'!C3+1`, '=东塘村!C3+1'],
    [
      'quotes kept on a name with a space',
      planned,
      `=IF('会龙山街道 东塘村'!G9="","",ROUND(MAX(0,6-5*'会龙山街道 东塘村'!G9),2))`,
    ],
    ['function case', '=IF(G21="是",2,0)', '=if(g21="是",2,0)'],
    ['spaces', '=MAX(0,6-5*F7)', '= MAX( 0 , 6 - 5 * F7 )'],
    ['$ anchors', '=RANK(C5,$C$5:$C$9)', '=RANK(C5,C5:C9)'],
    ['_xlfn. prefix', '=IFS(A1>1,2)', '=_xlfn.IFS(A1>1,2)'],
    ['number spelling', '=ROUND(A1*0.5,2)', '=ROUND(A1*.50,2.0)'],
    ['sheet name case', '=甲镇!A1+Sheet1!B2', '=甲镇!A1+SHEET1!B2'],
    ['range with its sheet twice', `=SUM('甲镇'!A1:B2)`, '=SUM(甲镇!A1:甲镇!B2)'],
    ['logical case', '=IF(A1,TRUE,FALSE)', '=IF(A1,true,false)'],
    ['redundant parentheses', '=(A1+B1)*2', '=((A1+B1))*2'],
    ['full-width brackets in a sheet name', `='甲镇（二类）'!C3`, '=甲镇（二类）!C3'],
    ['a name LibreOffice leaves bare though it starts with digits', `='3号村'!C3+'A1村'!J10`, '=3号村!C3+A1村!J10'],
    ['bare names inside a function and a range', `=SUM('3号村'!A1:B2,'12组'!C3)`, '=SUM(3号村!A1:B2,12组!C3)'],
  ])('%s: the same', (_why, a, b) => {
    expect(sameFormula(b, a)).toBe(true);
  });

  test.each([
    ['a reference', '=MAX(0,6-5*F7)', '=MAX(0,6-5*F8)'],
    ['a sheet', '=东塘村!C3', '=白若村!C3'],
    ['an operator', '=MAX(0,6-5*F7)', '=MAX(0,6+5*F7)'],
    ['a number', '=MAX(0,6-5*F7)', '=MAX(0,6-0.5*F7)'],
    ['a function', '=MAX(0,6-5*F7)', '=MIN(0,6-5*F7)'],
    ['a text', '=IF(G21="是",2,0)', '=IF(G21="否",2,0)'],
    ['operator precedence', '=(A1+B1)*2', '=A1+B1*2'],
    ['a percent sign', '=F7', '=F7%'],
    ['an argument dropped', '=ROUND(A1,2)', '=ROUND(A1)'],
    ['a deleted sheet (#REF!)', '=东塘村!C3', '=#REF!C3'],
    ['a constant typed as a formula', '=MAX(0,6-5*F7)', '=6'],
    ['a bare sheet name', `='3号村'!C3`, '=13号村!C3'],
    ['a string that looks like a reference', '=IF(A1="甲!",1,0)', `=IF(A1="'甲'!",1,0)`],
  ])('%s changed: caught', (_why, a, b) => {
    expect(sameFormula(b, a)).toBe(false);
  });

  test('a text Excel could not read has no meaning, and is never the same as anything', () => {
    expect(formulaMeaning('=SUM(#REF!)')).toBeNull();
    expect(sameFormula('=SUM(#REF!)', '=SUM(#REF!A1)')).toBe(false);
  });

  test('the Excel spelling of a formula is read as the same formula', () => {
    const cases = [
      planned,
      `='甲镇'!C3+'乙 镇'!C3`,
      '=if(a1>=90,"优秀",if(a1>=80,"良好","合格"))',
      `=SUMPRODUCT(('东塘村'!$G$7:$G$9="是")*2)`,
    ];
    for (const f of cases) {
      const excel = excelSpelling(f);
      expect(sameFormula(excel, f)).toBe(true);
    }
    expect(excelSpelling(`='甲镇'!c3+'乙 镇'!C3+if(true,1.50,0)`)).toBe(`=甲镇!C3+'乙 镇'!C3+IF(TRUE,1.5,0)`);
  });
});
