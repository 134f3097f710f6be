/**
 * The named land features of the atlas, authored by hand. Geometry is never drawn here: each
 * entry names a point that lies on the island, and the build takes the upstream OpenStreetMap
 * polygon that contains it. Each published area names its publisher (listed with the other
 * reference figures in docs/sources.md).
 */
import type { Administrator, IslandGroup, Names } from '../../src/geo/types.ts';

export interface IslandSource {
  id: string;
  name: Names;
  aliases: string[];
  group: IslandGroup;
  cluster?: string;
  /** ISO 3166 alpha-3 of the upstream country feature that holds the island. */
  country: 'RUS' | 'JPN';
  /** A point [lon, lat] known to lie on the island's land. */
  anchor: [number, number];
  /** For land cut out of a larger polygon (Kamchatka from the mainland): [w, s, e, n]. */
  cut?: [number, number, number, number];
  claimed_by?: Administrator;
  published?: { km2: number; source: string };
}

const GSI_R7 = 'Geospatial Information Authority of Japan, 2025 (R7) island areas, via MLIT hoppo-data';
const MLIT_R7_HABOMAI = 'Ministry of Land, Infrastructure, Transport and Tourism of Japan (MLIT), hoppo-data: Habomai islands in all, from the Geospatial Information Authority of Japan\'s 2025 (R7) island areas; MOFA gives about 95 km² with the islets, 93 km² for the islands alone';
const HOPPOU = 'Cabinet Office of Japan, hoppou.go.jp, Habomai islet areas';
const ENWP = 'English Wikipedia infobox (2025)';

const NT = { group: 'northern-territories', country: 'RUS', claimed_by: 'japan' } as const;
const HABOMAI = { ...NT, cluster: 'habomai' } as const;
const KURIL = { group: 'kurils', country: 'RUS' } as const;

