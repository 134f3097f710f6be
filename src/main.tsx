import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import 'maplibre-gl/dist/maplibre-gl.css';
import './ui/app.css';
import { startAtlasMap } from './map/start-map.ts';
import { initialLanguage } from './ui/language.ts';
import { readEra } from './ui/url-params.ts';

const byId = (id: string) => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`index.html has no #${id}`);
  return el;
};

// The map starts first, so its worker and data load while React and the panels are parsed and
// built: the app's code is a separate chunk, fetched once the map exists.
const lang = initialLanguage();
const era = readEra(window.location.search);
const shell = { header: byId('app-header'), mapWrap: byId('map-wrap'), side: byId('side') };
const mapStart = startAtlasMap(byId('map'), { lang, era: era.value, onCreated: () => mountApp() });

function mountApp(): void {
  import('./ui/mount.tsx')
    .then(({ mount }) => mount(byId('root'), { shell, mapStart, initialLang: lang, initialEra: era }))
    .catch((e: unknown) => {
      const note = document.createElement('p');
      note.className = 'app-failed';
      note.textContent = `The atlas could not start: ${e instanceof Error ? e.message : String(e)}. Reload the page to try again.`;
      shell.side.append(note);
    });
}
