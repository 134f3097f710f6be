/** A source as the energy panels cite it: publisher, title (a link where the data gives a url), date. */
import type { Source } from '../geo/types.ts';

export function SourceCite({ source }: { source: Source }) {
  return (
    <cite>
      {source.publisher}, {source.url
        ? <a href={source.url} target="_blank" rel="noopener noreferrer">{source.title}</a>
        : <>“{source.title}”</>}
      {source.date && <> ({source.date})</>}
    </cite>
  );
}

export function SourceList({ sources, title = 'Sources' }: { sources: Source[]; title?: string }) {
  return (
    <div className="energy-sources">
      <h3>{title}</h3>
      <ol>
        {sources.map((s, i) => <li key={`${i}-${s.publisher}-${s.title}`}><SourceCite source={s} /></li>)}
      </ol>
    </div>
  );
}
