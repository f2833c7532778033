import { MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import type { PortSupport } from '../../app/port';
import type { Strings } from '../i18n';

/**
 * What this Excel can do, in plain words: nothing but this explanation below ExcelApi 1.4, no
 * inserting below 1.8, no checks as you type below 1.7, and which newer features are missing.
 */
export function SupportNote({ t, support }: { t: Strings; support: PortSupport }): JSX.Element | null {
  const features = support.missing.flatMap((m) => (t.features[m] ? [t.features[m]] : []));
  const notes: { intent: 'error' | 'warning' | 'info'; text: string }[] = [];
  if (!support.canRead) notes.push({ intent: 'error', text: t.cannotRead });
  else {
    if (!support.canInsert) notes.push({ intent: 'warning', text: t.cannotInsert });
    if (!support.liveChecks) notes.push({ intent: 'info', text: t.noLiveChecks });
    if (support.canInsert && features.length > 0) notes.push({ intent: 'info', text: t.missing(features.join('；')) });
  }
  if (notes.length === 0) return null;
  return (
    <div className="stack" data-testid="support">
      {notes.map((n) => (
        <MessageBar key={n.text} intent={n.intent} layout="multiline">
          <MessageBarBody>{n.text}</MessageBarBody>
        </MessageBar>
      ))}
    </div>
  );
}

/** Which Office versions run the add-in and what each gets (Microsoft's requirement-set table). */
export function VersionNote({ t }: { t: Strings }): JSX.Element {
  return (
    <details className="versions" data-testid="versions">
      <summary>
        <Text size={200}>{t.versions}</Text>
      </summary>
      <ul className="notes">
        {t.versionLines.map((line) => (
          <li key={line}>
            <Text size={200}>{line}</Text>
          </li>
        ))}
      </ul>
    </details>
  );
}
