import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import '@fontsource/noto-sans-jp/400.css';
import 'maplibre-gl/dist/maplibre-gl.css';
import './ui/app.css';
import { App, type AppShell } from './ui/app.tsx';
import { startAtlasMap } from './map/start-map.ts';
import { initialLanguage } from './ui/language.ts';
import { readEra } from './ui/url-params.ts';

const byId = (id: string) => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`index.html has no #${id}`);
  return el;
};

// The map starts first, so its data loads while React builds the panels.
const lang = initialLanguage();
const era = readEra(window.location.search);
const mapStart = startAtlasMap(byId('map'), { lang, era: era.value });
const shell: AppShell = { header: byId('app-header'), mapWrap: byId('map-wrap'), side: byId('side') };

createRoot(byId('root')).render(
  <StrictMode>
    <App shell={shell} mapStart={mapStart} initialLang={lang} initialEra={era} />
  </StrictMode>,
);
