/**
 * MapLibre's own words (its controls' titles and labels, the map's name for screen readers, the
 * scale bar's units) and the attribution, in the three languages. MapLibre GL JS 6 takes these
 * only when a map is made (its `locale` option; it has no public way to change them later), and
 * the map is made before the interface and its catalogues load (so as not to hold back the first
 * view): so they are a table here, chosen by the language the map starts in. A live language
 * switch replaces the attribution control (create-map.ts, setAttribution) and leaves the rest
 * as they were until the next load (the link and the remembered choice carry
 * the language there). Kept out of src/map so that the map's font build (geo/build-fonts.ts reads
 * src/map for the characters labels draw) does not take these words for label text.
 */
import type { Language } from '../geo/language.ts';

type Words = Record<string, string>;

/** MapLibre's UI strings by their ids (see maplibre-gl's default_locale). */
export const MAPLIBRE_WORDS: Record<Language, Words> = {
  en: {
    'Map.Title': 'Map',
  },
  ja: {
    'AttributionControl.ToggleAttribution': '出典表示の切り替え',
    'AttributionControl.MapFeedback': '地図へのフィードバック',
    'Map.Title': '地図',
    'Marker.Title': '地図上のマーカー',
    'NavigationControl.ResetBearing': 'ドラッグで地図を回転、クリックで北を上に戻す',
    'NavigationControl.ZoomIn': '拡大',
    'NavigationControl.ZoomOut': '縮小',
    'Popup.Close': 'ポップアップを閉じる',
    'ScaleControl.Feet': 'フィート',
    'ScaleControl.Meters': 'm',
    'ScaleControl.Kilometers': 'km',
    'ScaleControl.Miles': 'マイル',
    'ScaleControl.NauticalMiles': '海里',
  },
  ru: {
    'AttributionControl.ToggleAttribution': 'Показать или скрыть источники',
    'AttributionControl.MapFeedback': 'Сообщить об ошибке на карте',
    'Map.Title': 'Карта',
    'Marker.Title': 'Метка на карте',
    'NavigationControl.ResetBearing': 'Перетащите, чтобы повернуть карту; щелчок возвращает север наверх',
    'NavigationControl.ZoomIn': 'Приблизить',
    'NavigationControl.ZoomOut': 'Отдалить',
    'Popup.Close': 'Закрыть',
    'ScaleControl.Feet': 'фт',
    'ScaleControl.Meters': 'м',
    'ScaleControl.Kilometers': 'км',
    'ScaleControl.Miles': 'ми',
    'ScaleControl.NauticalMiles': 'мор. миль',
  },
};

/** The comparison map's name for screen readers: two canvases called "Map" would not tell which is which. */
export const COMPARISON_MAP_TITLE: Record<Language, string> = {
  en: 'Comparison map, right of the divider',
  ja: '比較用の地図（仕切りの右側）',
  ru: 'Карта для сравнения, справа от разделителя',
};

/** The atlas's own line in the attribution, and the coastlines' credit (the ODbL asks for it). */
export const ATTRIBUTION: Record<Language, { atlas: string; osm: string }> = {
  en: { atlas: 'Kuril Atlas', osm: 'OpenStreetMap contributors' },
  ja: { atlas: '千島アトラス', osm: 'OpenStreetMap の貢献者' },
  ru: { atlas: 'Курильский атлас', osm: 'участники OpenStreetMap' },
};
