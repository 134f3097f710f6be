/**
 * The border eras, authored by hand: each treaty, what it said about the border (in our own
 * words, with where it says so), who held each island, and the sea border lines as waypoints.
 * Every fact cites its original publisher (the reference figures are listed in docs/sources.md);
 * where sources disagree both are kept. No coastline is drawn here: the land of each era is built
 * from islands.geojson, and the land border on Sakhalin is computed from its polygon.
 */
import { eraMeta, type Citation, type CitedText, type EraId, type EraText, type Holder, type Holding, type TreatyText } from '../../src/geo/eras.ts';
import type { Names } from '../../src/geo/types.ts';

// Sources, once each. Urls only where we are sure of them.
const COMPENDIUM: Citation = {
  publisher: 'Ministry of Foreign Affairs of Japan and Ministry of Foreign Affairs of the Russian Federation',
  title: 'Joint Compendium of Documents on the History of Territorial Issue between Japan and Russia',
  date: '1992',
};
const ENWP_DISPUTE: Citation = { publisher: 'Wikipedia (English)', title: 'Kuril Islands dispute', date: '2025' };
const ENWP_SHIMODA: Citation = { publisher: 'Wikipedia (English)', title: 'Treaty of Shimoda', date: '2025' };
const PRLIB: Citation = { publisher: 'Presidential Library named after B. N. Yeltsin (prlib.ru)', title: 'Entry on the Treaty of Shimoda', date: '2025' };
const MOFA_SHIMODA: Citation = { publisher: 'Ministry of Foreign Affairs of Japan', title: 'Treaty of Commerce, Navigation and Delimitation between Japan and Russia' };
const BSE: Citation = { publisher: 'Great Soviet Encyclopedia', title: 'Shimoda Treaty' };
const JAPAN_BY_JAPANESE: Citation = { publisher: 'Alfred Stead (ed.), Japan by the Japanese', title: 'Japan by the Japanese: a survey by its highest authorities', date: '1904' };
const FRUS_1905: Citation = {
  publisher: 'United States Department of State',
  title: 'Papers Relating to the Foreign Relations of the United States, 1905: Treaty of Peace between Japan and Russia',
  url: 'https://history.state.gov/historicaldocuments/frus1905',
};
const HOPPOU: Citation = { publisher: 'Cabinet Office of Japan (hoppou.go.jp)', title: 'The Soviet occupation of the four northern islands, 1945' };
const SLAVINSKY: Citation = { publisher: 'Boris Slavinsky', title: 'The Soviet occupation of the Kuril Islands (August–September 1945)', date: '1993' };
const YALTA: Citation = { publisher: 'United States Department of State', title: 'Foreign Relations of the United States, Conferences at Malta and Yalta, 1945: Agreement regarding Japan', date: '1955' };
const SCAPIN_677: Citation = { publisher: 'General Headquarters, Supreme Commander for the Allied Powers', title: 'SCAPIN-677: Governmental and Administrative Separation of Certain Outlying Areas from Japan', date: '1946-01-29' };
const SAN_FRANCISCO: Citation = { publisher: 'United Nations', title: 'Treaty of Peace with Japan, United Nations Treaty Series vol. 136', date: '1952' };
const DECLARATION_1956: Citation = { publisher: 'Ministry of Foreign Affairs of Japan and Ministry of Foreign Affairs of the Russian Federation', title: 'Joint Declaration by the Union of Soviet Socialist Republics and Japan (in the Joint Compendium)', date: '1956-10-19' };
const JAPAN_TERRITORIAL_SEA: Citation = { publisher: 'Government of Japan', title: 'Act on the Territorial Sea and the Contiguous Zone (Act No. 30 of 1977)', date: '1977-05-02' };
const ENWP_BORDER: Citation = { publisher: 'Wikipedia (English)', title: 'Japan–Russia border', date: '2025' };
const JAWP_KAIGARA: Citation = { publisher: 'Wikipedia (Japanese)', title: '貝殻島', date: '2025' };
const BLUEBOOK_2022: Citation = { publisher: 'Ministry of Foreign Affairs of Japan', title: 'Diplomatic Bluebook 2022', date: '2022-04-22' };
const MOFA_NT: Citation = { publisher: 'Ministry of Foreign Affairs of Japan', title: "Japan's Northern Territories" };
const LAVROV_2019: Citation = {
  publisher: 'Rossiyskaya Gazeta',
  title: 'Lavrov: Japan’s demands for the return of the Kurils contradict the UN Charter (annual press conference)',
  date: '2019-01-16',
  url: 'https://rg.ru/2019/01/16/lavrov-trebovaniia-iaponii-o-vozvrate-kuril-protivorechat-ustavu-oon.html',
};
const TASS_2019: Citation = { publisher: 'TASS', title: 'Japan’s demand for return of ‘northern territories’ runs counter to UN Charter - Lavrov', date: '2019-01-16' };

