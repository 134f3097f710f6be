/** The incidents' interface: the data load (and the link's incident), the map bindings, the tab. */
import { notify, requestCamera, setSlice, sliceOf } from '../../state/store.ts';
import { loadInto } from '../../ui/data-file.ts';
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
    loadInto<IncidentCollection>({
      file: 'incidents.geojson', check: checkIncidents, store, noticeId: 'incidents',
      describe: (reason) => `Incident data could not be loaded (${reason}).`,
      failed: (message) => setSlice(store, incidentsSlice, { data: { kind: 'error', message } }),
      done: (c) => {
        const features = sortByDate(c.features);
        setSlice(store, incidentsSlice, { data: { kind: 'ready', data: features } });
        // The link's incident: select it, widening to all years if the era hides it, and bring it into view.
        const s = store.getState();
        const { selected } = sliceOf(s, incidentsSlice);
        if (!selected) return;
        const f = features.find((x) => x.properties.id === selected);
        if (!f) {
          setSlice(store, incidentsSlice, { selected: null });
          notify(store, { id: 'url-incident', text: `The link asks for incident “${selected}”, which the atlas does not have. Showing the list of incidents instead.` });
          return;
        }
        if (!withinEra(f, eraYears(s.era))) setSlice(store, incidentsSlice, { allYears: true });
        requestCamera(store, { kind: 'fly', jump: true, onlyIfHidden: true, center: f.geometry.coordinates as [number, number], zoom: INCIDENT_UNCLUSTERED_ZOOM });
      },
    });
  },
  bind: bindIncidentEvents,
  Section: IncidentSection,
  LegendItems: IncidentLegendItems,
};
