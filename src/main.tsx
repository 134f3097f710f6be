import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import 'maplibre-gl/dist/maplibre-gl.css';
import './ui/app.css';
import './features/offline/embed.css';
import { firstViewSettled, startAtlasMap } from './map/start-map.ts';
import { createAtlasStore, notify, setCore, sliceOf } from './state/store.ts';
import { installTestHooks } from './map/test-hooks.ts';
import { whenIdle } from './map/create-map.ts';
import { guardViewHash } from './state/view-hash.ts';
import { withSearch } from './state/url.ts';
import { FEATURES, mapParts, sliceDefaults, URL_CODEC } from './features/registry.ts';
import { offlineSlice } from './features/offline/index.ts';
import { initialLanguage, rememberLanguage } from './ui/language.ts';
import type { Language } from './geo/language.ts';
import { corePicture, linkMapToStore, type PictureFn } from './ui/map-link.ts';
import { mergePictures } from './map/sync.ts';

const byId = (id: string) => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`index.html has no #${id}`);
  return el;
};

// The state, from the link: every parameter it can read, a notice for each it cannot.
const link = URL_CODEC.parse(window.location.search);
const store = createAtlasStore({
  core: { lang: initialLanguage(), ...link.core },
  slices: { ...sliceDefaults(), ...link.slices },
});
for (const n of link.notices) notify(store, n);
// The embed mode (`?embed=1`, an <iframe> in an article): the map without the header and the side
// panel (src/features/offline/embed.css), laid out so before the map measures its container.
if (sliceOf(store.getState(), offlineSlice).embed) document.documentElement.classList.add('embed');

/**
 * The two lines the page may show before the app's code and catalogues arrive (they load after
 * the map's first view, to keep it fast): "Loading the map…", and why the atlas could not start
 * when the app itself failed to load (then no catalogue can be had either). Everything else is
 * written from the catalogues once the app mounts.
 */
const BEFORE_CATALOGUES: Record<Language, { loading: string; failed: (reason: string) => string }> = {
  en: { loading: 'Loading the map…', failed: (r) => `The atlas could not start: ${r}. Reload the page to try again.` },
  ja: { loading: '地図を読み込んでいます…', failed: (r) => `アトラスを起動できませんでした（${r}）。ページを再読み込みしてください。` },
  ru: { loading: 'Загрузка карты…', failed: (r) => `Не удалось запустить атлас (${r}). Перезагрузите страницу.` },
};
const startLang = store.getState().lang;
// The page is in the reader's language from the start: screen readers and fonts read <html lang>.
document.documentElement.lang = startLang;
{
  const loading = document.getElementById('map-loading');
  if (loading) loading.textContent = BEFORE_CATALOGUES[startLang].loading;
}
// The view in the hash is checked before the map reads it, and whenever it changes.
guardViewHash((n) => notify(store, n));

// The address bar follows the state (the view stays in the hash, which MapLibre writes): once per
// burst of changes, after the task that made them, so an era switch or a drag of the year brush
// does not rewrite the address on the way.
let urlPending = false;
store.subscribe(() => {
  if (urlPending) return;
  urlPending = true;
  setTimeout(() => {
    urlPending = false;
    const href = withSearch(window.location.href, URL_CODEC.serialise(store.getState()));
    if (href !== window.location.href) window.history.replaceState(window.history.state, '', href);
  }, 0);
});
let lang = store.getState().lang;
rememberLanguage(lang);
store.subscribe((s) => { if (s.lang !== lang) { lang = s.lang; rememberLanguage(lang); } });

// The map comes first, the interface right after its first view. Until then index.html shows the
// page's frame and "Loading the map…". On these machines the load is bound by the CPU (both cores
// are busy from navigation to the first idle), so parsing and rendering React and the panels
// during the load held the first idle back by 44–56 ms (paired side-by-side runs of 21–25 loads).
// The app's code is a separate chunk, fetched then; if the map cannot start, the app mounts at
// once to say why.
const pictures: PictureFn[] = [corePicture, ...FEATURES.flatMap((f) => (f.picture ? [f.picture] : []))];
const first = mergePictures(pictures.map((p) => p(store.getState())));
const shell = { header: byId('app-header'), mapWrap: byId('map-wrap'), side: byId('side') };
const parts = mapParts(new URL('data', new URL('.', window.location.href)).href);
const mapStart = startAtlasMap(byId('map'), { lang: store.getState().lang, globalState: first.global ?? {}, parts })
  .then((started) => {
    // From here on the map follows the store: the synchroniser is the only code that changes it.
    const mapLink = linkMapToStore(started.map, store, { pictures, alreadyShows: first, camera: true });
    // The browser tests' and the bench's handle on the map: not in the production build.
    if (import.meta.env.VITE_TEST_HOOKS) {
      installTestHooks({
        map: started.map, store, firstView: started.firstView,
        whenIdle: () => whenIdle(started.map),
        showEra: (era) => setCore(store, { era }),
      });
    }
    return { ...started, mapLink, parts };
  });
void firstViewSettled(mapStart).then(mountApp);

function mountApp(): void {
  import('./ui/mount.tsx')
    .then(({ mount }) => mount(byId('root'), { shell, mapStart, store }))
    .catch((e: unknown) => {
      document.getElementById('map-loading')?.remove();
      const note = document.createElement('p');
      note.className = 'app-failed';
      note.textContent = BEFORE_CATALOGUES[store.getState().lang].failed(e instanceof Error ? e.message : String(e));
      shell.side.append(note);
    });
}