/** A treaty as authored: its name comes from the era's metadata (src/geo/eras.ts). */
export interface TreatySource extends TreatyText { name: Names }

/** An era as authored: its span and treaty names come from src/geo/eras.ts, the rest is here. */
export interface EraSource extends EraText {
  span: string;
  treaty: TreatySource;
}

const RUSSIAN_EMPIRE: Names = { en: 'Russian Empire', ja: 'ロシア帝国', ru: 'Российская империя' };
/** 1905–1945: the empire fell in 1917; Soviet Russia followed, and the Soviet Union from 1922. */
const RUSSIA_1905_1945: Names = {
  en: 'Russian Empire (to 1917), then Soviet Russia; the Soviet Union from 1922',
  ja: 'ロシア帝国（1917年まで）、のちソビエト・ロシア、1922年からソビエト連邦',
  ru: 'Российская империя (до 1917), затем Советская Россия, с 1922 года — СССР',
};
/**
 * 1855–1868: Japan under the Tokugawa shogunate, whose officials signed at Shimoda. The Empire of
 * Japan dates from the Meiji Restoration of 1868, so it is the Japanese polity from the 1875 era on.
 */
const TOKUGAWA: Names = { en: 'Tokugawa shogunate (to 1868), then the Empire of Japan', ja: '江戸幕府（徳川幕府、1868年まで）、のち大日本帝国', ru: 'Сёгунат Токугава (до 1868), затем Японская империя' };
const EMPIRE_OF_JAPAN: Names = { en: 'Empire of Japan', ja: '大日本帝国', ru: 'Японская империя' };
const UNDIVIDED: Names = { en: 'Undivided: Russian Empire and Tokugawa shogunate (Empire of Japan from 1868)', ja: '日露両国の雑居地', ru: 'Неразделённое владение России и Японии' };
const USSR_RF: Names = {
  en: 'Soviet Union (1945–1991), Russian Federation (since 1991)',
  ja: 'ソビエト連邦（1945–1991年）、ロシア連邦（1991年以降）',
  ru: 'СССР (1945–1991), Российская Федерация (с 1991)',
};
const JAPAN: Names = { en: 'Japan', ja: '日本', ru: 'Япония' };

