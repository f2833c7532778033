import { Button, Text } from '@fluentui/react-components';
import { memo } from 'react';
import { findingText, type Finding } from '../core/engine/findings';
import type { Lang } from '../core/messages';
import type { WebStrings } from './i18n';
import type { Received } from './ops';

export interface FileResultProps {
  readonly t: WebStrings;
  readonly lang: Lang;
  readonly file: Received;
  readonly onNotice: (file: Received) => void;
}

/** The sheet is the group's heading: the text names the cell and item. */
const bare = (f: Finding): Finding => ({
  code: f.code,
  severity: f.severity,
  params: f.params,
  ...(f.cell !== undefined ? { cell: f.cell } : {}),
  ...(f.item !== undefined ? { item: f.item } : {}),
});

const mark = (s: Finding['severity']): string => (s === 'error' ? '✗' : s === 'warning' ? '!' : '·');

function Findings({ t, lang, findings }: { t: WebStrings; lang: Lang; findings: readonly Finding[] }): JSX.Element {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) groups.set(f.sheet ?? '', [...(groups.get(f.sheet ?? '') ?? []), f]);
  return (
    <div className="file-findings">
      {[...groups].map(([sheet, fs]) => (
        <section key={sheet} aria-label={sheet || t.workbookLevel}>
          <Text size={200} weight="semibold">
            {sheet || t.workbookLevel}
          </Text>
          <ul>
            {fs.map((f, i) => (
              <li key={`${f.code}-${f.cell ?? ''}-${i}`} className={`finding ${f.severity}`} data-testid="file-finding">
                <span aria-hidden="true">{mark(f.severity)} </span>
                {findingText(sheet ? bare(f) : f, lang)}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

/**
 * One received workbook, as `kaohe audit` prints it and more: its line (clean, or how many problems),
 * each unit's total, grade and rank as the workbook's formulas compute them, and every finding under
 * the sheet it is on, with its cell.
 */
export const FileResult = memo(function FileResult({ t, lang, file, onNotice }: FileResultProps): JSX.Element {
  const problems = file.listed.filter((f) => f.severity !== 'info').length;
  const ranked = file.units.some((u) => u.rankClass !== null);
  return (
    <li className={`file ${file.ok ? 'ok' : 'bad'}`} data-testid="file-result" data-file={file.name}>
      <div className="file-head">
        <Text weight="semibold">
          <span aria-hidden="true">{file.ok ? '✓ ' : '✗ '}</span>
          {file.name}
        </Text>
        <span className={`tag ${file.ok ? 'ok' : 'bad'}`} data-testid="file-line">
          {file.ok ? t.clean : t.problems(problems)}
        </span>
        {file.audit.builtin ? (
          <Button size="small" appearance="subtle" onClick={() => onNotice(file)} data-testid="to-notice">
            {t.toNotice}
          </Button>
        ) : null}
      </div>
      {file.audit.builtin ? (
        <Text size={200} className="file-rubric">
          {file.audit.builtin.rubric.title}
        </Text>
      ) : null}
      {file.units.length > 0 ? (
        <table className="units" data-testid="units-table">
          <thead>
            <tr>
              <th scope="col">{t.unit}</th>
              {file.units.some((u) => u.cls !== undefined) ? <th scope="col">{t.cls}</th> : null}
              <th scope="col">{t.total}</th>
              <th scope="col">{t.grade}</th>
              <th scope="col">{t.rank}</th>
              {ranked ? <th scope="col">{t.rankClass}</th> : null}
            </tr>
          </thead>
          <tbody>
            {file.units.map((u) => (
              <tr key={u.sheet}>
                <th scope="row">{u.unit}</th>
                {file.units.some((x) => x.cls !== undefined) ? <td>{u.cls ?? ''}</td> : null}
                <td className="num">{u.total ?? '—'}</td>
                <td>{u.grade ?? (u.complete ? '—' : t.incomplete)}</td>
                <td className="num">{u.rank ?? '—'}</td>
                {ranked ? <td>{u.rankClass ?? ''}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {file.listed.length > 0 ? <Findings t={t} lang={lang} findings={file.listed} /> : null}
      {file.notes > 0 && !file.ok ? <Text size={200}>{t.notes(file.notes)}</Text> : null}
    </li>
  );
});
