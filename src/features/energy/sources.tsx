/** The sources list of the energy panels. */
import type { Source } from '../../geo/types.ts';
import { SourceCite } from '../../ui/source-cite.tsx';
import { useT } from '../../i18n/provider.tsx';

export function SourceList({ sources, title }: { sources: Source[]; title?: string }) {
  const t = useT();
  return (
    <div className="energy-sources">
      <h3>{title ?? t('energy.sources')}</h3>
      <ol>
        {sources.map((s, i) => <li key={`${i}-${s.publisher}-${s.title}`}><SourceCite source={s} /></li>)}
      </ol>
    </div>
  );
}
