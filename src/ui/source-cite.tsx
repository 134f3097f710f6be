/**
 * One way to cite a source everywhere in the panels: publisher, “title”, date and, where the
 * text rests on a part of the source, the locator (“Article 2”). The title links to the source
 * only when its url is http or https, so a url in the data can never run script.
 */
import type { Source } from '../geo/types.ts';
import { formatIncidentDate } from '../geo/format.ts';

/** Whether a url from the data may be a link: http and https only. */
export function isWebUrl(url: string | undefined): url is string {
  return url !== undefined && /^https?:\/\//i.test(url);
}

export function SourceCite({ source: s, locator }: { source: Source; locator?: string }) {
  return (
    <cite>
      {s.publisher}, “{isWebUrl(s.url) ? <a href={s.url} target="_blank" rel="noopener noreferrer">{s.title}</a> : s.title}”
      {s.date && <>, <time dateTime={s.date}>{formatIncidentDate(s.date, null)}</time></>}
      {locator && <>, {locator}</>}
    </cite>
  );
}