export const eraSources: Record<EraId, EraSource> = {
  '1855': {
    span: eraMeta('1855').span,
    treaty: {
      name: eraMeta('1855').treaty,
      signed: '1855-02-07',
      signedNote: '26 January 1855 in the Julian calendar then used in Russia; MOFA gives this Old Style date',
      place: 'Shimoda (Chōraku-ji temple), Japan',
      signatories: ['Yevfimy Putyatin (Russia)', 'Kawaji Toshiakira and Tsutsui Masanori (Japan)'],
      inForce: [
        { text: 'In force from 7 August 1856.', citations: [ENWP_SHIMODA] },
        { text: 'In force from 25 November (7 December) 1856; the sources disagree on the date.', citations: [PRLIB] },
      ],
    },
    clause: {
      text: 'Article 2 puts the border between Iturup (Etorofu) and Urup (Uruppu): Iturup and the islands south of it are Japan’s, Urup and the Kurils north of it Russia’s. Sakhalin (Karafuto) is not divided and stays open to both, as before.',
      citations: [
        { ...COMPENDIUM, locator: 'Treaty of Shimoda, Art. 2' },
        { ...ENWP_DISPUTE, locator: 'quotation of Art. 2' },
        { ...BSE, locator: 'on Sakhalin left undivided' },
        { ...MOFA_SHIMODA, locator: 'dated January 26, 1855 (Old Style)' },
      ],
    },
    notes: [
      {
        text: 'The line falls in the Vries Strait, near 45°30′N 149°10′E; the treaty gives no coordinates, so the atlas draws it down the middle of the strait.',
        citations: [{ ...ENWP_DISPUTE, locator: 'Treaty of Shimoda' }],
      },
      {
        text: 'No treaty names Moneron; the atlas counts it with Sakhalin, which Portsmouth later did in words (“all islands adjacent thereto”).',
        citations: [{ ...FRUS_1905, locator: 'Art. IX' }],
      },
    ],
    polities: { japan: TOKUGAWA, russia: RUSSIAN_EMPIRE, joint: UNDIVIDED },
  },
  '1875': {
    span: eraMeta('1875').span,
    treaty: {
      name: eraMeta('1875').treaty,
      signed: '1875-05-07',
      signedNote: '25 April 1875 in the Julian calendar; the French text is the authentic one',
      place: 'Saint Petersburg, Russia',
      signatories: ['Alexander Gorchakov (Russia)', 'Enomoto Takeaki (Japan)'],
      inForce: [{ text: 'Ratifications exchanged in Tokyo on 22 August 1875.', citations: [COMPENDIUM] }],
    },
    clause: {
      text: 'Japan gives up its share of Sakhalin, which becomes wholly Russian, with La Pérouse Strait as the border (Art. 1). In exchange all eighteen Kuril islands from Urup to Shumshu become Japanese, and the border runs through the strait between Shumshu and Cape Lopatka on Kamchatka (Art. 2).',
      citations: [
        { ...COMPENDIUM, locator: 'Treaty of Saint Petersburg, Art. 2' },
        { ...JAPAN_BY_JAPANESE, locator: 'on Art. 1 and La Pérouse Strait' },
      ],
    },
    notes: [],
    polities: { japan: EMPIRE_OF_JAPAN, russia: RUSSIAN_EMPIRE },
  },
  '1905': {
    span: eraMeta('1905').span,
    treaty: {
      name: eraMeta('1905').treaty,
      signed: '1905-09-05',
      signedNote: '23 August 1905 in the Julian calendar',
      place: 'Portsmouth, New Hampshire, United States',
      signatories: ['Sergei Witte and Roman Rosen (Russia)', 'Komura Jutarō and Takahira Kogorō (Japan)'],
      inForce: [{ text: 'Ratified on 1/14 October 1905.', citations: [FRUS_1905] }],
    },
    clause: {
      text: 'Russia cedes to Japan the part of Sakhalin south of the 50th parallel, with the islands next to it; the parallel is the new land border, kept to as closely as the terrain allows. Neither side may fortify its part, and La Pérouse and the Tatar Strait stay open to shipping.',
      citations: [
        { ...FRUS_1905, locator: 'Art. IX' },
        { ...FRUS_1905, locator: 'Additional Art. II' },
      ],
    },
    notes: [
      {
        text: 'The Kurils stay Japanese under the 1875 treaty; the strait between Shumshu and Cape Lopatka remains a border.',
        citations: [{ ...COMPENDIUM, locator: 'Treaty of Saint Petersburg, Art. 2' }],
      },
    ],
    polities: { japan: EMPIRE_OF_JAPAN, russia: RUSSIA_1905_1945 },
  },
  '1945': {
    span: eraMeta('1945').span,
    treaty: {
      name: eraMeta('1945').treaty,
      signed: '1945-09-05',
      signedNote: 'no treaty: the date is when the last of the four islands was occupied',
      place: 'Southern Sakhalin and the Kuril Islands',
      signatories: [],
      inForce: [
        { text: 'At Yalta on 11 February 1945 Roosevelt, Churchill and Stalin agreed that the Kurils would be handed over to the Soviet Union.', citations: [YALTA] },
      ],
    },
    clause: {
      text: 'The Soviet Union declared war on Japan on 8 August 1945, landed on Shumshu on 18 August, reached Iturup on 28 August, Kunashir and Shikotan on 1 September and the Habomai islets from 3 September; all four islands were held by 5 September. Soviet histories date the end to 1 September. In January 1946 the Allied occupation removed the Kurils, Shikotan and the Habomai islets from Japanese administration.',
      citations: [HOPPOU, SLAVINSKY, SCAPIN_677],
    },
    notes: [
      {
        text: 'Today’s line is a de facto sea line, 194.3 km long by the Russian border service’s count, through La Pérouse, the Nemuro, Izmeny (Notsuke) and Sovetsky (Goyomai) straits. No coordinates for it are published: the atlas draws it approximately, down the middle of each strait.',
        citations: [ENWP_BORDER, { ...JAWP_KAIGARA, locator: 'the Russian buoy halfway between Nosappu and Kaigara' }],
      },
      {
        text: 'By the Treaty of San Francisco (signed 8 September 1951, in force 28 April 1952) Japan renounced the Kuril Islands and southern Sakhalin. The Soviet Union did not sign it, and the treaty does not say to whom the land passes.',
        citations: [{ ...SAN_FRANCISCO, locator: 'Art. 2(c)' }],
      },
      {
        text: 'The Soviet–Japanese Joint Declaration (Moscow, 19 October 1956, in force 12 December 1956) ended the state of war. In Art. 9 the Soviet Union agreed to hand Shikotan and the Habomai islets to Japan once a peace treaty is signed; none has been.',
        citations: [{ ...DECLARATION_1956, locator: 'Art. 9' }],
      },
    ],
    polities: { japan: JAPAN, russia: USSR_RF },
  },
};

