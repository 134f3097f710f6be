/** The sources list of the energy panels. */
import type { Source } from '../../geo/types.ts';
import { SourceCite } from '../../ui/source-cite.tsx';

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
