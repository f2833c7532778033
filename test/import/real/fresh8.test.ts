import { fresh8Tables } from '../../fixtures/tables/fresh8';
import { describeRealTables } from './describe';

/**
 * Eight more real tables nobody here had seen (tables/fresh8: 妇联, 社区矫正, 社会救助, 控辍保学, 民兵, 人民调解,
 * 统战, 宣传), each as given (原表) and as a clerk keeps it (台账), found after fupin and gongce (tables/fresh7)
 * were put in the suite and rows.ts was split.
 *
 * FIRST CONTACT (run once at commit e2f1af4, before any change for them; every line as printed is in
 * fresh8-first-contact.txt): 16 sheets, 14 imported, 2 with the layout right; items 48/70 right, 14 extra;
 * clauses 146: 44 right, 64 flagged (44%), **18 misread (12%)**, 20 not imported. tiaojie (人民调解: one column
 * of paragraphs deducting from 考核基本分为IOO分) was not imported; tongzhan (统战: the rules in 备注, heads
 * 考核细目 | 细目分值) lost every row; fulian (妇联) took 考核对象:/考核原则:/考核程序: and its steps as items.
 *
 * The fixes (general): a numbered heading on how the assessment is run (考核对象:…, 考核原则, 考核方式,
 * 考核程序 …) and the steps under it named, not read, the total they state kept; …计2分。 leading a row as its
 * title and points; a row with no points that adds (加2分) a bonus, unless a title shares its points; a
 * titled heading over one paragraph cut off typed whole, the cut said; 备注 that scores as the rule where
 * no rule column does, 考核细目 / 细目分值 as heads; points whose bracket the copy lost (理论武装10分),
 * b10完成率(20 between rows (but …(30 as the table's last words is cut off there); a row whose deepest name
 * is empty named by the name it starts; a row of a number only (↑ | 5) named; an item with a name and
 * points only, where other rows score, typed and said; one column of paragraphs (条文) a table; 考核基本分为
 * IOO分 in the words before any item the base (IOO for 100), the cut row under it kept; parts that give more
 * than their row are no checklist of it; 有…计1分 then a count of something else and its shortfall flagged;
 * 执行好的给8-10分 (给 for 得) as bands.
 *
 * Judge and fixture (each symmetric, set after first contact): a row whose item the reader priced both ways
 * (党管武装(10分) | 30) and left its own points open is not "points for rows the table gives none" when the
 * part has the item's; nor a cut row under a heading the reader priced with nothing scorable under it
 * (2、救灾救济工作(10分)) when the part is that heading with its points; one row with points found alone of
 * an item whose other row is cut is the per-row reading (b12: c29 10 of 30); xuanchuan's loose row 5 made
 * exact (the key 5 alone is in every row's words); and (a later round) a threshold written as `target` where
 * the words say nothing scores below it (jiuzhu's 入户率100%, tongzhan's 每年学习4次以上) made `cutoff`. First
 * contact was recorded before these.
 *
 * AFTER (all eight): 16 sheets, 16 imported, 16 with the layout right; items 70/70; clauses 118: 68 right,
 * 50 flagged (42%), 0 misread.
 */
describeRealTables('fresh8', fresh8Tables, 'fresh8');