/** The two governments' positions on the four islands, each in its own terms, for the claim overlay. */
export const claimPositions: { japan: CitedText; russia: CitedText } = {
  japan: {
    text: 'Japan holds that the four islands are its own territory, never held by another country before 1945, that they are not part of the Kurils it gave up at San Francisco, and that Russia occupies them illegally; it seeks to settle to whom they belong and then sign a peace treaty.',
    citations: [BLUEBOOK_2022, MOFA_NT],
  },
  russia: {
    text: 'Russia holds that the southern Kurils became Soviet as an outcome of the Second World War, that this outcome is fixed in the UN Charter (Art. 107), which Japan ratified, and that Russian sovereignty over the islands is not open to discussion.',
    citations: [LAVROV_2019, TASS_2019],
  },
};

/** The four islands Japan claims: Iturup, Kunashir, Shikotan and the Habomai islets. */
export const claimedIslands = ['iturup', 'kunashir', 'shikotan', 'suisho', 'yuri', 'akiyuri', 'shibotsu', 'taraku'];

type Row = Record<EraId, Holding>;
const always = (h: Holder): Row => ({ '1855': h, '1875': h, '1905': h, '1945': h });
/** Urup to Shumshu: Russian, then Japanese from 1875, Soviet from 1945. */
const NORTH_KURILS: Row = { '1855': 'russia', '1875': 'japan', '1905': 'japan', '1945': 'russia' };
/** Iturup and south: Japanese from 1855 until the Soviet occupation. */
const SOUTH_KURILS: Row = { '1855': 'japan', '1875': 'japan', '1905': 'japan', '1945': 'russia' };
const SAKHALIN: Row = { '1855': 'joint', '1875': 'russia', '1905': { splitAtLat: 50, north: 'russia', south: 'japan' }, '1945': 'russia' };
/** Moneron goes with southern Sakhalin ("all islands adjacent thereto", Portsmouth Art. IX). */
const MONERON: Row = { '1855': 'joint', '1875': 'russia', '1905': 'japan', '1945': 'russia' };

const northKurils = ['shumshu', 'atlasov', 'paramushir', 'antsiferov', 'makanrushi', 'onekotan', 'kharimkotan', 'ekarma', 'chirinkotan', 'shiashkotan', 'raikoke', 'matua', 'rasshua', 'ushishir', 'ketoy', 'simushir', 'broutona', 'chirpoy', 'brat-chirpoyev', 'urup'];

/** Who held each island of islands.geojson in each era. */
export const holdings: Record<string, Row> = {
  ...Object.fromEntries(northKurils.map((id) => [id, NORTH_KURILS])),
  ...Object.fromEntries(claimedIslands.map((id) => [id, SOUTH_KURILS])),
  ...Object.fromEntries(['hokkaido', 'rishiri', 'rebun', 'okushiri', 'teuri', 'yagishiri'].map((id) => [id, always('japan')])),
  ...Object.fromEntries(['kamchatka', 'bering-island', 'medny', 'karaginsky'].map((id) => [id, always('russia')])),
  sakhalin: SAKHALIN,
  moneron: MONERON,
};

/**
 * Features of islands.geojson left out of the era layer: the base land layer draws Honshu,
 * Japanese throughout; the Habomai group is the union of five islets that are there already.
 */
export const notInEras = ['honshu', 'habomai'];

/** A waypoint of a sea border, in open water, and what it is. */
export interface Waypoint {
  at: [number, number];
  note: string;
}

export interface SeaBorderSource {
  id: string;
  eras: EraId[];
  note: string;
  waypoints: Waypoint[];
  citations: Citation[];
}

/** Mid-strait waypoints through La Pérouse, shared by the 1875 line and today's. */
const LA_PEROUSE: Waypoint[] = [
  { at: [141.1, 45.8], note: 'Sea of Japan, between Moneron and Rebun' },
  { at: [141.6, 45.72], note: 'western approach to the strait' },
  { at: [142.0, 45.71], note: 'mid-strait between Cape Crillon (Sakhalin) and Cape Sōya (Hokkaido)' },
  { at: [142.4, 45.72], note: 'eastern approach, south of Aniva Bay' },
  { at: [142.9, 45.65], note: 'Sea of Okhotsk, east of the strait' },
];

