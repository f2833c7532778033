// Bundles the command line into one file (dist/kaohe.cjs) that runs with plain Node.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli/main.ts'],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  outfile: 'dist/kaohe.cjs',
  logLevel: 'warning',
  // ExcelJS is large and has optional requires; keep it a real dependency.
  external: ['exceljs'],
  legalComments: 'none',
});
