import { Button, Field, Input } from '@fluentui/react-components';
import { useState } from 'react';
import type { Strings } from '../i18n';

export interface PasswordPromptProps {
  readonly t: Strings;
  /** Excel refused the password given last time. */
  readonly wrong: boolean;
  readonly onPassword: (password: string) => void;
}

/**
 * Asked when 恢复公式 meets a sheet the user protected with a password: the password unlocks the
 * sheet for this one write and the sheet is protected again with it; the pane does not keep it.
 */
export function PasswordPrompt(p: PasswordPromptProps): JSX.Element {
  const [password, setPassword] = useState('');
  return (
    <form
      className="password"
      onSubmit={(e) => {
        e.preventDefault();
        if (password !== '') p.onPassword(password);
      }}
      data-testid="password-prompt"
    >
      <Field
        label={p.t.password}
        size="small"
        hint={p.t.passwordAsk}
        validationState={p.wrong ? 'error' : 'none'}
        {...(p.wrong ? { validationMessage: p.t.passwordWrong } : {})}
      >
        <Input
          size="small"
          type="password"
          value={password}
          onChange={(_e, v) => setPassword(v.value)}
          data-testid="password"
        />
      </Field>
      <Button size="small" type="submit" disabled={password === ''} data-testid="password-ok">
        {p.t.passwordOk}
      </Button>
    </form>
  );
}
