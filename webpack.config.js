// Production bundle of the task pane: dist/taskpane.html, taskpane.[hash].js, legacy.js, assets/,
// manifest.xml. `--env baseUrl=https://host/path/` rewrites the manifest's dev-server URLs.
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_URL = 'https://localhost:3000/';
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

module.exports = (env = {}, argv = {}) => {
  const prod = argv.mode !== 'development';
  const baseUrl = env.baseUrl ? String(env.baseUrl).replace(/\/?$/, '/') : DEV_URL;
  return {
    mode: prod ? 'production' : 'development',
    devtool: prod ? false : 'eval-source-map',
    entry: { taskpane: './src/taskpane/index.tsx' },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: prod ? '[name].[contenthash:8].js' : '[name].js',
      // The CLI bundle (kaohe.cjs) lives in dist/ too; keep it.
      clean: { keep: /kaohe\.cjs$/ },
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
        officeJs: OFFICE_JS,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'src/taskpane/legacy.js', to: 'legacy.js' },
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => content.toString('utf8').split(DEV_URL).join(baseUrl).split(DEV_URL.slice(0, -1)).join(baseUrl.replace(/\/$/, '')),
          },
        ],
      }),
    ],
    performance: { maxEntrypointSize: 900_000, maxAssetSize: 900_000, hints: prod ? 'warning' : false },
    devServer: { static: path.resolve(__dirname, 'dist'), port: 3000, hot: false },
  };
};
