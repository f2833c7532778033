/** ExcelJS's browser build (UMD): the library as `exceljs` types it. */
declare module 'exceljs/dist/exceljs.min.js' {
  import type ExcelJS from 'exceljs';
  const lib: typeof ExcelJS;
  export default lib;
}
