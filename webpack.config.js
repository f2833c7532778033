// Production bundle of the task pane: dist/taskpane.html, taskpane.[hash].js, legacy.js, assets/,
// manifest.xml. Options (from `npm run build -- --base-url … --local-office-js`, see
// scripts/build.mjs, or `webpack --env baseUrl=… --env localOfficeJs`):
// - baseUrl: where the files will be served; every manifest URL is rewritten from the dev server's
//   https://localhost:3000/ to it. Default: the dev server.
// - localOfficeJs: copy office.js and the files it loads for Excel from @microsoft/office-js into
//   dist/office-js/ and load it from there instead of Microsoft's CDN (for intranets that cannot
//   reach appsforoffice.microsoft.com). Default: the CDN, which store add-ins must use.
// - outDir: where to write (default dist/); `npm run package` builds elsewhere so dist/ stays the
//   dev build the tests use.
// The manifest's <Version> is always package.json's version, in Office's four-part form.
// The web page (dist/web.html, dist/kaohe-web.html) is a second config built beside it: webpack.web.js.
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { version } = require('./package.json');
const { webConfig, isWebFile } = require('./webpack.web.js');

const DEV_URL = 'https://localhost:3000/';
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OFFICE_JS_DIST = path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist');

/** package.json's x.y.z as Office's n.n.n.n. */
const manifestVersion = (v) => {
  const parts = v
    .split(/[.+-]/)
    .slice(0, 4)
    .filter((p) => /^\d+$/.test(p));
  while (parts.length < 4) parts.push('0');
  return parts.join('.');
};

/** A base URL as the manifest needs it: https, ending in a slash. */
function normalizeBaseUrl(raw) {
  const s = String(raw).trim();
  let url;
  try {
    url = new URL(s);
  } catch {
    throw new Error(`--base-url ${s}: not a URL (expected e.g. https://intranet.example/kaohe/)`);
  }
  if (url.protocol !== 'https:') throw new Error(`--base-url ${s}: Office loads add-ins only over https`);
  if (url.search || url.hash) throw new Error(`--base-url ${s}: no query or fragment, please`);
  return url.href.replace(/\/?$/, '/');
}

/** The manifest for `baseUrl`: every dev-server URL rewritten, AppDomain the origin, version set. */
function rewriteManifest(text, baseUrl) {
  const origin = new URL(baseUrl).origin;
  return text
    .replace(/<!--[^]*?-->\s*/, `<!-- 考核计分助手 (kaohe) ${version}, built for ${baseUrl} -->\n`)
    .replace(/<Version>[^<]*<\/Version>/, `<Version>${manifestVersion(version)}</Version>`)
    .replace(/<AppDomain>https:\/\/localhost:3000\/?<\/AppDomain>/g, `<AppDomain>${origin}</AppDomain>`)
    .split(DEV_URL)
    .join(baseUrl);
}

/** help.html, the manifest's SupportUrl and LearnMoreUrl: static, no script, readable anywhere. */
const helpPage = () => `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>考核计分助手 帮助</title>
<style>body{font-family:'Microsoft YaHei',SimSun,sans-serif;max-width:40em;margin:1em auto;padding:0 1em;line-height:1.7}code{background:#f3f3f3;padding:0 .2em}</style>
</head><body>
<h1>考核计分助手 ${version}</h1>
<p>在 Excel 的“开始”选项卡点击“计分助手”，选择考核细则，输入各单位名称，插入计分表和汇总表；录入时窗格列出问题，点击即可定位到单元格；“检查全部”重新检查整个工作簿。</p>
<p>总分、等次和排名都是工作表里的公式，没有安装本助手的电脑（Excel 2010 及以上、WPS）打开工作簿也能计算和检查录入。</p>
<p>如果窗格显示“无法在此版本的 Office 中运行”：请升级到 Microsoft 365 或 Office 2021 及以上版本并安装 Microsoft Edge WebView2 运行时；在此之前可以使用工作簿本身的数据有效性和公式，或 <code>kaohe</code> 命令行。</p>
<p>安装、更新和问题排查请联系本单位的信息化管理员（见安装包中的《安装说明.md》）。</p>
<hr><p lang="en">Kaohe scoring assistant ${version}: open it from Home → Scoring pane. Totals, grades and ranks are formulas in the workbook itself. If the pane says this Office cannot run it, upgrade to Microsoft 365 or Office 2021+ with the WebView2 runtime, or use the workbook's own checks and the kaohe command line.</p>
</body></html>
`;

