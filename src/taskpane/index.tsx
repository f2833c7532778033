import { FluentProvider, MessageBar, MessageBarBody, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { createOfficePort } from '../adapters/office/port';
import { App } from './App';
import { strings } from './i18n';
import css from './taskpane.css';
import { version } from '../version';

/** Styles and a React root in #root, or nothing where the page has no root. */
function mount(): ReturnType<typeof createRoot> | undefined {
  const el = document.getElementById('root');
  if (!el) return undefined;
  const style = document.createElement('style');
  style.textContent = css;
  document.head.appendChild(style);
  return createRoot(el);
}

/**
 * Opened in a browser rather than in Excel (as the install guide suggests, to check the server):
 * say so plainly, with the version, instead of failing on the first Excel call.
 */
function notInExcel(lang: 'zh' | 'en'): void {
  const t = strings(lang);
  mount()?.render(
    <FluentProvider theme={webLightTheme}>
      <main className="pane" data-testid="not-in-excel">
        <h1>{t.title}</h1>
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t.notInExcel}</MessageBarBody>
        </MessageBar>
        <p>{t.version(version)}</p>
      </main>
    </FluentProvider>,
  );
}

/** Starts the pane once Office is ready; the Excel calls all live in the office adapter. */
function start(host: unknown): void {
  const lang = /^en/i.test(Office.context?.displayLanguage ?? navigator.language ?? 'zh-CN') ? 'en' : 'zh';
  if (host !== Office.HostType.Excel || typeof Excel === 'undefined') return notInExcel(lang);
  mount()?.render(
    <FluentProvider theme={webLightTheme}>
      <App port={createOfficePort({ onError: (e) => console.error(e) })} initialLang={lang} />
    </FluentProvider>,
  );
}

// legacy.js has already explained itself where this bundle cannot run. Without office.js at all
// (not reachable from this network), the page still says what it is.
if (!(window as { __kaoheLegacy?: boolean }).__kaoheLegacy) {
  if (typeof Office === 'undefined') notInExcel(/^en/i.test(navigator.language) ? 'en' : 'zh');
  else void Office.onReady((info) => start(info.host));
}