export const islandSources: IslandSource[] = [
  // The northern and central Kurils, north to south.
  { id: 'shumshu', name: { en: 'Shumshu', ja: '占守島', ru: 'Шумшу' }, aliases: ['Shumushu', 'Shimushu', 'Shimshu', 'Shumshu Island'], ...KURIL, anchor: [156.33, 50.75], published: { km2: 388, source: ENWP } },
  { id: 'atlasov', name: { en: 'Atlasov Island', ja: '阿頼度島', ru: 'Атласова' }, aliases: ['Atlasov', 'Alaid', 'Araido', 'Oyakoba'], ...KURIL, anchor: [155.56, 50.86] },
  { id: 'paramushir', name: { en: 'Paramushir', ja: '幌筵島', ru: 'Парамушир' }, aliases: ['Paramushiro', 'Horomushiro', 'Paramushiru'], ...KURIL, anchor: [155.8, 50.4], published: { km2: 2053, source: ENWP } },
  { id: 'antsiferov', name: { en: 'Antsiferov Island', ja: '志林規島', ru: 'Анциферова' }, aliases: ['Antsiferov', 'Shirinki', 'Shirinki-to'], ...KURIL, anchor: [154.985, 50.205] },
  { id: 'makanrushi', name: { en: 'Makanrushi', ja: '磨勘留島', ru: 'Маканруши' }, aliases: ['Makanru', 'Makanrushi-to'], ...KURIL, anchor: [154.44, 49.77] },
  { id: 'onekotan', name: { en: 'Onekotan', ja: '温禰古丹島', ru: 'Онекотан' }, aliases: ['Onnekotan'], ...KURIL, anchor: [154.75, 49.42] },
  { id: 'kharimkotan', name: { en: 'Kharimkotan', ja: '春牟古丹島', ru: 'Харимкотан' }, aliases: ['Harimkotan', 'Harumukotan'], ...KURIL, anchor: [154.53, 49.12] },
  { id: 'ekarma', name: { en: 'Ekarma', ja: '越渇磨島', ru: 'Экарма' }, aliases: ['Ekaruma'], ...KURIL, anchor: [153.95, 48.955] },
  { id: 'chirinkotan', name: { en: 'Chirinkotan', ja: '知林古丹島', ru: 'Чиринкотан' }, aliases: ['Chirinkotan-to'], ...KURIL, anchor: [153.485, 48.98] },
  { id: 'shiashkotan', name: { en: 'Shiashkotan', ja: '捨子古丹島', ru: 'Шиашкотан' }, aliases: ['Shasukotan', 'Shashukotan'], ...KURIL, anchor: [154.1, 48.82] },
  { id: 'raikoke', name: { en: 'Raikoke', ja: '雷公計島', ru: 'Райкоке' }, aliases: ['Raikoke-to'], ...KURIL, anchor: [153.25, 48.29] },
  { id: 'matua', name: { en: 'Matua', ja: '松輪島', ru: 'Матуа' }, aliases: ['Matsuwa', 'Matsuwa-to'], ...KURIL, anchor: [153.22, 48.08] },
  { id: 'rasshua', name: { en: 'Rasshua', ja: '羅処和島', ru: 'Расшуа' }, aliases: ['Rashowa', 'Rasshowa'], ...KURIL, anchor: [153.01, 47.75] },
  { id: 'ushishir', name: { en: 'Ushishir', ja: '宇志知島', ru: 'Ушишир' }, aliases: ['Ushishiru', 'Yankicha'], ...KURIL, anchor: [152.82, 47.52] },
  { id: 'ketoy', name: { en: 'Ketoy', ja: '計吐夷島', ru: 'Кетой' }, aliases: ['Ketoi', 'Ketoe'], ...KURIL, anchor: [152.48, 47.34] },
  { id: 'simushir', name: { en: 'Simushir', ja: '新知島', ru: 'Симушир' }, aliases: ['Shimushiru', 'Shinshiru', 'Simusir'], ...KURIL, anchor: [152.0, 46.97] },
  { id: 'broutona', name: { en: 'Broutona', ja: '武魯頓島', ru: 'Броутона' }, aliases: ['Broughton', 'Makanruru', 'Buroton'], ...KURIL, anchor: [150.735, 46.72] },
  { id: 'chirpoy', name: { en: 'Chirpoy', ja: '知理保以島', ru: 'Чирпой' }, aliases: ['Chirihoi', 'Chirpoi', 'Kita-Chirihoi'], ...KURIL, anchor: [150.87, 46.525] },
  { id: 'brat-chirpoyev', name: { en: 'Brat Chirpoyev', ja: '知理保以南島', ru: 'Брат Чирпоев' }, aliases: ['Brat Chirpoev', 'Chirihoinan', 'Chirihoinan-to'], ...KURIL, anchor: [150.8, 46.46] },
  { id: 'urup', name: { en: 'Urup', ja: '得撫島', ru: 'Уруп' }, aliases: ['Uruppu', 'Urup Island'], ...KURIL, anchor: [149.95, 45.9], published: { km2: 1430, source: ENWP } },
  // The four islands Japan claims, with the Habomai islets.
  { id: 'iturup', name: { en: 'Iturup', ja: '択捉島', ru: 'Итуруп' }, aliases: ['Etorofu', 'Etorofu-to', 'Ituruo', 'Etorofu Island'], ...NT, anchor: [147.62, 45.03], published: { km2: 3166.64, source: GSI_R7 } },
  { id: 'kunashir', name: { en: 'Kunashir', ja: '国後島', ru: 'Кунашир' }, aliases: ['Kunashiri', 'Kunashira', 'Kanashiri', 'Kunashiri-to'], ...NT, anchor: [145.85, 44.12], published: { km2: 1489.27, source: GSI_R7 } },
  { id: 'shikotan', name: { en: 'Shikotan', ja: '色丹島', ru: 'Шикотан' }, aliases: ['Shikoton', 'Shikiotatan', 'Shikotan-to'], ...NT, anchor: [146.75, 43.8], published: { km2: 247.65, source: GSI_R7 } },
  { id: 'suisho', name: { en: 'Suisho', ja: '水晶島', ru: 'Танфильева' }, aliases: ['Tanfilyev', 'Tanfilyeva', 'Tanfiliev', 'Suishō', 'Suisho-jima'], ...HABOMAI, anchor: [145.905, 43.435], published: { km2: 12.1, source: HOPPOU } },
  { id: 'yuri', name: { en: 'Yuri', ja: '勇留島', ru: 'Юрий' }, aliases: ['Yuriy', 'Yurii', 'Yuri-to'], ...HABOMAI, anchor: [146.065, 43.425], published: { km2: 9.9, source: HOPPOU } },
  { id: 'akiyuri', name: { en: 'Akiyuri', ja: '秋勇留島', ru: 'Анучина' }, aliases: ['Anuchina', 'Anuchin', 'Akiyuri-to'], ...HABOMAI, anchor: [146.0, 43.37], published: { km2: 2.1, source: HOPPOU } },
  { id: 'shibotsu', name: { en: 'Shibotsu', ja: '志発島', ru: 'Зелёный' }, aliases: ['Zeleny', 'Zelyony', 'Zelenyi', 'Зеленый', 'Shibotsu-to'], ...HABOMAI, anchor: [146.13, 43.5], published: { km2: 58.3, source: HOPPOU } },
  { id: 'taraku', name: { en: 'Taraku', ja: '多楽島', ru: 'Полонского' }, aliases: ['Polonsky', 'Polonskogo', 'Taraku-to'], ...HABOMAI, anchor: [146.315, 43.635], published: { km2: 10.9, source: HOPPOU } },
  // Hokkaido and its islands.
  { id: 'hokkaido', name: { en: 'Hokkaido', ja: '北海道', ru: 'Хоккайдо' }, aliases: ['Hokkaidō', 'Ezo', 'Yezo', 'Hokkaido Island'], group: 'hokkaido', country: 'JPN', anchor: [142.8, 43.5], published: { km2: 77983.9, source: 'Geospatial Information Authority of Japan, 2016 (H28) island areas' } },
  { id: 'rishiri', name: { en: 'Rishiri', ja: '利尻島', ru: 'Рисири' }, aliases: ['Rishiri-to', 'Rishiri Island'], group: 'hokkaido', country: 'JPN', anchor: [141.24, 45.18] },
  { id: 'rebun', name: { en: 'Rebun', ja: '礼文島', ru: 'Ребун' }, aliases: ['Rebun-to', 'Rebun Island'], group: 'hokkaido', country: 'JPN', anchor: [141.03, 45.38] },
  { id: 'okushiri', name: { en: 'Okushiri', ja: '奥尻島', ru: 'Окусири' }, aliases: ['Okushiri-to'], group: 'hokkaido', country: 'JPN', anchor: [139.47, 42.15] },
  { id: 'teuri', name: { en: 'Teuri', ja: '天売島', ru: 'Тэури' }, aliases: ['Teuri-to'], group: 'hokkaido', country: 'JPN', anchor: [141.31, 44.42] },
  { id: 'yagishiri', name: { en: 'Yagishiri', ja: '焼尻島', ru: 'Ягисири' }, aliases: ['Yagishiri-to'], group: 'hokkaido', country: 'JPN', anchor: [141.41, 44.435] },
  // Sakhalin and its islands.
  { id: 'sakhalin', name: { en: 'Sakhalin', ja: 'サハリン（樺太）', ru: 'Сахалин' }, aliases: ['Karafuto', 'Saghalien', 'Sakhalin Island', '樺太', 'サハリン'], group: 'sakhalin', country: 'RUS', anchor: [143.0, 51.0], published: { km2: 72492, source: ENWP + '; Britannica gives 76,400: published figures disagree' } },
  { id: 'moneron', name: { en: 'Moneron', ja: '海馬島', ru: 'Монерон' }, aliases: ['Kaiba-to', 'Todo-jima', 'Moneron Island'], group: 'sakhalin', country: 'RUS', anchor: [141.235, 46.255] },
  // Kamchatka and the Commander Islands.
  { id: 'kamchatka', name: { en: 'Kamchatka', ja: 'カムチャツカ半島', ru: 'Камчатка' }, aliases: ['Kamchatka Peninsula', 'Kamchatka Krai', 'Камчатка полуостров'], group: 'kamchatka', country: 'RUS', anchor: [159.0, 55.5], cut: [155.0, 50.5, 166.0, 59.1] },
  { id: 'bering-island', name: { en: 'Bering Island', ja: 'ベーリング島', ru: 'остров Беринга' }, aliases: ['Bering', 'Beringa'], group: 'kamchatka', country: 'RUS', anchor: [166.2, 55.0] },
  { id: 'medny', name: { en: 'Medny Island', ja: 'メードヌイ島', ru: 'Медный' }, aliases: ['Medny', 'Copper Island'], group: 'kamchatka', country: 'RUS', anchor: [167.75, 54.7] },
  { id: 'karaginsky', name: { en: 'Karaginsky Island', ja: 'カラギンスキー島', ru: 'Карагинский' }, aliases: ['Karaginsky', 'Karaginskiy'], group: 'kamchatka', country: 'RUS', anchor: [164.0, 58.9] },
  // Northern Honshu, for context and the Tsugaru Strait.
  { id: 'honshu', name: { en: 'Honshu', ja: '本州', ru: 'Хонсю' }, aliases: ['Honshū', 'Hondo'], group: 'honshu', country: 'JPN', anchor: [140.9, 40.0] },
];

