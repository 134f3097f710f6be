/**
 * Map labels other than islands: seas, straits and towns. Positions are placed by the atlas's
 * editors for legibility (a sea's label sits in open water, not at any defined point), and name
 * forms follow the English, Japanese and Russian Wikipedia articles of each place.
 */
export type LabelKind = 'sea' | 'strait' | 'town';

export interface LabelSource {
  id: string;
  kind: LabelKind;
  en: string;
  ja: string;
  ru: string;
  /** [lon, lat] */
  at: [number, number];
  /** 1 is most important; lower ranks win label collisions. */
  rank: 1 | 2 | 3;
  /**
   * Set for the towns of southern Sakhalin and the Kurils whose names date from the Soviet
   * administration after 1945 (RENAMED_SOURCE): the year the name came into use. The map shows
   * them on the 1945–today map only; on an earlier era's map the name would be one the place
   * did not yet bear (Toyohara, Ōdomari, Shana under Japan's administration).
   */
  named?: number;
}

/**
 * The source of `named`: the Japanese names of southern Sakhalin and the Kurils were replaced by
 * Russian ones in 1946–47, and the new names made law by the decrees of the Presidium of the
 * Supreme Soviet of the RSFSR of 15 October 1947 ("On the renaming of settlements of Sakhalin
 * oblast"); Toyohara became Yuzhno-Sakhalinsk by a decree of 4 July 1946.
 */
export const RENAMED_SOURCE =
  'Current name from the Soviet administration: settlements renamed 1946–47, the names made law by decrees of the Presidium of the Supreme Soviet of the RSFSR, 15 October 1947 (Toyohara to Yuzhno-Sakhalinsk, 4 July 1946); shown on the 1945–today map only.';

export const LABEL_SOURCE_NOTE =
  'Name forms: English, Japanese and Russian Wikipedia articles; positions placed by the Kuril Atlas editors.';