/** The files office.js loads for Excel: host scripts, locale strings, telemetry and auth helpers. */
function officeJsPatterns() {
  const nonDebug = (f) => !/\.debug\.js$/.test(f) && !/vsdoc/.test(f);
  return [
    {
      from: '*.js',
      context: OFFICE_JS_DIST,
      to: 'office-js/[name][ext]',
      info: { minimized: true }, // already minified by Microsoft; terser would take a minute
      filter: (f) => {
        const name = path.basename(f);
        return nonDebug(name) && /^(office|o15apptofilemappingtable|es6-promise|excel[^/]*)\.js$/.test(name);
      },
    },
    {
      from: '{telemetry,ariatelemetry,webauth}/*.js',
      context: OFFICE_JS_DIST,
      to: 'office-js/[path][name][ext]',
      info: { minimized: true },
      filter: (f) => nonDebug(path.basename(f)),
    },
    {
      from: '*/office_strings.js',
      context: OFFICE_JS_DIST,
      to: 'office-js/[path][name][ext]',
      info: { minimized: true },
    },
    { from: path.join(OFFICE_JS_DIST, '..', 'LICENSE.md'), to: 'office-js/LICENSE.md' },
  ];
}

module.exports = (env = {}, argv = {}) => {
  const prod = argv.mode !== 'development';
  const baseUrl = env.baseUrl ? normalizeBaseUrl(env.baseUrl) : DEV_URL;
  const localOfficeJs = env.localOfficeJs === true || env.localOfficeJs === 'true';
  const outPath = env.outDir ? path.resolve(String(env.outDir)) : path.resolve(__dirname, 'dist');
  return [paneConfig({ prod, baseUrl, localOfficeJs, outPath }), webConfig({ prod, outPath })];
};

/** The task pane's config. */
function paneConfig({ prod, baseUrl, localOfficeJs, outPath }) {
  return {
    name: 'taskpane',
    mode: prod ? 'production' : 'development',
    devtool: prod ? false : 'eval-source-map',
    entry: { taskpane: './src/taskpane/index.tsx' },
    output: {
      path: outPath,
      filename: prod ? '[name].[contenthash:8].js' : '[name].js',
      // The CLI bundle (kaohe.cjs) and the web page's files live in dist/ too; keep them.
      clean: { keep: (f) => /kaohe\.cjs$/.test(f) || isWebFile(f) },
    },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [
        { test: /\.tsx?$/, loader: 'esbuild-loader', options: { target: 'es2019', jsx: 'automatic' } },
        { test: /\.css$/, type: 'asset/source' },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        scriptLoading: 'defer',
        officeJs: localOfficeJs ? 'office-js/office.js' : OFFICE_JS_CDN,
      }),
      new HtmlWebpackPlugin({ filename: 'help.html', templateContent: helpPage(), inject: false, minify: false }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'src/taskpane/legacy.js', to: 'legacy.js' },
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => rewriteManifest(content.toString('utf8'), baseUrl),
          },
          ...(localOfficeJs ? officeJsPatterns() : []),
        ],
      }),
    ],
    performance: {
      maxEntrypointSize: 900_000,
      maxAssetSize: 900_000,
      hints: prod ? 'warning' : false,
      assetFilter: (name) => !name.startsWith('office-js/') && /\.(js|css)$/.test(name),
    },
    devServer: { static: path.resolve(__dirname, 'dist'), port: 3000, hot: false },
  };
}

module.exports.manifestVersion = manifestVersion;
module.exports.normalizeBaseUrl = normalizeBaseUrl;
module.exports.rewriteManifest = rewriteManifest;
module.exports.DEV_URL = DEV_URL;
