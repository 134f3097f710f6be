/**
 * One way to cite a source everywhere in the panels: publisher, “title”, date and, where the
 * text rests on a part of the source, the locator (“Article 2”), punctuated as the interface
 * language writes a citation (「題名」 in Japanese, «название» in Russian) and dated in it. The
 * publisher and title stay in the source's own language. The title links to the source only when
 * its url is http or https, so a url in the data can never run script.
 */
import { useIntl } from 'react-intl';
import type { Source } from '../geo/types.ts';
import { formatPartialDate } from '../i18n/locale.ts';
import { useLanguage } from '../i18n/provider.tsx';

/** Whether a url from the data may be a link: http and https only. */
export function isWebUrl(url: string | undefined): url is string {
  return url !== undefined && /^https?:\/\//i.test(url);
}

export function SourceCite({ source: s, locator }: { source: Source; locator?: string }) {
  const intl = useIntl();
  const lang = useLanguage();
  const title = isWebUrl(s.url) ? <a key="t" href={s.url} target="_blank" rel="noopener noreferrer">{s.title}</a> : s.title;
  const date = s.date ? <time key="d" dateTime={s.date}>{formatPartialDate(lang, s.date)}</time> : null;
  return (
    <cite>
      {intl.formatMessage({ id: 'app.cite' }, { publisher: s.publisher, title })}
      {date && intl.formatMessage({ id: 'app.cite.date' }, { date })}
      {locator && intl.formatMessage({ id: 'app.cite.locator' }, { locator })}
    </cite>
  );
}