/**
 * The sea borders. The treaties name straits, not lines: every waypoint is approximate, placed
 * by eye in mid-strait from the island polygons, and the build checks that no segment touches land.
 */
export const seaBorders: SeaBorderSource[] = [
  {
    id: 'vries-strait',
    eras: ['1855'],
    note: 'Through the Vries Strait between Iturup and Urup; approximate, mid-strait.',
    citations: [{ ...COMPENDIUM, locator: 'Treaty of Shimoda, Art. 2' }, ENWP_DISPUTE],
    waypoints: [
      { at: [148.85, 46.05], note: 'Sea of Okhotsk, north-west of the strait' },
      { at: [149.15, 45.55], note: 'mid-strait between Iturup’s north-east cape and Urup’s south-west cape' },
      { at: [149.45, 45.05], note: 'Pacific Ocean, south-east of the strait' },
    ],
  },
  {
    id: 'first-kuril-strait',
    eras: ['1875', '1905'],
    note: 'Through the First Kuril Strait between Shumshu and Cape Lopatka; approximate, mid-strait.',
    citations: [{ ...COMPENDIUM, locator: 'Treaty of Saint Petersburg, Art. 2' }],
    waypoints: [
      { at: [156.25, 51.15], note: 'Sea of Okhotsk, north-west of the strait' },
      { at: [156.58, 50.87], note: 'mid-strait between Shumshu’s north cape and Cape Lopatka' },
      { at: [156.9, 50.6], note: 'Pacific Ocean, south-east of the strait' },
    ],
  },
  {
    id: 'la-perouse-strait-1875',
    eras: ['1875'],
    note: 'Through La Pérouse (Sōya) Strait between Sakhalin and Hokkaido, the border the 1875 treaty set; approximate, mid-strait.',
    citations: [{ ...JAPAN_BY_JAPANESE, locator: 'Treaty of Saint Petersburg, Art. 1' }],
    waypoints: LA_PEROUSE,
  },
  {
    id: 'la-perouse-strait',
    eras: ['1945'],
    note: 'Through La Pérouse (Sōya) Strait between Sakhalin and Hokkaido: a de facto line that no treaty between Japan and Russia sets. It holds because Japan renounced southern Sakhalin at San Francisco (1951) and the Soviet Union, then Russia, has held Sakhalin since 1945. Japan keeps its territorial sea in the strait to 3 nautical miles, leaving a high-seas lane. Approximate, mid-strait.',
    citations: [{ ...SAN_FRANCISCO, locator: 'Art. 2(c)' }, ENWP_BORDER, { ...JAPAN_TERRITORIAL_SEA, locator: 'Supplementary Provisions: the Sōya Strait among the designated areas' }],
    waypoints: LA_PEROUSE,
  },
  {
    id: 'nemuro-goyomai',
    eras: ['1945'],
    note: 'The de facto line between Hokkaido and the southern Kurils (Japan\'s Northern Territories), through the Nemuro, Izmeny (Notsuke) and Sovetsky (Goyomai) straits; approximate, mid-strait.',
    citations: [ENWP_BORDER, { ...JAWP_KAIGARA, locator: 'buoy between Nosappu and Kaigara' }],
    waypoints: [
      { at: [145.62, 44.5], note: 'Sea of Okhotsk, north-east of Cape Shiretoko' },
      { at: [145.59, 44.2], note: 'Nemuro Strait, between the Shiretoko Peninsula and Kunashir' },
      { at: [145.41, 44.0], note: 'Nemuro Strait, off Rausu' },
      { at: [145.38, 43.66], note: 'Izmeny (Notsuke) Strait, between the tip of the Notsuke spit and Kunashir’s south-west cape' },
      { at: [145.55, 43.53], note: 'southern Nemuro Strait, between the Nemuro Peninsula and Kunashir' },
      { at: [145.8, 43.43], note: 'north of Cape Nosappu, west of Suisho' },
      { at: [145.838, 43.391], note: 'Sovetsky (Goyomai) Strait, halfway between Cape Nosappu and Kaigara rock' },
      { at: [145.84, 43.3], note: 'Pacific Ocean, south of the strait' },
    ],
  },
];

/** The land border of 1905: the parallel across Sakhalin, computed from its polygon by the build. */
export const landBorders = [
  {
    era: '1905' as EraId,
    island: 'sakhalin',
    lat: 50,
    note: 'The 50th parallel across Sakhalin, computed from the island polygon. The treaty let the line leave the parallel where the terrain required; the atlas draws the parallel itself.',
    citations: [{ ...FRUS_1905, locator: 'Art. IX and Additional Art. II' }],
  },
];