export const labelSources: LabelSource[] = [
  { id: 'sea-of-okhotsk', kind: 'sea', en: 'Sea of Okhotsk', ja: 'オホーツク海', ru: 'Охотское море', at: [149.0, 51.5], rank: 1 },
  { id: 'sea-of-japan', kind: 'sea', en: 'Sea of Japan', ja: '日本海', ru: 'Японское море', at: [135.5, 41.5], rank: 1 },
  { id: 'pacific-ocean', kind: 'sea', en: 'Pacific Ocean', ja: '太平洋', ru: 'Тихий океан', at: [153.0, 44.0], rank: 1 },
  { id: 'bering-sea', kind: 'sea', en: 'Bering Sea', ja: 'ベーリング海', ru: 'Берингово море', at: [168.0, 57.8], rank: 1 },
  { id: 'nemuro-strait', kind: 'strait', en: 'Nemuro Strait', ja: '根室海峡', ru: 'Кунаширский пролив', at: [145.42, 44.0], rank: 2 },
  { id: 'izmeny-strait', kind: 'strait', en: 'Izmeny (Notsuke) Strait', ja: '野付水道', ru: 'пролив Измены', at: [145.45, 43.64], rank: 3 },
  { id: 'sovetsky-strait', kind: 'strait', en: 'Sovetsky (Goyomai) Strait', ja: '珸瑤瑁水道', ru: 'Советский пролив', at: [145.86, 43.405], rank: 3 },
  { id: 'la-perouse-strait', kind: 'strait', en: 'La Pérouse (Sōya) Strait', ja: '宗谷海峡', ru: 'пролив Лаперуза', at: [142.0, 45.7], rank: 2 },
  { id: 'tsugaru-strait', kind: 'strait', en: 'Tsugaru Strait', ja: '津軽海峡', ru: 'Сангарский пролив', at: [140.75, 41.5], rank: 2 },
  { id: 'tatar-strait', kind: 'strait', en: 'Tatar Strait', ja: '間宮海峡', ru: 'Татарский пролив', at: [141.3, 50.2], rank: 2 },
  { id: 'catherine-strait', kind: 'strait', en: 'Catherine Strait', ja: '国後水道', ru: 'пролив Екатерины', at: [146.72, 44.6], rank: 3 },
  { id: 'vries-strait', kind: 'strait', en: 'Vries (Friza) Strait', ja: '択捉海峡', ru: 'пролив Фриза', at: [149.15, 45.5], rank: 2 },
  { id: 'bussol-strait', kind: 'strait', en: 'Bussol Strait', ja: '北得撫水道', ru: 'пролив Буссоль', at: [151.3, 46.5], rank: 3 },
  { id: 'first-kuril-strait', kind: 'strait', en: 'First Kuril Strait', ja: '占守海峡', ru: 'Первый Курильский пролив', at: [156.55, 50.87], rank: 3 },
  { id: 'sapporo', kind: 'town', en: 'Sapporo', ja: '札幌', ru: 'Саппоро', at: [141.35, 43.06], rank: 1 },
  { id: 'nemuro', kind: 'town', en: 'Nemuro', ja: '根室', ru: 'Немуро', at: [145.58, 43.33], rank: 2 },
  { id: 'wakkanai', kind: 'town', en: 'Wakkanai', ja: '稚内', ru: 'Вакканай', at: [141.67, 45.42], rank: 2 },
  { id: 'abashiri', kind: 'town', en: 'Abashiri', ja: '網走', ru: 'Абасири', at: [144.27, 44.02], rank: 3 },
  { id: 'rausu', kind: 'town', en: 'Rausu', ja: '羅臼', ru: 'Раусу', at: [145.19, 44.02], rank: 3 },
  { id: 'kushiro', kind: 'town', en: 'Kushiro', ja: '釧路', ru: 'Кусиро', at: [144.38, 42.98], rank: 2 },
  { id: 'hakodate', kind: 'town', en: 'Hakodate', ja: '函館', ru: 'Хакодате', at: [140.73, 41.77], rank: 2 },
  { id: 'aomori', kind: 'town', en: 'Aomori', ja: '青森', ru: 'Аомори', at: [140.74, 40.82], rank: 3 },
  { id: 'yuzhno-sakhalinsk', kind: 'town', en: 'Yuzhno-Sakhalinsk', ja: 'ユジノサハリンスク', ru: 'Южно-Сахалинск', at: [142.74, 46.96], rank: 1, named: 1946 },
  { id: 'korsakov', kind: 'town', en: 'Korsakov', ja: 'コルサコフ', ru: 'Корсаков', at: [142.78, 46.63], rank: 3, named: 1946 },
  { id: 'kholmsk', kind: 'town', en: 'Kholmsk', ja: 'ホルムスク', ru: 'Холмск', at: [142.05, 47.05], rank: 3, named: 1946 },
  { id: 'poronaysk', kind: 'town', en: 'Poronaysk', ja: 'ポロナイスク', ru: 'Поронайск', at: [143.1, 49.22], rank: 3, named: 1946 },
  { id: 'nogliki', kind: 'town', en: 'Nogliki', ja: 'ノグリキ', ru: 'Ноглики', at: [143.14, 51.8], rank: 3 },
  { id: 'okha', kind: 'town', en: 'Okha', ja: 'オハ', ru: 'Оха', at: [142.95, 53.57], rank: 3 },
  { id: 'yuzhno-kurilsk', kind: 'town', en: 'Yuzhno-Kurilsk', ja: 'ユジノクリリスク', ru: 'Южно-Курильск', at: [145.86, 44.03], rank: 2, named: 1946 },
  { id: 'kurilsk', kind: 'town', en: 'Kurilsk', ja: 'クリリスク', ru: 'Курильск', at: [147.88, 45.23], rank: 2, named: 1946 },
  { id: 'malokurilskoye', kind: 'town', en: 'Malokurilskoye', ja: 'マロクリリスコエ', ru: 'Малокурильское', at: [146.83, 43.87], rank: 3, named: 1946 },
  { id: 'severo-kurilsk', kind: 'town', en: 'Severo-Kurilsk', ja: 'セベロクリリスク', ru: 'Северо-Курильск', at: [156.12, 50.68], rank: 2, named: 1946 },
  { id: 'petropavlovsk-kamchatsky', kind: 'town', en: 'Petropavlovsk-Kamchatsky', ja: 'ペトロパブロフスク・カムチャツキー', ru: 'Петропавловск-Камчатский', at: [158.65, 53.02], rank: 1 },
  { id: 'magadan', kind: 'town', en: 'Magadan', ja: 'マガダン', ru: 'Магадан', at: [150.8, 59.56], rank: 2 },
  { id: 'vladivostok', kind: 'town', en: 'Vladivostok', ja: 'ウラジオストク', ru: 'Владивосток', at: [131.89, 43.12], rank: 1 },
  { id: 'nakhodka', kind: 'town', en: 'Nakhodka', ja: 'ナホトカ', ru: 'Находка', at: [132.87, 42.82], rank: 3 },
  { id: 'khabarovsk', kind: 'town', en: 'Khabarovsk', ja: 'ハバロフスク', ru: 'Хабаровск', at: [135.08, 48.48], rank: 1 },
  { id: 'komsomolsk-on-amur', kind: 'town', en: 'Komsomolsk-on-Amur', ja: 'コムソモリスク・ナ・アムーレ', ru: 'Комсомольск-на-Амуре', at: [137.0, 50.55], rank: 2 },
  { id: 'blagoveshchensk', kind: 'town', en: 'Blagoveshchensk', ja: 'ブラゴヴェシチェンスク', ru: 'Благовещенск', at: [127.53, 50.26], rank: 2 },
];
