import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { IntlProvider } from 'react-intl';
import type { ReactNode } from 'react';
import type { MessageId } from '../i18n/ids.ts';
import { isWebUrl, SourceCite as Cite } from './source-cite.tsx';
import en from './i18n/en.json';
import ja from './i18n/ja.json';

/** The citation with the English catalogue (or `messages`), as the app renders it. */
function SourceCite(props: Parameters<typeof Cite>[0] & { messages?: Record<string, string>; locale?: string }): ReactNode {
  const messages = (props.messages ?? en) as Record<string, string> as Record<MessageId, string>;
  return <IntlProvider locale={props.locale ?? 'en-GB'} messages={messages}><Cite source={props.source} locator={props.locator} /></IntlProvider>;
}

describe('SourceCite', () => {
  it('cites publisher, title, date and locator, the title linked to an https source', () => {
    const html = renderToStaticMarkup(
      <SourceCite source={{ publisher: 'MOFA Japan', title: 'Treaty of Shimoda', date: '1855-02-07', url: 'https://www.mofa.go.jp/' }} locator="Article 2" />,
    );
    expect(html).toBe('<cite>MOFA Japan, “<a href="https://www.mofa.go.jp/" target="_blank" rel="noopener noreferrer">Treaty of Shimoda</a>”, <time dateTime="1855-02-07">7 February 1855</time>, Article 2</cite>');
  });

  it('punctuates as the language does, the title in its own language', () => {
    const html = renderToStaticMarkup(<SourceCite messages={ja} locale="ja-JP" source={{ publisher: '外務省', title: 'われらの北方領土', date: '2023', url: 'https://www.mofa.go.jp/' }} locator="p. 3" />);
    expect(html).toBe('<cite>外務省「<a href="https://www.mofa.go.jp/" target="_blank" rel="noopener noreferrer">われらの北方領土</a>」、<time dateTime="2023">2023</time>、p. 3</cite>');
  });

  it('links only http and https urls, so a url in the data never runs script', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<b>x</b>', ' https://x.org', 'ftp://x.org']) {
      expect(isWebUrl(url), url).toBe(false);
      expect(renderToStaticMarkup(<SourceCite source={{ publisher: 'P', title: 'T', url }} />)).not.toContain('<a');
    }
    expect(isWebUrl('HTTP://example.org')).toBe(true);
  });

  it('renders markup in the data as text', () => {
    const html = renderToStaticMarkup(<SourceCite source={{ publisher: '<img src=x onerror=alert(1)>', title: '<b>t</b>' }} />);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<b>');
  });
});
