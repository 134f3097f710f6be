/** The incidents' interface: the data load (and the link's incident), the map bindings, the tab. */
import { notify, requestCamera, setSlice, sliceOf } from '../../state/store.ts';
import { loadDataFile } from '../../ui/data-file.ts';
import type { FeatureUi } from '../../ui/feature.ts';
import { eraYears, withinEra } from './filter.ts';
import { bindIncidentEvents, INCIDENT_UNCLUSTERED_ZOOM } from './interaction.ts';
import { sortByDate, type IncidentCollection } from './model.ts';
import { checkIncidents } from './contract.ts';
import { IncidentSection } from './section.tsx';
import { incidentsSlice } from './state.ts';
import { IncidentLegendItems } from './map-legend.tsx';

export const incidentsUi: FeatureUi = {
  load: (store) => {
    // Loaded here rather than through loadInto, so that the notice is a catalogue message in the
    // reader's language; the state keeps the reason, which the tab words the same way.
    loadDataFile<IncidentCollection>('incidents.geojson', checkIncidents)
      .then((c) => {
        const features = sortByDate(c.features);
        setSlice(store, incidentsSlice, { data: { kind: 'ready', data: features } });
        // The link's incident: select it, widening to all years if the era hides it, and bring it into view.
        const s = store.getState();
        const { selected } = sliceOf(s, incidentsSlice);
        if (!selected) return;
        const f = features.find((x) => x.properties.id === selected);
        if (!f) {
          setSlice(store, incidentsSlice, { selected: null });
          notify(store, { id: 'url-incident', message: 'incidents.notice.missing', values: { id: selected } });
          return;
        }
        if (!withinEra(f, eraYears(s.era))) setSlice(store, incidentsSlice, { allYears: true });
        requestCamera(store, { kind: 'fly', jump: true, onlyIfHidden: true, center: f.geometry.coordinates as [number, number], zoom: INCIDENT_UNCLUSTERED_ZOOM });
      })
      .catch((e: unknown) => {
        const reason = e instanceof Error ? e.message : String(e);
        notify(store, { id: 'incidents', message: 'incidents.loadFailed', values: { reason } });
        setSlice(store, incidentsSlice, { data: { kind: 'error', message: reason } });
      });
  },
  bind: bindIncidentEvents,
  Section: IncidentSection,
  LegendItems: IncidentLegendItems,
};
