/** 发文单位 of a notice when none is given (`kaohe notice`, the web page). */
export const DEFAULT_ISSUER = '考核工作领导小组办公室';
/** 整改时限: days after the later of 考核日期 and 发文日期, when none is given. */
export const DEFAULT_DAYS = 30;
