/**
 * The incidents in date order, each a button: click or Enter selects it (the section then flies
 * to it and opens its popup). The selected one is marked `aria-current` and drawn with a bar, so
 * the mark does not rest on colour alone.
 */
import type { IncidentFeature } from './model.ts';
import { INCIDENT_MARKERS } from './layers.ts';
import { MarkerGlyph } from '../../ui/marker-glyph.tsx';
import { formatPartialDate } from '../../i18n/locale.ts';
import { useLanguage, useT } from '../../i18n/provider.tsx';
import { typeName } from './words.ts';

export interface IncidentListProps {
  incidents: readonly IncidentFeature[];
  selectedId: string | null;
  /** `keyboard`: the button was pressed with Enter or Space, so focus should follow into the popup. */
  onSelect: (id: string, keyboard: boolean) => void;
  /** Lets the section scroll to an item and give focus back to it. */
  itemRef: (id: string, el: HTMLButtonElement | null) => void;
}

export function IncidentList(props: IncidentListProps) {
  const t = useT();
  const lang = useLanguage();
  if (!props.incidents.length) return <p className="incident-empty">{t('incidents.list.empty')}</p>;
  return (
    <ol className="incident-list" aria-label={t('incidents.list.label')}>
      {props.incidents.map(({ properties: p }) => {
        const m = INCIDENT_MARKERS[p.type];
        const current = p.id === props.selectedId;
        return (
          <li key={p.id}>
            <button
              type="button" className="incident-item" data-incident={p.id} aria-current={current ? 'true' : undefined}
              ref={(el) => props.itemRef(p.id, el)}
              // A click from the keyboard (Enter, Space) has no pointer, so its detail is 0.
              onClick={(e) => props.onSelect(p.id, e.detail === 0)}
            >
              <MarkerGlyph className="incident-glyph" shape={m.shape} colour={m.colour} />
              <span className="incident-item-text">
                <time dateTime={p.date}>{formatPartialDate(lang, p.date, p.date_end)}</time>
                <span className="visually-hidden">{t('incidents.list.type', { type: typeName(t, p.type) })}</span>
                <span className="incident-item-title">{p.title}</span>
              </span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}

/** The chooser a click opens where several markers share a point (Kunashir, 2010 and 2012). */
export function IncidentChooser(props: { incidents: readonly IncidentFeature[]; onPick: (id: string, keyboard: boolean) => void }) {
  const t = useT();
  const lang = useLanguage();
  return (
    <div className="incident-chooser">
      <h2 id="incident-chooser-title" className="incident-title">{t('incidents.chooser.title', { count: props.incidents.length })}</h2>
      <ul>
        {props.incidents.map(({ properties: p }) => {
          const m = INCIDENT_MARKERS[p.type];
          return (
            <li key={p.id}>
              <button type="button" className="incident-item" data-incident={p.id} onClick={(e) => props.onPick(p.id, e.detail === 0)}>
                <MarkerGlyph className="incident-glyph" shape={m.shape} colour={m.colour} />
                <span className="incident-item-text">
                  <time dateTime={p.date}>{formatPartialDate(lang, p.date, p.date_end)}</time>
                  <span className="incident-item-title">{p.title}</span>
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
