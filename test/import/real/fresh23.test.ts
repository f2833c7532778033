import { fresh23Tables } from '../../fixtures/tables/fresh23';
import { describeRealTables } from './describe';

/**
 * Eight more real tables (tables/fresh23: 服务员月度绩效, 小型农田水利重点县, 校外培训机构信用, 善治村, 设备管理,
 * 系学生会, 医院消防安全, 镇提升工程), each as given (原表) and as a clerk keeps it (台账), found after the fixes for
 * tables/fresh22 by two helpers who did not read the importer.
 *
 * FIRST CONTACT (run once at commit 001e3d1, before any change for them; every line as printed is in
 * fresh23-first-contact.txt): 16 sheets, 13 imported, 9 with the layout right; clauses 148: 71 right, 46 flagged
 * (31%), **10 misread (6.8%)**, 21 not imported. Refused: fuwuyuan 原表 (编号 | 题目: a form's questions, (满分5分) in
 * each) and xihui (条文 of a 百分制 that only deducts, its 100 said in 第一条). shebei (综合管理(共90分) over items whose
 * (5分) sit in the merged 考核项目 over rows of 1.1…扣1分) and yiyuanxiaofang (消防安全职责(12分) merged over rows that only
 * deduct) had their shared points split; nongshui's 分别得6分、4分和2分 ladders were read as one part of 4.
 *
 * The fixes (general; in the tables' words in fresh23-pieces.test.ts): an outer name with its points (设备制度管理(5分),
 * 消防安全职责(12分)) merged over rows that only take off — no points column, none of their own — is one item they
 * take from together (and the last such name over one row where the table stops, even cut before its rule);
 * 一综合管理(共90分) alone in the 序号 column is a numbered title; …直接判定为C (the grade settled) is a veto; 扣完2分为止 after each of two
 * sentences is each one's limit; …超过80%、70%和60%,…分别得6分、4分和2分 pairs each rate with its points; …本项指标
 * 不得分 is no rung of a ladder (a clause apart, flagged; its lapse, not 本项指标, is what it names); 题目 is a name head; 第一条 …实行“百分制”,…总分
 * 100分,在此基础上加减分 is the 起评分 the articles below take from. An empty clause text is never written (a cut row
 * says so).
 *
 * AFTER (all eight): 16 sheets, 16 imported, 16 with the layout right; clauses 150: 118 right, 30 flagged (20%),
 * 2 misread (nongshui 9:b on both sheets). In the suite (seven): 14/14; 130 clauses: 110 right, 20 flagged, 0 misread.
 *
 * 小型农田水利重点县 (nongshui), left out at first, is back (next session): …3、…计划未全部落实,本项指标不得分 after parts
 * that earn the row's 14 is a condition on the ladder (answered 否, its 6/4/2 is lost), no clause of its own; all
 * eight: 148 clauses, 120 right, 28 flagged, 0 misread.
 */
describeRealTables('fresh23', fresh23Tables, 'fresh23');
