import { Button, MessageBar, MessageBarActions, MessageBarBody, ProgressBar, Text } from '@fluentui/react-components';
import type { Strings } from '../i18n';

export interface InsertPanelProps {
  readonly t: Strings;
  readonly disabled: boolean;
  /** 0..1 while writing, undefined otherwise. */
  readonly progress: number | undefined;
  readonly clashes: readonly string[];
  readonly done: string | undefined;
  readonly onInsert: () => void;
  readonly onReplace: () => void;
  readonly onCancel: () => void;
}

/** The insert button, its progress, and the question asked when sheet names are taken. */
export function InsertPanel(p: InsertPanelProps): JSX.Element {
  return (
    <div className="stack">
      <Button
        appearance="primary"
        disabled={p.disabled || p.progress !== undefined}
        onClick={p.onInsert}
        data-testid="insert"
      >
        {p.progress !== undefined ? p.t.inserting : p.t.insert}
      </Button>
      {p.progress !== undefined ? <ProgressBar value={p.progress} aria-label={p.t.inserting} /> : null}
      {p.clashes.length > 0 ? (
        <MessageBar intent="warning" layout="multiline" data-testid="clash">
          <MessageBarBody>{p.t.clash(p.clashes.join('、'))}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={p.onReplace}>
              {p.t.replace}
            </Button>
            <Button size="small" onClick={p.onCancel}>
              {p.t.cancel}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {p.done ? (
        <Text size={200} role="status">
          {p.done}
        </Text>
      ) : null}
    </div>
  );
}
