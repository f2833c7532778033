/** What an action came to, said once under it: done, a refusal in words, or a fault of the tool. */
export type Outcome =
  | { readonly kind: 'done'; readonly text: string; readonly more?: readonly string[] }
  | { readonly kind: 'refused'; readonly lines: readonly string[] }
  | { readonly kind: 'failed'; readonly text: string };

/**
 * The outcome as a coloured block (a plain element, not Fluent's MessageBar: the page's first
 * script stays small, and a screen reader hears it as a status or an alert all the same).
 */
export function OutcomeBar({ outcome, testId }: { outcome: Outcome | undefined; testId: string }): JSX.Element | null {
  if (!outcome) return null;
  const lines =
    outcome.kind === 'done'
      ? [outcome.text, ...(outcome.more ?? [])]
      : outcome.kind === 'refused'
        ? outcome.lines
        : [outcome.text];
  return (
    <div className={`outcome ${outcome.kind}`} data-testid={testId} role={outcome.kind === 'done' ? 'status' : 'alert'}>
      {lines.map((l, i) => (
        <div key={i}>{l}</div>
      ))}
    </div>
  );
}
