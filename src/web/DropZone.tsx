import { Text } from '@fluentui/react-components';
import { useRef, useState, type DragEvent, type KeyboardEvent } from 'react';

export interface DropZoneProps {
  readonly label: string;
  readonly hint: string;
  readonly multiple: boolean;
  /** File types the picker offers first (drops take anything: a wrong file is explained, not refused). */
  readonly accept: string;
  readonly disabled?: boolean;
  readonly onFiles: (files: readonly File[]) => void;
  readonly testId: string;
}

/**
 * Where files are dropped or picked: one focusable target that opens the file picker on a click,
 * Enter or Space, and takes files dragged onto it. Files are only read, in the browser.
 */
export function DropZone(p: DropZoneProps): JSX.Element {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const open = (): void => {
    if (!p.disabled) input.current?.click();
  };
  const key = (e: KeyboardEvent<HTMLDivElement>): void => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      open();
    }
  };
  const drop = (e: DragEvent<HTMLDivElement>): void => {
    e.preventDefault();
    setOver(false);
    const files = Array.from(e.dataTransfer.files);
    if (!p.disabled && files.length) p.onFiles(p.multiple ? files : files.slice(0, 1));
  };
  return (
    <div
      className={`drop${over ? ' over' : ''}${p.disabled ? ' disabled' : ''}`}
      role="button"
      tabIndex={p.disabled ? -1 : 0}
      aria-disabled={p.disabled === true}
      aria-label={p.label}
      onClick={open}
      onKeyDown={key}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
      data-testid={p.testId}
    >
      <Text weight="semibold">{p.label}</Text>
      <Text size={200}>{p.hint}</Text>
      <input
        ref={input}
        type="file"
        hidden
        multiple={p.multiple}
        accept={p.accept}
        tabIndex={-1}
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          e.target.value = '';
          if (files.length) p.onFiles(files);
        }}
        data-testid={`${p.testId}-input`}
      />
    </div>
  );
}
