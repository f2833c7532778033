import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { Reattached } from '../../app/reattach';
import type { Strings } from '../i18n';

/** Says that the pane picked up a workbook made earlier, or why it could not. */
export function ReattachNote({ t, r }: { t: Strings; r: Reattached | undefined }): JSX.Element | null {
  if (!r?.found) return null;
  if (!r.ok) {
    return (
      <MessageBar intent="warning" layout="multiline" data-testid="reattach">
        <MessageBarBody>{t.storeBroken(r.detail)}</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent={r.differsFromBuiltin ? 'warning' : 'info'} layout="multiline" data-testid="reattach">
      <MessageBarBody>
        {t.reattached(r.builtin.rubric.title, r.sheets.length)}
        {r.differsFromBuiltin ? `。${t.reattachDiffers}` : ''}
      </MessageBarBody>
    </MessageBar>
  );
}
