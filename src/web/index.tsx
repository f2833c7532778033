import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import paneCss from '../taskpane/taskpane.css';
import { App } from './App';
import css from './web.css';

/** Starts the page: no host to wait for, the language from the browser's. */
function start(): void {
  const el = document.getElementById('root');
  if (!el) return;
  const style = document.createElement('style');
  style.textContent = `${paneCss}\n${css}`;
  document.head.appendChild(style);
  // Chinese first: English only for a browser set to English.
  const lang = /^en/i.test(navigator.language || '') ? 'en' : 'zh';
  createRoot(el).render(
    <FluentProvider theme={webLightTheme}>
      <App initialLang={lang} />
    </FluentProvider>,
  );
}

start();
