// The web page (issue 16), built beside the task pane by webpack.config.js:
// - dist/web.html and web.[hash].js: the page to serve from an intranet address. What the page
//   does on files (src/web/ops.ts, the command line's src/books) and ExcelJS's browser build are
//   chunks of their own (web-ops.*.js, web-exceljs.*.js), loaded on the first file; the importer
//   (web-import.*.js) when asked for.
// - dist/kaohe-web.html: the same page as one self-contained file, every chunk inlined (webpack's
//   chunk loader finds them already there and fetches nothing), to open from a disk or USB stick.
// Built for the browsers those offices have: Chromium 80 (360, 奇安信, domestic Linux desktops)
// and current Firefox ESR. ES2020 is the syntax both parse; esbuild lowers everything to it, the
// packages from node_modules included (test/web/target.test.ts parses the result as ES2020).
const HtmlWebpackPlugin = require('html-webpack-plugin');

const WEB_TARGET = ['es2020', 'chrome80', 'firefox115'];
const SINGLE_FILE = 'kaohe-web.html';
/** Files of the web build (the task pane's build keeps them when it cleans dist/). */
const isWebFile = (f) => /^web[.-]/.test(f) || f === SINGLE_FILE;

/** Writes the page with every script of the build inlined, for use with no server (file://). */
class SingleFilePlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('SingleFilePlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'SingleFilePlugin', stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        (assets) => {
          const html = assets['web.html']?.source().toString();
          if (!html) return;
          const entry = new Set([...compilation.entrypoints.get('web').getFiles()]);
          const js = Object.keys(assets).filter((f) => f.endsWith('.js'));
          // Chunks first (they wait in webpack's global array), the entry with the runtime last.
          const order = [...js.filter((f) => !entry.has(f)), ...js.filter((f) => entry.has(f))];
          // Inline, "</script" would end the element: written "<\/script", the same string in JS.
          // "<!--" would put the HTML parser in a state where "<script" inside a string matters.
          const inline = order
            .map((f) => {
              const js = assets[f].source().toString();
              if (js.includes('<!--')) throw new Error(`${f} holds "<!--": it cannot be inlined safely`);
              return `<script>${js.replace(/<\/(script)/gi, '<\\/$1')}</script>`;
            })
            .join('\n');
          // Replaced through functions: "$&" and "$'" in the scripts are not replacement patterns.
          const page = html
            .replace(/<script\b[^>]*\bsrc=[^>]*><\/script>/g, () => '')
            .replace('</body>', () => `${inline}\n</body>`);
          // Made of minimized scripts: no minimizer is to take the page for a script.
          compilation.emitAsset(SINGLE_FILE, new sources.RawSource(page), { minimized: true });
        },
      );
    });
  }
}

/**
 * The web page's webpack config; `outPath` as the task pane's. The page loads nothing from the
 * network but its own files.
 */
function webConfig({ prod, outPath }) {
  return {
    name: 'web',
    mode: prod ? 'production' : 'development',
    devtool: prod ? false : 'eval-source-map',
    target: ['web', 'es2020'],
    entry: { web: './src/web/index.tsx' },
    output: {
      path: outPath,
      filename: prod ? 'web.[contenthash:8].js' : 'web.js',
      chunkFilename: prod ? 'web-[name].[contenthash:8].js' : 'web-[name].js',
      // Chunks load from beside the page; never worked out from a script's src (the single file has none).
      publicPath: '',
      clean: { keep: (f) => !isWebFile(f) },
    },
    resolve: {
      extensions: ['.tsx', '.ts', '.js'],
      // The page hands ExcelJS's browser build to the adapter (provideExcelJS); the Node build never comes in.
      alias: { exceljs$: false },
    },
    module: {
      // Already a bundle of its own (UMD, ES5): taken as it is.
      noParse: /exceljs[\\/]dist[\\/]exceljs\.min\.js$/,
      rules: [
        { test: /\.tsx?$/, loader: 'esbuild-loader', options: { target: WEB_TARGET, jsx: 'automatic' } },
        {
          test: /\.m?js$/,
          include: /node_modules/,
          exclude: /exceljs[\\/]dist/,
          loader: 'esbuild-loader',
          options: { target: WEB_TARGET },
        },
        { test: /\.css$/, type: 'asset/source' },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'web.html',
        template: './src/web/web.html',
        chunks: ['web'],
        scriptLoading: 'defer',
      }),
      new SingleFilePlugin(),
    ],
    performance: {
      maxEntrypointSize: 900_000,
      maxAssetSize: 2_500_000,
      hints: prod ? 'warning' : false,
      assetFilter: (name) => /\.js$/.test(name) && !/exceljs/.test(name),
    },
  };
}

module.exports = { webConfig, isWebFile, WEB_TARGET, SINGLE_FILE };
