/* Runs first, in any webview, as plain ES5. Volume-licensed Office 2016/2019 host add-ins in
   Internet Explorer 11 (Trident) or EdgeHTML, which cannot run the React pane: say so in plain
   Chinese instead of showing a blank pane. */
(function () {
  var ua = navigator.userAgent || '';
  var old =
    /Trident\/|MSIE |Edge\/\d/.test(ua) ||
    typeof Promise === 'undefined' ||
    typeof fetch === 'undefined' ||
    typeof Proxy === 'undefined' ||
    typeof Symbol === 'undefined' ||
    typeof Map === 'undefined';
  if (!old) return;
  window.__kaoheLegacy = true;
  function show() {
    var root = document.getElementById('root');
    if (!root) return;
    root.innerHTML =
      '<div style="font-family:\'Microsoft YaHei\',SimSun,sans-serif;font-size:14px;line-height:1.6;padding:12px">' +
      '<h1 style="font-size:16px;margin:0 0 8px">考核计分助手无法在此版本的 Office 中运行</h1>' +
      '<p>这台电脑的 Office 用的是旧的网页组件（Internet Explorer 或旧版 Edge），本助手的窗格无法显示。</p>' +
      '<p><b>仍然可以使用的：</b></p><ul style="padding-left:20px;margin:4px 0">' +
      '<li>已插入的计分表本身：公式会自动计算总分、等次和排名，录入格的数据有效性和颜色提示照常工作。</li>' +
      '<li>kaohe 命令行：在装有 Node.js 的电脑上运行 <code>kaohe new</code> 生成计分工作簿，<code>kaohe check</code> 检查填好的工作簿。</li>' +
      '</ul><p><b>如需使用窗格，请升级：</b>Microsoft 365 或 Office 2021 及以上版本（使用 WebView2 / 新版 Edge 组件），' +
      '并安装 Microsoft Edge WebView2 运行时；也可以在浏览器中使用网页版 Excel。</p>' +
      '<p style="color:#666">请联系单位的信息化管理员。</p></div>';
  }
  if (document.readyState === 'loading') {
    if (document.addEventListener) document.addEventListener('DOMContentLoaded', show);
    else window.attachEvent('onload', show);
  } else show();
})();
