import { fresh7Tables } from '../../fixtures/tables/fresh7';
import { describeRealTables } from './describe';

/**
 * Eight more real tables nobody here had seen (tables/fresh7), each as given (原表) and as a clerk keeps
 * it (台账), found after the fixes for tables/fresh6 and the flag review: the measure of those fixes on
 * tables they were not made for.
 *
 * FIRST CONTACT (run once at commit 543c426, before any change for them; every line as printed is in
 * fresh7-first-contact.txt): 16 sheets, 14 imported, 4 with the layout right; items 55/80 right, 41 extra;
 * clauses 147: 35 right, 48 flagged (33%), **50 misread (34%)**, 14 not imported. 40 of the 50 misreads
 * are one table (wenhua 文化示范村: a points cell merged over several demands under a merged name, each
 * demand read as an item of the whole points); shenji (审计) was not imported (…制度;5分 points closing each
 * demand not read); fupin (扶贫资金) lost rows under garbled numbering (J, %1); xinxi read 参加一次 as 加1.
 *
 * The fixes (general): rows under one name whose points cell is merged with it as one item (a last row cut
 * before its points joins them), one typed score where the table has no rules; a headless column read
 * merged; …制度;5分 closing a demand as its points, and a title (…情况。20分) over numbered rows as a
 * heading with its points; 参加一次 no 加N分; words under 考核对象 however short, and a paragraph saying only
 * 总分设置4分, named not read (the total kept); 最高10分 in a bonus block's points cell as its limit;
 * numbering as scans garble it (J / l for 1、, %1 for ①); 每篇2分 no demand list; a title leading nothing
 * no title.
 *
 * AFTER (all eight): 16 sheets, 16 imported, 12 with the layout right; items 76/80; clauses 106: 60 right,
 * 46 flagged (43%), 0 misread.
 *
 * Then (a later session) the two left out, each a general fix: fupin — (0・5分), a middle dot for the
 * decimal point, read as 0.5, and a row with no points of its own whose parts all state theirs and read
 * plainly is worth their sum (said in a warning); gongce — 考核项目 spanning 大项 | 细项 before a 考核要点
 * of whole sentences on every row: the 考核要点 is what is required, the 细项 names the item (it was
 * named by the 考核要点 on the clerk's sheet), and a lapse that costs more than its row (扣3分 on 2) is
 * said in a warning. Before them, fupin's 项目管理 was already read (total 40). All eight are in.
 */
describeRealTables('fresh7', fresh7Tables, 'fresh7');
