// `npm run build [-- --base-url https://HOST/PATH/] [--local-office-js] [--mode development]`:
// builds the task pane into dist/ through webpack's Node API (webpack-cli refuses unknown flags).
// --base-url     where dist/ will be served; every URL in dist/manifest.xml points there
//                (default https://localhost:3000/, the dev server).
// --local-office-js  serve office.js from dist/office-js/ instead of Microsoft's CDN.
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** Builds dist/ (the task pane and the web page); resolves with webpack's stats or rejects with its errors. */
export async function buildAddin({ baseUrl, localOfficeJs = false, mode = 'production', outDir, quiet = false } = {}) {
  const { default: webpack } = await import('webpack');
  const makeConfig = require(resolve(root, 'webpack.config.js'));
  const env = {
    ...(baseUrl ? { baseUrl } : {}),
    ...(localOfficeJs ? { localOfficeJs: true } : {}),
    ...(outDir ? { outDir } : {}),
  };
  // The task pane and the web page, built side by side (webpack.config.js gives both).
  const config = [makeConfig(env, { mode })].flat().map((c) => ({ ...c, context: root }));
  const stats = await new Promise((ok, fail) => {
    const compiler = webpack(config);
    compiler.run((err, s) => compiler.close(() => (err ? fail(err) : ok(s))));
  });
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true, colors: false }));
  if (!quiet)
    console.log(
      stats.toString({
        colors: process.stdout.isTTY,
        modules: false,
        assets: true,
        chunks: false,
        excludeAssets: /^office-js\//,
      }),
    );
  return stats;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: {
      'base-url': { type: 'string' },
      'local-office-js': { type: 'boolean', default: false },
      mode: { type: 'string', default: 'production' },
    },
  });
  try {
    await buildAddin({ baseUrl: values['base-url'], localOfficeJs: values['local-office-js'], mode: values.mode });
    console.log(
      `dist/ built for ${values['base-url'] ?? 'https://localhost:3000/'}; office.js from ${values['local-office-js'] ? 'dist/office-js/ (local copy)' : "Microsoft's CDN"}`,
    );
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  }
}
