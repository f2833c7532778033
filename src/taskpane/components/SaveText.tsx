import { Button, Text, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import type { Strings } from '../i18n';

/**
 * Saving where the webview cannot download a file (Office for Mac's WKWebView ignores a Blob
 * download: OfficeDev/office-js#2700, "by design"): the file's text, selected for copying, with
 * the name to save it under. Nothing leaves the machine.
 */
export function SaveText({ t, name, text }: { t: Strings; name: string; text: string }): JSX.Element {
  const [copied, setCopied] = useState(false);
  const copy = (): void => {
    void navigator.clipboard?.writeText(text).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };
  return (
    <div className="stack" data-testid="save-text">
      <Text size={200}>{t.saveText(name)}</Text>
      <Textarea
        readOnly
        resize="vertical"
        value={text}
        onFocus={(e) => e.currentTarget.select()}
        aria-label={name}
        data-testid="save-text-body"
      />
      <Button size="small" onClick={copy}>
        {copied ? t.copied : t.copy}
      </Button>
    </div>
  );
}