/**
 * A named group of islands that is a place of its own: searchable by its names and measurable as
 * the union of its members' polygons (they do not overlap, so the union is the MultiPolygon of
 * their rings). It stands in islands.geojson just before its first member, so the members are
 * drawn above it and a click on an islet finds the islet. The era layers leave it out (its land
 * is already there as its members) and incident distances use the members, never the group.
 */
export interface IslandGroupSource {
  id: string;
  name: Names;
  aliases: string[];
  group: IslandGroup;
  /** Island ids of islandSources, in the order their polygons are written. */
  members: string[];
  claimed_by?: Administrator;
  published?: { km2: number; source: string };
}

export const islandGroupSources: IslandGroupSource[] = [
  {
    id: 'habomai',
    name: { en: 'Habomai Islands', ja: '歯舞群島', ru: 'Хабомаи' },
    aliases: ['Habomai', 'Habomai islets', 'Habomai group', 'Habomai-gunto', 'Habomai-shoto', 'Малая Курильская гряда', 'Хабомаи острова', '歯舞諸島', 'はぼまい'],
    group: 'northern-territories',
    members: ['suisho', 'yuri', 'akiyuri', 'shibotsu', 'taraku'],
    claimed_by: 'japan',
    published: { km2: 94.84, source: MLIT_R7_HABOMAI },
  },
];
