import type { KeyboardEvent } from 'react';

export interface TabsProps<T extends string> {
  readonly label: string;
  readonly tabs: readonly { readonly id: T; readonly text: string }[];
  readonly selected: T;
  readonly onSelect: (id: T) => void;
}

/**
 * The page's three tabs: plain buttons (Fluent's TabList weighs more than the page can spend on
 * its first script). Tab or the arrow keys move between them; Enter or Space opens one.
 */
export function Tabs<T extends string>({ label, tabs, selected, onSelect }: TabsProps<T>): JSX.Element {
  const arrow = (e: KeyboardEvent<HTMLButtonElement>, i: number): void => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    const buttons = e.currentTarget.parentElement?.querySelectorAll('button');
    buttons?.[(i + step + tabs.length) % tabs.length]?.focus();
  };
  return (
    <div className="tabs" role="tablist" aria-label={label}>
      {tabs.map((tab, i) => (
        <button
          key={tab.id}
          type="button"
          role="tab"
          aria-selected={tab.id === selected}
          className={tab.id === selected ? 'tab on' : 'tab'}
          onClick={() => onSelect(tab.id)}
          onKeyDown={(e) => arrow(e, i)}
          data-testid={`tab-${tab.id}`}
        >
          {tab.text}
        </button>
      ))}
    </div>
  );
}
