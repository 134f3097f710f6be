import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import 'maplibre-gl/dist/maplibre-gl.css';
import './ui/app.css';
import { firstViewSettled, startAtlasMap } from './map/start-map.ts';
import { initialLanguage } from './ui/language.ts';
import { readEra } from './ui/url-params.ts';

const byId = (id: string) => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`index.html has no #${id}`);
  return el;
};

// The map comes first, the interface right after its first view. Until then index.html shows the
// page's frame and "Loading the map…". On these machines the load is bound by the CPU (both cores
// are busy from navigation to the first idle), so parsing and rendering React and the panels
// during the load held the first idle back by 44–56 ms (paired side-by-side runs of 21–25 loads).
// The panels' content already waited for the first view. The app's code is a separate chunk,
// fetched then; if the map cannot start, the app mounts at once to say why.
const lang = initialLanguage();
const era = readEra(window.location.search);
const shell = { header: byId('app-header'), mapWrap: byId('map-wrap'), side: byId('side') };
const mapStart = startAtlasMap(byId('map'), { lang, era: era.value });
void firstViewSettled(mapStart).then(mountApp);

function mountApp(): void {
  import('./ui/mount.tsx')
    .then(({ mount }) => mount(byId('root'), { shell, mapStart, initialLang: lang, initialEra: era }))
    .catch((e: unknown) => {
      document.getElementById('map-loading')?.remove();
      const note = document.createElement('p');
      note.className = 'app-failed';
      note.textContent = `The atlas could not start: ${e instanceof Error ? e.message : String(e)}. Reload the page to try again.`;
      shell.side.append(note);
    });
}
