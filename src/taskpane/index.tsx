import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { createOfficePort } from '../adapters/office/port';
import { App } from './App';
import css from './taskpane.css';

/** Starts the pane once Office is ready; the Excel calls all live in the office adapter. */
function start(): void {
  const el = document.getElementById('root');
  if (!el) return;
  const style = document.createElement('style');
  style.textContent = css;
  document.head.appendChild(style);
  const lang = /^en/i.test(Office.context?.displayLanguage ?? 'zh-CN') ? 'en' : 'zh';
  createRoot(el).render(
    <FluentProvider theme={webLightTheme}>
      <App port={createOfficePort({ onError: (e) => console.error(e) })} initialLang={lang} />
    </FluentProvider>,
  );
}

// legacy.js has already explained itself where this bundle cannot run.
if (!(window as { __kaoheLegacy?: boolean }).__kaoheLegacy) void Office.onReady(() => start());
