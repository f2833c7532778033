import { Button, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { Lang } from '../core/messages';
import { strings } from '../taskpane/i18n';
import { version } from '../version';
import { webStrings } from './i18n';
import { NewBookPanel } from './NewBookPanel';
import { NoticeForm, type NoticeSource } from './NoticeForm';
import { ReceivedPanel } from './ReceivedPanel';
import { Tabs } from './Tabs';
import { useReceived } from './useReceived';

type TabId = 'new' | 'received' | 'notice';

/**
 * The web page: what the command line does, for people, on files picked or dropped and read in the
 * browser. Three tabs: make a workbook; check, audit and roll up received ones; the notice.
 */
export function App({ initialLang = 'zh' }: { initialLang?: Lang }): JSX.Element {
  const [lang, setLang] = useState<Lang>(initialLang);
  const [tab, setTab] = useState<TabId>('new');
  const [noticeSource, setNoticeSource] = useState<NoticeSource | undefined>(undefined);
  const received = useReceived();
  const t = webStrings(lang);
  const pane = strings(lang);
  return (
    <main className="web" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <header className="web-head">
        <Text as="h1" size={600} weight="semibold">
          {t.title}
        </Text>
        <Button
          size="small"
          appearance="transparent"
          onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
          data-testid="lang"
        >
          {t.lang}
        </Button>
      </header>
      <div className="about">
        <Text size={200}>{t.local}</Text>
        <Text size={200}>{t.cannot}</Text>
      </div>
      <Tabs
        label={t.title}
        tabs={[
          { id: 'new', text: t.tabs.new },
          { id: 'received', text: t.tabs.received },
          { id: 'notice', text: t.tabs.notice },
        ]}
        selected={tab}
        onSelect={setTab}
      />
      {/* Panels stay mounted: what was typed or opened on one is still there after a look at another. */}
      <div hidden={tab !== 'new'}>
        <NewBookPanel t={t} pane={pane} lang={lang} />
      </div>
      <div hidden={tab !== 'received'}>
        <ReceivedPanel
          t={t}
          lang={lang}
          received={received}
          onNotice={(f) => {
            setNoticeSource({ name: f.name, bytes: f.bytes });
            setTab('notice');
          }}
        />
      </div>
      <div hidden={tab !== 'notice'}>
        <NoticeForm t={t} lang={lang} source={noticeSource} onSource={setNoticeSource} />
      </div>
      <footer>
        <Text size={100}>
          {t.otherWays} {t.version(version)}
        </Text>
      </footer>
    </main>
  );
}
