// Serves the task pane over https on https://localhost:3000 with office-addin-dev-certs' trusted
// localhost certificate (installed on first run), then tells how to load the add-in: sideloads
// into desktop Excel on Windows/macOS (office-addin-debugging if present), and on Linux prints how
// to upload manifest.xml into Excel on the web. `npm start -- --local-office-js` serves office.js
// from the build (dist/office-js/) as an intranet package does, instead of Microsoft's CDN.
import { spawn } from 'node:child_process';
import { platform } from 'node:os';
import { resolve } from 'node:path';
import devCerts from 'office-addin-dev-certs';

const root = resolve(import.meta.dirname ?? '.', '..');
const options = await httpsOptions();

/**
 * office-addin-dev-certs makes a localhost certificate and installs its CA in the system store. Where
 * it cannot install (Linux without sudo, a locked-down PC) the files are still made: serve with them
 * and say how to trust the CA by hand, rather than stop.
 */
async function httpsOptions() {
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (e) {
    const { readFileSync, existsSync } = await import('node:fs');
    const { homedir } = await import('node:os');
    const dir = resolve(homedir(), '.office-addin-dev-certs');
    const file = (name) => resolve(dir, name);
    if (!existsSync(file('localhost.key'))) await devCerts.generateCertificates();
    console.warn(`Could not install the development CA (${e.message.split('\n')[0]}).`);
    console.warn(`Serving anyway; to trust it, import ${file('ca.crt')} into your browser or system store.`);
    return { key: readFileSync(file('localhost.key')), cert: readFileSync(file('localhost.crt')), ca: readFileSync(file('ca.crt')) };
  }
}
const { default: webpack } = await import('webpack');
const { default: WebpackDevServer } = await import('webpack-dev-server');
const { createRequire } = await import('node:module');
const require = createRequire(import.meta.url);
const localOfficeJs = process.argv.includes('--local-office-js');
// The task pane and the web page (https://localhost:3000/web.html); the server's settings are the pane's.
const configs = require(resolve(root, 'webpack.config.js'))(localOfficeJs ? { localOfficeJs: true } : {}, { mode: 'development' });
const server = new WebpackDevServer(
  { ...configs[0].devServer, server: { type: 'https', options: { key: options.key, cert: options.cert, ca: options.ca } }, headers: { 'Access-Control-Allow-Origin': '*' } },
  webpack(configs),
);
await server.start();
const manifest = resolve(root, 'manifest.xml');
console.log(`\n考核计分助手 serving https://localhost:3000/taskpane.html (office.js from ${localOfficeJs ? 'dist/office-js/' : "Microsoft's CDN"})`);
if (platform() === 'linux') {
  console.log(`
No desktop Excel here. To try the add-in in Excel on the web:
  1. Open a workbook at https://www.office.com (OneDrive) in Excel on the web.
  2. 开始 (Home) → 加载项 (Add-ins) → 更多加载项 / More Add-ins → 我的加载项 (My Add-ins)
     → 上传我的加载项 (Upload My Add-in), or Insert → Add-ins → Upload My Add-in.
  3. Choose ${manifest} and click Upload. The 计分助手 button appears on the Home tab.
  The browser must trust the dev certificate: open https://localhost:3000/taskpane.html once and accept it
  (office-addin-dev-certs installs it in the system store; Firefox keeps its own).`);
} else {
  const bin = resolve(root, 'node_modules/.bin/office-addin-debugging');
  console.log('Sideloading into desktop Excel…');
  const child = spawn(bin, ['start', manifest, 'desktop', '--app', 'excel', '--no-debug', '--dev-server-port', '3000'], { stdio: 'inherit', shell: platform() === 'win32' });
  child.on('error', () =>
    console.log(`office-addin-debugging is not installed: sideload by hand — Excel → 开始 → 加载项 → 我的加载项 → 上传 ${manifest}`),
  );
}
