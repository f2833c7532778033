#!/usr/bin/env node
'use strict';
// The command line is bundled to dist/kaohe.cjs by `npm ci` (the prepare script).
const path = require('node:path');
const fs = require('node:fs');
const bundle = path.join(__dirname, '..', 'dist', 'kaohe.cjs');
if (!fs.existsSync(bundle)) {
  process.stderr.write('kaohe 尚未构建：请先运行 npm ci 或 npm run build:cli\n');
  process.exit(2);
}
// A reader that stops early (kaohe … | head) is not an error.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(0);
});
require(bundle)
  .main(process.argv.slice(2))
  // exitCode, not exit(): exit() would cut off output still queued for a pipe (kaohe … --json | jq).
  .then((code) => {
    process.exitCode = code;
  });
