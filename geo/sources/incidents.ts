/**
 * Incidents at sea and dated events, authored by hand: what happened, where, who says what, and
 * where each fact comes from. Every source is the original publisher (reference figures and their
 * citations are listed in docs/sources.md); where sources disagree every version is kept in
 * `disputed_facts`.
 * Texts are the atlas's own words. A title in [square brackets] describes a report whose exact
 * headline we do not have; urls are given only where we are sure of them.
 *
 * Markers never claim more precision than the sources give: `location_note` says how each
 * position was obtained. Distances to coasts and the territorial-sea flag are computed by
 * geo/build-incidents.ts, not authored.
 */
import type { IncidentRecord } from '../../src/features/incidents/model.ts';
import type { Source } from '../../src/geo/types.ts';

export interface IncidentSource extends IncidentRecord {
  /** The marker, [lon, lat]. */
  at: [number, number];
  /** The place the sources measure from, where the atlas draws no coast for it (see `named_place` in geo/README.md). */
  namedPlace?: { name: string; at: [number, number]; held_by: 'japan' | 'russia'; why: string };
}

// Sources used by several records.
const HOPPOU: Source = { publisher: 'Cabinet Office of Japan (hoppou.go.jp)', title: 'The Soviet occupation of the four northern islands, 1945' };
const SLAVINSKY: Source = { publisher: 'Boris Slavinsky', title: 'The Soviet occupation of the Kuril Islands (August–September 1945)', date: '1993' };
const YOMIURI_2011_10_01: Source = { publisher: 'Yomiuri Shimbun', title: '[Report on Russian military activity near Japan]', date: '2011-10-01' };

/** Places the markers share: published positions (docs/sources.md) or the atlas's label points. */
const YUZHNO_KURILSK: [number, number] = [145.86, 44.03]; // the atlas's town label, geo/sources/labels.ts
const YUZHNO_SAKHALINSK: [number, number] = [142.74, 46.96]; // the atlas's town label

const RU_MOD_KURIL_1945: Source = { publisher: 'Ministry of Defence of the Russian Federation', title: 'Military encyclopaedia: Курильская десантная операция 1945 (the Kuril landing operation, 18 August – 1 September 1945)' };
const LAVROV_2019: Source = { publisher: 'Rossiyskaya Gazeta', title: 'Lavrov: Japan’s demands for the return of the Kurils contradict the UN Charter', date: '2019-01-16', url: 'https://rg.ru/2019/01/16/lavrov-trebovaniia-iaponii-o-vozvrate-kuril-protivorechat-ustavu-oon.html' };
const MOFA_NT: Source = { publisher: 'Ministry of Foreign Affairs of Japan', title: "Japan's Northern Territories" };

/**
 * How each side frames the 1945 landings. Japan: an attack after it had accepted the Potsdam
 * Declaration, in breach of the Neutrality Pact, on islands that had never been Russian. Russia:
 * the Kuril landing operation, which freed the islands from Japanese militarism as the Allies had
 * agreed at Yalta, an outcome of the war that the UN Charter (Art. 107) puts beyond dispute.
 */
const ACCOUNTS_1945 = (japan: string, russia: string) => ({
  japan: `${japan} Japan holds that the Soviet Union attacked in breach of the Soviet–Japanese Neutrality Pact, still in force, after Japan had accepted the Potsdam Declaration on 14 August, and that its occupation of the four islands, never Russian before, was and is illegal.`,
  russia: `${russia} Soviet and Russian accounts call it the Kuril landing operation (18 August – 1 September 1945), part of the war against militarist Japan that the Allies agreed at Yalta; Russia holds that the islands became Soviet as an outcome of the Second World War, fixed in the UN Charter (Art. 107).`,
});

const LANDING = (island: string): Pick<IncidentSource, 'type' | 'setting' | 'location_precision' | 'casualties' | 'vessels' | 'in_seed_article'> & { location_note: string } => ({
  type: 'military', setting: 'land', location_precision: 'area',
  location_note: `Only the island is given; the marker stands at the atlas's label point for ${island}, not at a landing beach.`,
  casualties: null, vessels: [], in_seed_article: true,
});
const SOURCES_1945 = [HOPPOU, SLAVINSKY, MOFA_NT, RU_MOD_KURIL_1945, LAVROV_2019];

export const incidentSources: IncidentSource[] = [
  // 1945: the Soviet occupation, island by island.
  {
    id: '1945-08-18-shumshu-landing', date: '1945-08-18', date_end: '1945-08-23', ...LANDING('Shumshu'),
    title: 'Soviet landing on Shumshu',
    summary: 'Three days after Japan announced its surrender, Soviet forces landed on Shumshu, the northernmost Kuril island, facing Kamchatka. The Japanese garrison fought back until 23 August; the battle opened the Soviet occupation of the whole chain.',
    place: 'Shumshu, northern Kurils', sources: SOURCES_1945,
    accounts: ACCOUNTS_1945('The landing came three days after Japan announced its surrender.', 'The Japanese garrison on Shumshu had not laid down its arms, and the battle there was the operation’s hardest fighting.'),
    disputed_facts: [], at: [156.33, 50.75],
  },
  {
    id: '1945-08-28-iturup-occupied', date: '1945-08-28', date_end: null, ...LANDING('Iturup'),
    title: 'Soviet troops reach Etorofu (Iturup)',
    summary: 'Soviet troops landed on Etorofu, the largest of the four islands Japan claims today, after the northern and central Kurils had been taken.',
    place: 'Etorofu (Iturup)', sources: SOURCES_1945,
    accounts: ACCOUNTS_1945('Etorofu, Japanese since the Treaty of Shimoda (1855), was taken without a fight.', 'The garrison of Iturup surrendered to the landing force.'),
    disputed_facts: [], at: [147.62, 45.03],
  },
  {
    id: '1945-09-01-kunashir-occupied', date: '1945-09-01', date_end: null, ...LANDING('Kunashir'),
    title: 'Soviet troops land on Kunashiri (Kunashir)',
    summary: 'Soviet forces landed on Kunashiri, the island nearest Hokkaido, on the day before Japan signed the instrument of surrender in Tokyo Bay.',
    place: 'Kunashiri (Kunashir)', sources: SOURCES_1945,
    accounts: ACCOUNTS_1945('Kunashiri was occupied on the eve of Japan’s formal surrender.', 'Kunashir was taken as part of the same operation.'),
    disputed_facts: [], at: [145.85, 44.12],
  },
  {
    id: '1945-09-01-shikotan-occupied', date: '1945-09-01', date_end: null, ...LANDING('Shikotan'),
    title: 'Soviet troops land on Shikotan',
    summary: 'Shikotan was occupied the same day as Kunashiri. The seed article says the last of the islands\' Japanese residents had been deported by 1948.',
    place: 'Shikotan', sources: SOURCES_1945,
    accounts: ACCOUNTS_1945('Shikotan, never part of the Kurils in Japan’s view, was occupied with Kunashiri.', 'Shikotan was taken as part of the same operation.'),
    disputed_facts: [], at: [146.75, 43.8],
  },
  {
    id: '1945-09-03-habomai-occupied', date: '1945-09-03', date_end: '1945-09-05', ...LANDING('Shibotsu, the largest Habomai islet'),
    title: 'Soviet landings on the Habomai islets',
    summary: 'Landings on the Habomai islets began on 3 September; by Japanese accounts all four island groups were occupied by 5 September, after Japan had signed its surrender.',
    place: 'Habomai islets', sources: SOURCES_1945,
    accounts: ACCOUNTS_1945('The Habomai landings came after Japan signed the instrument of surrender on 2 September.', 'Soviet histories date the end of the operation to 1 September.'),
    disputed_facts: [{
      fact: 'When the occupation of the four islands was complete',
      versions: [
        { says: 'By 5 September 1945, with the Habomai landings from 3 September', by: 'Cabinet Office of Japan (hoppou.go.jp); Boris Slavinsky' },
        { says: 'By 1 September 1945, when the Kuril landing operation ended', by: 'Ministry of Defence of the Russian Federation (military encyclopaedia), following Soviet histories' },
      ],
    }],
    at: [146.13, 43.5],
  },
  // 1947–1949: the islanders deported.
  {
    id: '1947-deportation-islanders', date: '1947', date_end: '1949', type: 'military', setting: 'land',
    title: 'The Japanese islanders are removed to Japan',
    summary: 'About 17,000 Japanese lived on the four islands in August 1945. A little over half escaped to Hokkaido in their own boats in the first months of the occupation; those who stayed lived under Soviet rule for two years and were then shipped off the islands between 1947 and 1949 (the seed article says many were given 24 hours to pack), first to camps at Maoka (Kholmsk) on Sakhalin and from there to Hakodate. Soviet settlers took their place.',
    place: 'The four islands: Etorofu, Kunashiri, Shikotan and the Habomai islets (then by way of Maoka, Sakhalin, to Hakodate)', location_precision: 'area',
    location_note: 'The removal covered all four islands; the marker was placed by the atlas editors on Kunashiri, the island with the most residents, and stands for the whole area.',
    casualties: { killed: null, injured: null, note: 'Deaths on the way and in the Sakhalin camps were reported, but we found no count.' },
    vessels: [],
    accounts: {
      japan: 'The residents were forcibly expelled from their homes on Japanese land, after two years under occupation; Japan counts 17,291 former islanders.',
      russia: 'Soviet and Russian accounts speak of the repatriation of Japanese nationals to Japan after the war, the same process that returned the Japanese of southern Sakhalin.',
    },
    disputed_facts: [
      {
        fact: 'How many islanders there were',
        versions: [
          { says: '17,291 residents in 1945', by: 'Government of Japan (Cabinet Office), as quoted by The Straits Times / Yomiuri (2015)' },
          { says: '17,921 residents, in more than 3,000 families', by: 'The Japan Times (2004), citing the League of Residents of Chishima and Habomai Islands' },
          { says: 'about 17,000 expelled by 1949', by: 'the seed article' },
        ],
      },
      {
        fact: 'When it ended',
        versions: [
          { says: 'the last were deported by 1948', by: 'the seed article' },
          { says: 'the deportations ran from 1947 to 1949', by: 'The Japan Times (2004)' },
        ],
      },
    ],
    sources: [
      { publisher: 'The Japan Times / Kyodo News', title: 'Island life before Soviets a fading memory', date: '2004-09-22', url: 'http://www.japantimes.co.jp/2004/09/22/announcements/island-life-before-soviets-a-fading-memory/' },
      { publisher: 'The Straits Times (my paper), from the Yomiuri Shimbun', title: 'The long wait of Nemuro\'s displaced islanders', date: '2015-12-30', url: 'http://mypaper.sg/lifestyle/long-wait-nemuros-displaced-islanders-20151230' },
      { publisher: 'The Japan News (Yomiuri Shimbun)', title: 'Evacuation ship passenger lists show names, details on 8,835 displaced Northern Territories residents', date: '2025-12-08', url: 'https://japannews.yomiuri.co.jp/society/general-news/20251208-297048' },
      { publisher: 'Paul Richardson, Political Reflection Magazine', title: 'In the deep freeze? A Cold War legacy and the visa-free programme between Russia and Japan', date: '2010-06-01', url: 'http://politicalreflectionmagazine.com/2010/06/01/in-the-deep-freeze-a-cold-war-legacy-and-the-visa-free-programme-between-russia-and-japan/' },
    ],
    in_seed_article: true, at: [145.99, 44.25],
  },
  // 1956: the first fisherman killed.
  {
    id: '1956-10-15-koei-maru', date: '1956-10-15', date_end: null, type: 'shooting', setting: 'sea',
    title: 'Fisherman killed near Suisho',
    summary: 'A crewman of the Kōei Maru, a small boat fishing for shark with gillnets, was killed when Soviet border guards opened fire near Suisho in the Habomai islets. The Japan Coast Guard counts him as the last Japanese fisherman shot dead by the border guards before 2006.',
    place: 'Off Suisho (Tanfilyev), Habomai islets', location_precision: 'area',
    location_note: 'The reports say only "near Suisho-jima"; the marker stands just off the island\'s south-west shore, placed by the atlas editors, not a reported position.',
    casualties: { killed: 1, injured: null, note: null },
    vessels: [{ name: 'Kōei Maru', name_ja: '孝栄丸', name_ru: 'Коэй-мару', count: 1, kind: 'shark gillnet boat', side: 'japan', tonnage_t: null, crew: null, home_port: null }],
    accounts: null,
    disputed_facts: [
      {
        fact: 'Date',
        versions: [
          { says: '15 October 1956', by: 'Sankei Shimbun / Kyodo text reproduced on a blog (2006)' },
          { says: 'October 1956, no day given', by: 'Japan Coast Guard, quoted by AP (2006)' },
        ],
      },
      {
        fact: 'How many Japanese boats were seized after the war, and how many fishermen died',
        versions: [
          { says: '1,330 boats captured between 1945 and 2004, with a single death, in 1956', by: 'the seed article (no source found for 1,330)' },
          { says: '1,364 boats and 11,592 crew seized in all northern waters from 1946 to 31 January 1972, with 32 dead', by: 'Ministry of Foreign Affairs of Japan, Diplomatic Bluebook 1972' },
          { says: '1,301 boats and 9,011 people seized around the four islands from 1946 to September 2016', by: 'Hokkaido Government, via THE PAGE (2016)' },
        ],
      },
    ],
    sources: [
      { publisher: 'Sankei Shimbun / Kyodo News (text reproduced on a blog)', title: '[2006 report listing earlier shootings of Japanese fishing boats]', date: '2006-08' },
      { publisher: 'Ministry of Foreign Affairs of Japan', title: 'Diplomatic Bluebook 1972', date: '1972' },
      { publisher: 'THE PAGE, citing the Hokkaido Government', title: '[Seizures of Japanese fishing boats around the Northern Territories since 1946]', date: '2016' },
      { publisher: 'Associated Press', title: 'Russian patrol opens fire on Japanese boat', date: '2006-08-16', url: 'https://www.nbcnews.com/id/wbna14366812' },
    ],
    in_seed_article: true, at: [145.9, 43.41],
  },
  // 1991: visits without visas.
  {
    id: '1991-visa-free-visits', date: '1991', date_end: null, type: 'diplomatic', setting: 'land',
    title: 'Visa-free visits to the four islands agreed',
    summary: 'After Mikhail Gorbachev\'s visit to Tokyo in April 1991 the two governments agreed that former islanders, their families and others could travel to the four islands, and the Russian residents to Japan, with identity papers instead of passports and visas, so that neither side\'s legal position would be affected. The exchanges began in 1992. Visits to family graves rest on an earlier Soviet–Japanese arrangement of 2 July 1986. Russia ended the 1991 exchange agreement and the 1999 agreement on free visits by former islanders on 5 September 2022, after Japan\'s sanctions over Ukraine, but said the 1986 grave visits were not affected.',
    place: 'The four islands: Etorofu, Kunashiri, Shikotan and the Habomai islets', location_precision: 'area',
    location_note: 'An agreement, not a place: the marker was placed by the atlas editors on Shikotan and stands for the four islands the visits go to.',
    casualties: null, vessels: [],
    accounts: {
      japan: 'The visits go without passports or visas precisely so that they imply no recognition of Russian jurisdiction over the islands; Japan wants them, and the grave visits above all, resumed.',
      russia: 'Russia ended the exchange and the free-visit agreements in 2022 in answer to Japan\'s unfriendly sanctions; the 1986 agreement on grave visits still stands.',
    },
    disputed_facts: [{
      fact: 'What the 1991 agreement covers',
      versions: [
        { says: 'a 1991 agreement lets former islanders and their relatives go back to honour their dead', by: 'the seed article' },
        { says: 'the 1991 arrangement set up the visa-free exchanges from 1992; visits to graves go back to a Soviet–Japanese agreement of 2 July 1986', by: 'TASS (25 January 2023); The Japan Times (31 January 2009)' },
      ],
    }],
    sources: [
      { publisher: 'TASS', title: 'Japan eager to resume humanitarian exchanges in Southern Kurils — prime minister', date: '2023-01-25', url: 'https://tass.com/world/1566895' },
      { publisher: 'The Japan Times', title: 'Island mission scrapped', date: '2009-01-31', url: 'https://www.japantimes.co.jp/opinion/2009/01/31/editorials/island-mission-scrapped/' },
      { publisher: 'Kyodo News (via OANA)', title: 'Japan cancels humanitarian aid to Russian-held islands (the visa-free programme launched in 1992)', date: '2009-01-28', url: 'http://m.oananews.org/node/43043' },
    ],
    in_seed_article: true, at: [146.8, 43.85],
  },
  // 1994: the Hokkaido Tōhō-oki (Shikotan) earthquake.
  {
    id: '1994-10-04-kuril-earthquake', date: '1994-10-04', date_end: null, type: 'earthquake', setting: 'sea',
    title: 'The Kuril (Hokkaido Tōhō-oki) earthquake',
    summary: 'A magnitude 8.1–8.3 earthquake east of Shikotan shook the southern Kurils (Japan\'s Northern Territories) and eastern Hokkaido and raised a tsunami. Shikotan was hit hardest: buildings, roads and oil tanks at Malokurilskoye were damaged. The seed article says Japan afterwards rebuilt a destroyed power plant and a medical centre on the islands.',
    place: 'Pacific Ocean, about 70–80 km east of Shikotan', location_precision: 'approximate',
    location_note: 'The marker is the Japan Meteorological Agency\'s epicentre, 43°22.5′N 147°40.4′E (depth 28 km), about 79 km from Shikotan\'s coast. Catalogues differ by tens of km (see the disputed facts), so the position is good to a few tens of km.',
    casualties: { killed: 10, injured: null, note: 'At least 10 dead; English Wikipedia gives 10–12 dead and 242 to 1,742 injured, by source.' },
    vessels: [], accounts: null,
    disputed_facts: [
      {
        fact: 'Date',
        versions: [
          { says: '4 October 1994, 13:22–13:23 UTC', by: 'NOAA National Geophysical Data Center; English Wikipedia' },
          { says: '5 October 1994, 00:22–00:23 local time in the Kurils (the same moment)', by: 'NOAA National Geophysical Data Center (V. K. Gusiakov); English Wikipedia' },
        ],
      },
      {
        fact: 'Magnitude',
        versions: [
          { says: 'Mw 8.2 or 8.3', by: 'English Wikipedia' },
          { says: 'M 8.1', by: 'NOAA National Geophysical Data Center' },
          { says: 'M 8.2 (Mw 8.3 by the USGS)', by: 'Japan Meteorological Agency, via Japanese Wikipedia and the Britannica Japan encyclopaedia' },
        ],
      },
      {
        fact: 'Epicentre',
        versions: [
          { says: '43°22.5′N 147°40.4′E, depth 28 km: about 79 km from Shikotan by the atlas\'s measure (the marker)', by: 'Japan Meteorological Agency, via Japanese Wikipedia and the Britannica Japan encyclopaedia' },
          { says: 'about 80 km east-south-east of Shikotan', by: 'NOAA National Geophysical Data Center (overview by V. K. Gusiakov)' },
          { says: '43.706°N 147.328°E, which is only about 36 km from Shikotan\'s coast, though the same article puts the epicentre about 70 km east of the island', by: 'English Wikipedia (infobox; it names no catalogue for the coordinates)' },
        ],
      },
    ],
    sources: [
      { publisher: 'NOAA National Geophysical Data Center', title: 'Shikotan, Kuril Islands Earthquake, October 4, 1994 (overview by V. K. Gusiakov)' },
      { publisher: 'Wikipedia (English)', title: '1994 Kuril Islands earthquake', date: '2025', url: 'https://en.wikipedia.org/wiki/1994_Kuril_Islands_earthquake' },
      { publisher: 'Japan Meteorological Agency, via Wikipedia (Japanese)', title: '北海道東方沖地震 (infobox: epicentre, depth, magnitude by the JMA)', date: '2025' },
      { publisher: 'Britannica Japan (via kotobank.jp)', title: '北海道東方沖地震', url: 'https://kotobank.jp/word/%E5%8C%97%E6%B5%B7%E9%81%93%E6%9D%B1%E6%96%B9%E6%B2%96%E5%9C%B0%E9%9C%87' },
    ],
    in_seed_article: true, at: [147.673333, 43.375],
  },
  // 2004–2008: the Amur islands.
  {
    id: '2004-10-14-amur-islands-china', date: '2004-10-14', date_end: '2008-10-14', type: 'diplomatic', setting: 'land',
    title: 'Russia hands China islands in the Amur at Khabarovsk',
    summary: 'By an agreement signed in Beijing on 14 October 2004, Russia gave China Tarabarov (Yinlong) Island and about half of Bolshoy Ussuriysky (Heixiazi) Island, where the Ussuri meets the Amur beside Khabarovsk, about 174 km² in all, and China dropped its claim to the rest. Both parliaments approved it in 2005, and the land changed hands at a ceremony on 14 October 2008, four years to the day after the signing. The seed article dates the handover to January 2005 and notes that some in Japan saw it as a model for the four islands.',
    place: 'Bolshoy Ussuriysky and Tarabarov islands, Amur River, by Khabarovsk', location_precision: 'area',
    location_note: 'The atlas\'s land data does not draw these river islands. The marker was placed by the atlas editors at Khabarovsk, on the mainland across the Amur channel from the islands.',
    casualties: null, vessels: [], accounts: null,
    disputed_facts: [{
      fact: 'When the islands were handed over',
      versions: [
        { says: 'January 2005', by: 'the seed article' },
        { says: 'agreement signed 14 October 2004, approved by both parliaments in 2005, handed over 14 October 2008', by: 'RT (14 October 2008); RIA Novosti via IANS (4 July 2008); Harvard University, Russia in Global Affairs collection' },
      ],
    }],
    sources: [
      { publisher: 'RT', title: 'World’s biggest country becomes a little bit smaller', date: '2008-10-14', url: 'https://www.rt.com/news/worlds-biggest-country-becomes-a-little-bit-smaller/' },
      { publisher: 'RIA Novosti, via IANS (TwoCircles.net)', title: 'Russia to hand over two border islands to China', date: '2008-07-04', url: 'https://twocircles.net/2008jul04/russia_hand_over_two_border_islands_china.html' },
      { publisher: 'Harvard University (Russia Global collection)', title: 'Complementary Agreement between the People’s Republic of China and the Russian Federation', url: 'https://russiaglobal.omeka.fas.harvard.edu/items/show/24' },
    ],
    in_seed_article: true, at: [135.07, 48.48],
  },
  // 2005.
  {
    id: '2005-11-chapel-suisho', date: '2005-11', date_end: null, type: 'construction', setting: 'land',
    title: 'Orthodox chapel built on Suisho',
    summary: 'A small Orthodox chapel dedicated to St Demetrius of Thessaloniki went up on uninhabited Suisho (Tanfilyev), whose nearest shore is about 7 km from Cape Nosappu, for the border guards stationed there and visiting fishermen. It was built in early November 2005; a cross had stood on the island since 1997.',
    place: 'Suisho (Tanfilyev), Habomai islets', location_precision: 'approximate',
    location_note: 'The chapel\'s position on the island is not given in our sources; the marker is at the island centre, 43°26′N 145°55′E (English and Russian Wikipedia, Tanfilyev Island).',
    casualties: null, vessels: [],
    accounts: {
      japan: 'The Yomiuri Shimbun called the chapel a provocation on an island Japan regards as its own.',
      russia: 'Sakhalin\'s governor announced the chapel in July 2005 during a visit by the head of the FSB; the border service shipped the materials and the region paid for it, as a place of prayer for the guards and fishermen.',
    },
    disputed_facts: [],
    sources: [
      { publisher: 'azbyka.org', title: 'Часовня великомученика Димитрия Солунского на острове Танфильева', date: '2016', url: 'https://azbyka.org/palomnik/%D0%A7%D0%B0%D1%81%D0%BE%D0%B2%D0%BD%D1%8F_%D0%B2%D0%B5%D0%BB%D0%B8%D0%BA%D0%BE%D0%BC%D1%83%D1%87%D0%B5%D0%BD%D0%B8%D0%BA%D0%B0_%D0%94%D0%B8%D0%BC%D0%B8%D1%82%D1%80%D0%B8%D1%8F_%D0%A1%D0%BE%D0%BB%D1%83%D0%BD%D1%81%D0%BA%D0%BE%D0%B3%D0%BE_%D0%BD%D0%B0_%D0%BE%D1%81%D1%82%D1%80%D0%BE%D0%B2%D0%B5_%D0%A2%D0%B0%D0%BD%D1%84%D0%B8%D0%BB%D1%8C%D0%B5%D0%B2%D0%B0' },
      { publisher: 'NEWSru.com, citing the Yomiuri Shimbun', title: '[Japanese press calls the chapel on Tanfilyev a provocation]', date: '2005-11-22' },
    ],
    in_seed_article: true, at: [145.916667, 43.433333],
  },
  {
    id: '2005-11-21-koizumi-putin-tokyo', date: '2005-11-21', date_end: null, type: 'meeting', setting: 'land',
    title: 'Koizumi and Putin meet in Tokyo',
    summary: 'On Putin\'s first visit to Japan in five years the two leaders agreed on cooperation against terrorism and on trade, energy and security, but made no progress on the islands and issued no joint statement on them.',
    place: 'Tokyo', location_precision: 'approximate',
    location_note: 'The sources name only the city; the marker is in central Tokyo, good to a few km.',
    casualties: null, vessels: [], accounts: null,
    disputed_facts: [{
      fact: 'Number of documents signed',
      versions: [
        { says: '12 documents', by: 'The Japan Times (22 November 2005)' },
        { says: 'a package of 18 agreements', by: 'Kremlin (21 November 2005)' },
      ],
    }],
    sources: [
      { publisher: 'The Japan Times', title: 'Putin, Koizumi bolster economic ties, skip isles', date: '2005-11-22' },
      { publisher: 'President of Russia (kremlin.ru)', title: 'President Vladimir Putin held talks with Japanese Prime Minister Junichiro Koizumi', date: '2005-11-21', url: 'http://en.kremlin.ru/events/president/news/34505' },
    ],
    in_seed_article: true, at: [139.74, 35.68],
  },
  // 2006: the first fisherman killed in fifty years.
  {
    id: '2006-08-16-kisshin-maru-31', date: '2006-08-16', date_end: null, type: 'shooting', setting: 'sea',
    title: 'Crab boat fired on near Kaigara; a fisherman killed',
    summary: 'A Russian border-guard patrol fired on the 4.9-tonne crab boat No. 31 Kisshin Maru from Nemuro near Kaigara, the reef closest to Cape Nosappu. Deckhand Mitsuhiro Morita, 35, was shot in the head and died. The captain and two crewmen were taken with the boat to Furukamappu on Kunashiri. The two crewmen came home on 30 August; the captain was fined for poaching and released on 3 October, seven weeks after the shooting. It was the first Japanese fisherman killed since 1956.',
    place: 'Near Kaigara (Signalny) reef, off Cape Nosappu', location_precision: 'area',
    location_note: 'Neither government published the boat\'s position: Japan\'s reports say only "near Kaigara-jima", and Russia that it was in Russian territorial waters. The marker was placed by the atlas editors about 0.7 km south-east of the Kaigara lighthouse (43°23.8′N 145°51.5′E), off the reef; it says nothing about which side of any line the boat was on.',
    casualties: { killed: 1, injured: 0, note: 'Three more were detained: two until 30 August, the captain until 3 October 2006.' },
    vessels: [
      { name: 'No. 31 Kisshin Maru', name_ja: '第31吉進丸', name_ru: 'Киссин-мару № 31', count: 1, kind: 'crab-pot fishing boat', side: 'japan', tonnage_t: 4.9, crew: 4, home_port: 'Nemuro' },
      { name: null, name_ja: null, name_ru: null, count: 1, kind: 'Border Guard patrol boat with an inflatable launch', side: 'russia', tonnage_t: null, crew: null, home_port: null },
    ],
    accounts: {
      japan: 'The boat was in Japanese waters; killing a fisherman was unacceptable. Japan demanded an apology, compensation and the release of the crew and the boat.',
      russia: 'The boat was poaching in Russian territorial waters, ignored orders to stop and flares, and tried to ram the guards\' inflatable; the fatal shot was a warning shot, not aimed at anyone.',
    },
    disputed_facts: [
      {
        fact: 'Time of the shooting',
        versions: [
          { says: 'about 4 a.m.', by: 'The Japan Times / Kyodo (18 August 2006), citing the Japan Coast Guard' },
          { says: 'about 5 a.m.', by: 'The Japan Times / Kyodo (31 August 2006)' },
        ],
      },
      {
        fact: 'Name of the boat',
        versions: [
          { says: 'Kisshin Maru No. 31 (第31吉進丸)', by: 'Japan Coast Guard, Ministry of Foreign Affairs of Japan' },
          { says: 'No. 31 Kyoshin Maru', by: 'Associated Press' },
        ],
      },
    ],
    sources: [
      { publisher: 'The Japan Times / Kyodo News', title: 'Seized crew admits poaching: Russians', date: '2006-08-18', url: 'https://www.japantimes.co.jp/news/2006/08/18/national/seized-crew-admits-poaching-russians/' },
      { publisher: 'The Japan Times / Kyodo News', title: 'Russia frees crab boat pair, keeps skipper', date: '2006-08-31', url: 'https://www.japantimes.co.jp/news/2006/08/31/national/russia-frees-crab-boat-pair-keeps-skipper/' },
      { publisher: 'Ministry of Foreign Affairs of Japan', title: 'Incident in the Waters Surrounding the Northern Territories in which a Japanese Fishing Boat was Fired upon and Seized', date: '2006-08-29', url: 'https://www.mofa.go.jp/announce/announce/2006/8/0829-3.html' },
      { publisher: 'Yomiuri Shimbun', title: '[Russian patrol fires on Nemuro fishing boat near Kaigarajima]', date: '2006-08-16' },
      { publisher: 'Associated Press', title: 'Japanese captain arrested by Russia heads back home (via Taipei Times)', date: '2006-10-04' },
    ],
    in_seed_article: true, at: [145.865, 43.392],
  },
  // 2006: Russia's development programme for the Kurils.
  {
    id: '2006-08-03-kuril-development-programme', date: '2006-08-03', date_end: null, type: 'construction', setting: 'land',
    title: 'Russia approves a development programme for the Kurils',
    summary: 'The Russian government approved in outline a federal programme for the social and economic development of the Kuril Islands in 2007–2015, worth about 17 billion roubles, for transport, cheaper power, fisheries and tourism, aiming to raise the population from about 19,000 to 28,000–30,000. Economy minister German Gref said it had nothing to do with whether the four islands go to Japan. The seed article dates Russia\'s approval of a development plan to December 2005.',
    place: 'The Kuril Islands, the four islands Japan claims among them', location_precision: 'area',
    location_note: 'A programme for the whole chain: the marker was placed by the atlas editors on Iturup, the largest island, and stands for the area.',
    casualties: null, vessels: [],
    accounts: {
      japan: 'Japan regards Russian development of the four islands as carried out under an illegal occupation, and any third-country investment there as incompatible with its position.',
      russia: 'The programme serves the islands\' residents and economy; it has nothing to do with the question of transferring the islands (economy minister German Gref).',
    },
    disputed_facts: [{
      fact: 'When the plan was approved',
      versions: [
        { says: 'December 2005', by: 'the seed article' },
        { says: '3 August 2006, approved in outline by the government, for 2007–2015', by: 'RIA Novosti (3 August 2006)' },
      ],
    }],
    sources: [
      { publisher: 'RIA Novosti (via Sputnik)', title: 'Kuril development program to boost population, output - Gref', date: '2006-08-03', url: 'https://sputniknews.com/20060803/52220304.html' },
    ],
    in_seed_article: true, at: [147.45, 44.92],
  },
  // 2007.
  {
    id: '2007-01-21-zuisho-maru-38', date: '2007-01-21', date_end: null, type: 'seizure', setting: 'sea',
    title: 'Rausu gillnet boat seized off Kunashiri',
    summary: 'Russian border guards chased two Japanese boats off Kunashiri and caught one, the No. 38 Zuishō Maru from Rausu, with six crew and about 1.5 tonnes of fish aboard; it was taken to Yuzhno-Kurilsk (Furukamappu).',
    place: 'Off Kunashiri', location_precision: 'area',
    location_note: 'ITAR-Tass names a "Cape Bely" on Kunashir that we could not place; the marker stands in the Nemuro Strait off Kunashiri\'s western shore, placed by the atlas editors.',
    casualties: null,
    vessels: [{ name: 'No. 38 Zuishō Maru', name_ja: '第38瑞祥丸', name_ru: 'Дзуйсё-мару № 38', count: 1, kind: 'pollock gillnet boat', side: 'japan', tonnage_t: null, crew: 6, home_port: 'Rausu' }],
    accounts: {
      japan: 'The boat was seized while fishing under the Japan–Russia safe-operation agreement for the waters around the islands.',
      russia: 'The boat was fishing in Russian territorial waters where fishing is forbidden and fled when ordered to stop; it was caught after an hour\'s chase.',
    },
    disputed_facts: [],
    sources: [
      { publisher: 'ITAR-Tass', title: '[Japanese schooner detained for poaching off Kunashir]', date: '2007-01' },
      { publisher: 'Yomiuri Shimbun', title: '[Four Japanese fishing boats seized off Kunashiri] (recalls the January seizure)', date: '2007-12-14' },
    ],
    in_seed_article: false, at: [145.65, 44.15],
  },
  {
    id: '2007-06-01-hoshin-maru-88', date: '2007-06-01', date_end: null, type: 'seizure', setting: 'sea',
    title: 'Licensed salmon boat seized east of Kamchatka',
    summary: 'The No. 88 Hōshin Maru, fishing with a Russian licence in Russia\'s exclusive economic zone, was stopped and taken to Kamchatka, accused of recording valuable sockeye in its catch log as cheaper chum salmon. Japan took the case to the International Tribunal for the Law of the Sea, which on 6 August 2007 ordered boat and crew released on a bond of 10 million roubles. This is far from the disputed islands.',
    place: 'Pacific Ocean east of the Kamchatka Peninsula (Russian exclusive economic zone)', location_precision: 'area',
    location_note: 'The reports say only "waters east of the Kamchatka Peninsula"; the marker stands off Kamchatka\'s east coast, placed by the atlas editors.',
    casualties: { killed: null, injured: null, note: '17 crew held with the boat until its release in August 2007; no injuries reported.' },
    vessels: [{ name: 'No. 88 Hōshin Maru', name_ja: '第88豊進丸', name_ru: 'Хосин-мару № 88', count: 1, kind: 'salmon drift-net boat', side: 'japan', tonnage_t: null, crew: 17, home_port: null }],
    accounts: {
      japan: 'The bond Russia asked was unreasonable and the release too slow; Japan applied to ITLOS for prompt release, and MOFA welcomed the ruling as accepting its case.',
      russia: 'The crew had falsified the catch record, hiding sockeye salmon under a cheaper species, in breach of the licence.',
    },
    disputed_facts: [{
      fact: 'Date of the seizure',
      versions: [
        { says: '1 June 2007', by: 'Kyodo News (August 2007); International Law Observer, citing Japan\'s ITLOS application' },
        { says: '3 June 2007', by: 'a July 2007 news report reproduced on a blog' },
      ],
    }],
    sources: [
      { publisher: 'International Tribunal for the Law of the Sea', title: 'The "Hoshinmaru" Case (Japan v. Russian Federation), Prompt Release, Judgment', date: '2007-08-06' },
      { publisher: 'Ministry of Foreign Affairs of Japan', title: 'Judgment at the International Tribunal for the Law of the Sea (ITLOS) on the Cases of the Arrested Japanese Fishing Vessels', date: '2007-08-07', url: 'http://www.mofa.go.jp/announce/announce/2007/8/1174857_832.html' },
      { publisher: 'Kyodo News', title: '[Japanese fishing boat returns after release by Russia]', date: '2007-08' },
    ],
    in_seed_article: true, at: [161.5, 53.5],
  },
  {
    id: '2007-12-13-rausu-boats-cape-ruruy', date: '2007-12-13', date_end: null, type: 'seizure', setting: 'sea',
    title: 'Four Rausu boats seized off Cape Ruruy',
    summary: 'A Russian border-guard patrol boat seized four small gillnet boats from Rausu at about 4:30 a.m. off Cape Ruruy at the northern tip of Kunashiri and took them to Shakotan on Shikotan. No weapons were used and nobody was hurt. By one account one boat had crossed the median line after its captain fell ill and the other three followed it. The boats had no permit under the safe-operation agreement.',
    place: 'About 6 km east of Cape Ruruy, northern tip of Kunashiri', location_precision: 'approximate',
    location_note: 'Estimated as 6 km due east of the northern tip of the atlas\'s Kunashir polygon (44.5173°N 146.1670°E), taking Cape Ruruy to be that tip as Mainichi describes it; we found no published coordinates for the cape.',
    casualties: { killed: 0, injured: 0, note: 'MOFA arranged the handover of six crew members on 27 December 2007; the seed article says the crews came home a couple of months after the seizure.' },
    vessels: [
      { name: 'No. 31 Kichijō Maru', name_ja: '第31吉定丸', name_ru: 'Китидзё-мару № 31', count: 1, kind: 'gillnet boat', side: 'japan', tonnage_t: 19, crew: null, home_port: 'Rausu' },
      { name: 'No. 31 Hōyū Maru', name_ja: '第31豊佑丸', name_ru: 'Хою-мару № 31', count: 1, kind: 'gillnet boat', side: 'japan', tonnage_t: 6.3, crew: null, home_port: 'Rausu' },
      { name: 'No. 38 Yūkō Maru', name_ja: '第38祐幸丸', name_ru: 'Юко-мару № 38', count: 1, kind: 'gillnet boat', side: 'japan', tonnage_t: 9.7, crew: null, home_port: 'Rausu' },
      { name: 'No. 38 Tsubasa Maru', name_ja: '第38翼丸', name_ru: 'Цубаса-мару № 38', count: 1, kind: 'gillnet boat', side: 'japan', tonnage_t: 19, crew: null, home_port: 'Rausu' },
    ],
    accounts: {
      japan: 'Given Japan\'s position on the Northern Territories a "seizure" there is unacceptable; Japan asked for a quick release, on humanitarian grounds for a sick captain.',
      russia: 'All four boats were seen violating the territorial limit; of the eleven boats inspected only seven had permission to fish in Russian waters.',
    },
    disputed_facts: [
      {
        fact: 'Date',
        versions: [
          { says: '13 December 2007, about 4:30 a.m. Japan time', by: 'Ministry of Foreign Affairs of Japan; Mainichi Shimbun' },
          { says: '12 December 2007', by: 'ITAR-Tass' },
        ],
      },
      {
        fact: 'Number of crew',
        versions: [
          { says: '14', by: 'Mainichi Shimbun (13 December 2007)' },
          { says: '11', by: 'Yomiuri Shimbun (14 December 2007); Associated Press' },
        ],
      },
    ],
    sources: [
      { publisher: 'Ministry of Foreign Affairs of Japan', title: '国後島北方水域におけるロシア当局による日本漁船の拿捕', date: '2007-12-13', url: 'https://www.mofa.go.jp/mofaj/press/release/h19/12/1176622_818.html' },
      { publisher: 'Mainichi Shimbun', title: '[Four Rausu boats seized off Cape Ruruy, Kunashiri]', date: '2007-12-13' },
      { publisher: 'Yomiuri Shimbun', title: '[Four Japanese fishing boats seized off Kunashiri]', date: '2007-12-14' },
      { publisher: 'RIA Novosti', title: 'Four Japanese vessels detained in Russia over poaching', date: '2007-12-14', url: 'http://en.rian.ru/russia/20071214/92492318.html' },
      { publisher: 'ITAR-Tass (via IRNA)', title: 'Detention of Japanese boats to affect relations with Russia-FM', date: '2007-12' },
    ],
    in_seed_article: true, at: [146.242496, 44.517285],
  },
  // 2008.
  {
    id: '2008-02-09-tu95-sofu-gan', date: '2008-02-09', date_end: null, type: 'airspace', setting: 'air',
    title: 'Russian bomber over Japanese waters near Sōfu-gan',
    summary: 'A Russian Tu-95 strategic bomber flew from the north down the Pacific and, by Japan\'s account, crossed into the airspace over the territorial sea around Sōfu-gan (Lot\'s Wife), a bare rock in the southern Izu Islands, for just under three minutes (7:30:36 to 7:33:24). The published entry point is about 22 km west of the rock, at the edge of its 12-nautical-mile (22.2 km) territorial sea; the exit point about 23 km to its north-east. Japan scrambled 22 F-15s and two E-767 early-warning aircraft and protested.',
    place: 'Airspace over the territorial sea near Sōfu-gan, southern Izu Islands', location_precision: 'exact',
    location_note: 'The marker is the entry point published by Japan\'s Ministry of Defense, 29°47′N 140°07′E; the exit was 29°52′N 140°34′E. Sōfu-gan, at 29°47′39″N 140°20′31″E, is too small for the atlas\'s land data (about 84 by 56 m) and is not drawn: the distances to it are measured from that published position. The nearest coast the atlas draws is far away (Honshu), which says nothing about this event.',
    casualties: null,
    vessels: [
      { name: null, name_ja: null, name_ru: null, count: 1, kind: 'Tu-95 strategic bomber', side: 'russia', tonnage_t: null, crew: null, home_port: null },
      { name: null, name_ja: null, name_ru: null, count: 22, kind: 'F-15 fighter (scrambled)', side: 'japan', tonnage_t: null, crew: null, home_port: null },
      { name: null, name_ja: null, name_ru: null, count: 2, kind: 'E-767 early-warning aircraft (scrambled)', side: 'japan', tonnage_t: null, crew: null, home_port: null },
    ],
    accounts: {
      japan: 'The bomber violated Japanese airspace; warnings went unanswered, and Japan lodged a protest with the Russian embassy.',
      russia: 'The Air Force denied any violation: the flight was over neutral waters.',
    },
    disputed_facts: [],
    sources: [
      { publisher: 'Ministry of Defense of Japan', title: 'Violation of Japanese Airspace by Russian Aircraft (February 9, 2008)', date: '2008-02-09', url: 'https://www.mod.go.jp/e/about/remarks/2008/press20080209.html' },
      { publisher: 'Associated Press', title: 'Russian bomber violates Japan airspace', date: '2008-02-09', url: 'http://usatoday30.usatoday.com/news/world/2008-02-09-2208755352_x.htm' },
      { publisher: 'Yomiuri Shimbun', title: '[Russian bomber violates airspace over the southern Izu Islands]', date: '2008-02-09' },
      { publisher: 'Wikipedia (English)', title: 'Lot\'s Wife (crag) (Sōfu-gan): 29°47′39″N 140°20′31″E; about 84 m east–west and 56 m north–south', date: '2025' },
    ],
    in_seed_article: true, at: [140.116667, 29.783333],
    // The sources measure from the rock, which the coastline data cannot draw.
    namedPlace: { name: 'Sōfu-gan (Lot\'s Wife)', at: [140 + 20 / 60 + 31 / 3600, 29 + 47 / 60 + 39 / 3600], held_by: 'japan', why: 'a rock about 84 by 56 m, too small for the atlas\'s coastline; the sources measure from it' },
  },
  {
    id: '2008-07-08-fukuda-medvedev-toyako', date: '2008-07-08', date_end: null, type: 'meeting', setting: 'land',
    title: 'Fukuda and Medvedev meet at the Tōyako G8 summit',
    summary: 'At their first meeting since Medvedev became president in May, held beside the G8 summit at Lake Tōya in Hokkaido, Prime Minister Yasuo Fukuda and President Dmitry Medvedev agreed that the dispute over the four islands should be settled and that talks would go on at every level on the basis of the documents agreed before. A week earlier Medvedev had told Kyodo and NHK that the 1956 and 1993 declarations could give "positive impulses".',
    place: 'Tōyako, Hokkaido (the G8 summit hotel above Lake Tōya)', location_precision: 'approximate',
    location_note: 'The sources name the summit\'s hotel by Lake Tōya; the marker was placed by the atlas editors on the lake\'s western shore, good to a few km.',
    casualties: null, vessels: [],
    accounts: {
      japan: 'If the territorial question is solved, relations will rise to their highest level, Medvedev said by a senior Japanese official\'s account; the two agreed to keep negotiating on the basis of past declarations.',
      russia: 'A solution to this complex problem needs a good atmosphere, closer economic and humanitarian ties first (presidential aide Sergei Prikhodko); Russia\'s sovereignty over the southern Kurils is not in question (Foreign Ministry spokesman Andrei Nesterenko).',
    },
    disputed_facts: [],
    sources: [
      { publisher: 'The Japan Times', title: 'Fukuda, Medvedev favor isle row solution', date: '2008-07-09', url: 'http://info.japantimes.co.jp/text/nn20080709b1.html' },
      { publisher: 'Ministry of Foreign Affairs of Japan, via the G8 Research Group (University of Toronto)', title: 'Second press conference, Hokkaido Toyako Summit: Japan–Russian Federation bilateral summit meeting', date: '2008-07-08', url: 'http://www.g8.utoronto.ca/summit/2008hokkaido/2008-press-0708-2.html' },
      { publisher: 'The Moscow Times', title: 'Kurils deal linked to economic ties', date: '2008-07-09', url: 'http://oldtmt.vedomosti.ru/sitemap/free/2008/7/article/kurils-deal-linked-to-economic-ties/368813.html' },
      { publisher: 'Kyodo News (via OANA)', title: 'Russia\'s Medvedev hints at some flexibility over territory row', date: '2008-07-04', url: 'https://oananews.org/node/11373' },
    ],
    in_seed_article: true, at: [140.76, 42.6],
  },
  // 2009.
  {
    id: '2009-01-aid-ship-kunashiri', date: '2009-01', date_end: null, type: 'diplomatic', setting: 'sea',
    title: 'Aid ship turned back over immigration cards',
    summary: 'A Japanese ship bringing about ¥12.8 million of medical supplies for residents of Kunashiri, Shikotan and Etorofu returned to Nemuro on 29 January without unloading, after Russian officials asked those aboard to hand in disembarkation cards before landing on Kunashiri. Japan cancelled that year\'s aid; the seed article says Russia dropped the demand in May 2009.',
    place: 'Off Furukamappu (Yuzhno-Kurilsk), Kunashiri', location_precision: 'area',
    location_note: 'The ship\'s position off Kunashiri is not given; the marker stands in the bay off Yuzhno-Kurilsk, placed by the atlas editors.',
    casualties: null,
    vessels: [{ name: null, name_ja: null, name_ru: null, count: 1, kind: 'humanitarian aid ship', side: 'japan', tonnage_t: null, crew: null, home_port: 'Nemuro' }],
    accounts: {
      japan: 'Handing in the cards would have meant accepting Russia\'s claim to Kunashiri, and broke with the visa-free arrangements for the islands.',
      russia: 'The cards were required under a 2006 revision of Russian law, of which Japan had been notified.',
    },
    disputed_facts: [],
    sources: [
      { publisher: 'The Japan Times', title: 'Island mission scrapped', date: '2009-01-31', url: 'https://www.japantimes.co.jp/opinion/2009/01/31/editorials/island-mission-scrapped/' },
    ],
    in_seed_article: true, at: [145.9, 44.0],
  },
  {
    id: '2009-02-18-aso-medvedev-sakhalin', date: '2009-02-18', date_end: null, type: 'meeting', setting: 'land',
    title: 'Aso and Medvedev meet on Sakhalin',
    summary: 'Prime Minister Taro Aso flew to Yuzhno-Sakhalinsk for the opening of the Sakhalin-2 LNG plant and talked with President Medvedev about the islands; they agreed to speed up work so that the question could be settled within their generation. The seed article notes it was the first meeting of the two leaders on land that was once Japanese.',
    place: 'Yuzhno-Sakhalinsk, Sakhalin', location_precision: 'approximate',
    location_note: 'The sources name the city; the marker is the atlas\'s Yuzhno-Sakhalinsk label point.',
    casualties: null, vessels: [], accounts: null,
    disputed_facts: [{
      fact: 'Date',
      versions: [
        { says: 'February 2008', by: 'the seed article (Aso only became prime minister in September 2008)' },
        { says: '18 February 2009', by: 'Prime Minister of Japan and His Cabinet; President of Russia (kremlin.ru)' },
      ],
    }],
    sources: [
      { publisher: 'Prime Minister of Japan and His Cabinet', title: 'The Prime Minister Visits Sakhalin', date: '2009-02-18', url: 'http://japan.kantei.go.jp/asophoto/2009/02/18russia_e.html' },
      { publisher: 'President of Russia (kremlin.ru)', title: 'Dmitry Medvedev will visit Yuzhno-Sakhalinsk on February 18–19', date: '2009-02-16' },
      { publisher: 'Associated Press', title: 'Japanese, Russian leaders meet in Sakhalin', date: '2009-02-18' },
    ],
    in_seed_article: true, at: YUZHNO_SAKHALINSK,
  },
  {
    id: '2009-05-papers-rule-dropped', date: '2009-05', date_end: null, type: 'diplomatic', setting: 'sea',
    title: 'Russia drops its demand for immigration cards',
    summary: 'The seed article reports that in May 2009 Russia gave up the "papers rule", its January demand that Japanese aid workers and visitors hand in immigration cards before landing, which had halted Japan\'s aid to the islands and put the visa-free visits in doubt. We found no other source that dates the change; visa-free visits did go on in summer 2009, when a Japanese group landed on Kunashiri and Etorofu in July.',
    place: 'Arrivals at Furukamappu (Yuzhno-Kurilsk), Kunashiri, where the cards were demanded', location_precision: 'area',
    location_note: 'A rule, not a place: the marker was placed by the atlas editors in the bay off Yuzhno-Kurilsk, where the aid ship was turned back in January.',
    casualties: null, vessels: [], accounts: null,
    disputed_facts: [],
    sources: [
      { publisher: 'Source article of the atlas (a 2020 web page on Japan–Russia relations)', title: 'Kuril Islands, Fishing and Visiting by Japanese' },
      { publisher: 'Kazinform, citing ITAR-Tass', title: 'Russia might drop visa-free exchange with Japan (a Japanese group lands on Iturup)', date: '2009-07-08', url: 'https://www.inform.kz/en/russia-might-drop-visa-free-exchange-with-japan_a2184788' },
    ],
    in_seed_article: true, at: [145.93, 43.99],
  },
  // 2010.
  {
    id: '2010-01-29-helicopter-fire-kunashir', date: '2010-01-29', date_end: null, type: 'helicopter-fire', setting: 'sea',
    title: 'Border-guard helicopter fires on two Rausu boats',
    summary: 'A Russian border-guard helicopter dropped flares and then opened fire on two 19-tonne boats from Rausu off Kunashiri. Nobody among the 15 crew was hurt, but the Japan Coast Guard counted 20 bullet marks on the hulls when the boats got home (15 on one, 5 on the other).',
    place: 'Off Kunashiri, about 1.5 nautical miles (2.8 km) from the shore by Russia\'s account', location_precision: 'approximate',
    location_note: 'Russia puts the boats about 1.5 nautical miles (2.8 km) off Kunashir without saying which shore; Japan gave no position, only that the boats were inside the agreed fishing area. The marker was placed by the atlas editors 2.8 km off Kunashir\'s western shore, the side facing Rausu, the boats\' home port, so it stands for Russia\'s account; where along that shore is not known.',
    casualties: { killed: 0, injured: 0, note: null },
    vessels: [
      { name: 'No. 58 Taka Maru', name_ja: null, name_ru: 'Така-мару № 58', count: 1, kind: 'fishing boat', side: 'japan', tonnage_t: 19, crew: null, home_port: 'Rausu' },
      { name: 'No. 63 Kiyomi Maru', name_ja: null, name_ru: 'Киёми-мару № 63', count: 1, kind: 'fishing boat', side: 'japan', tonnage_t: 19, crew: null, home_port: 'Rausu' },
      { name: null, name_ja: null, name_ru: null, count: 1, kind: 'Border Guard helicopter', side: 'russia', tonnage_t: null, crew: null, home_port: null },
    ],
    accounts: {
      japan: 'The boats were fishing properly inside the area the two governments agreed; firing on unarmed boats could have killed someone and was extremely inappropriate. Japan protested to the Russian ambassador.',
      russia: 'The boats were in Russian waters about 1.5 nautical miles from Kunashir, against the 1998 rules; they ignored orders to stop for inspection and warning shots, so the guards fired to stop them, at 13:20 Sakhalin time.',
    },
    disputed_facts: [],
    sources: [
      { publisher: 'Kyodo News', title: 'Bullet marks found on fishing boats after shooting by Russian guards', date: '2010-01-30', url: 'https://www.oananews.org/node/103660' },
      { publisher: 'Reuters, citing RIA Novosti', title: 'Japan Protests To Russia After Boats Fired At', date: '2010-01-30', url: 'https://rferl.org/amp/Japan_Protests_To_Russia_After_Boats_Fired_At/1944071.html' },
      { publisher: 'AFP', title: 'Tokyo protests at Russian border guard shooting', date: '2010-01-31' },
    ],
    in_seed_article: true, at: [145.845, 44.25],
  },
  {
    id: '2010-11-01-medvedev-kunashir', date: '2010-11-01', date_end: null, type: 'visit', setting: 'land',
    title: 'President Medvedev visits Kunashiri',
    summary: 'Dmitry Medvedev became the first Soviet or Russian leader to set foot on one of the disputed islands. On Kunashiri he toured a geothermal power station and building sites, had tea with a local family and promised investment. Japan protested; Prime Minister Naoto Kan later called the visit an unforgivable outrage.',
    place: 'Kunashiri (Kunashir), around Yuzhno-Kurilsk', location_precision: 'approximate',
    location_note: 'The sources name the island and its places, not coordinates; the marker is the atlas\'s Yuzhno-Kurilsk label point.',
    casualties: null, vessels: [],
    accounts: {
      japan: 'The visit hurt the feelings of the Japanese people (Foreign Minister Maehara); Japan summoned Russia\'s ambassador and protested.',
      russia: 'The president visited Russian territory; Japan\'s reaction was unacceptable (Foreign Minister Lavrov: "This is our land").',
    },
    disputed_facts: [],
    sources: [
      { publisher: 'China Daily', title: 'Medvedev visits Kuril Islands, vows to improve local living', date: '2010-11-01', url: 'http://www.chinadaily.com.cn/world/2010-11/01/content_11487025.htm' },
      { publisher: 'RIA Novosti', title: '[Medvedev visits the Kuril Islands]', date: '2010-11-01' },
      { publisher: 'The New York Times', title: '[Medvedev visits disputed Kurile island]', date: '2010-11-02' },
    ],
    in_seed_article: true, at: YUZHNO_KURILSK,
  },
  // 2011.
  {
    id: '2011-02-07-flag-russian-embassy-tokyo', date: '2011-02-07', date_end: null, type: 'protest', setting: 'land',
    title: 'Russian flag desecrated outside the embassy in Tokyo',
    summary: 'On Northern Territories Day, Japanese right-wing activists dragged a torn and daubed Russian flag along the ground outside the Russian embassy in Tokyo; the same day the embassy received a bullet in an envelope. Russia protested and asked for a criminal investigation.',
    place: 'Outside the Russian embassy, Minato, Tokyo', location_precision: 'approximate',
    location_note: 'Estimated from the embassy\'s address in Azabudai, Minato ward; good to about a kilometre.',
    casualties: null, vessels: [], accounts: null,
    disputed_facts: [{
      fact: 'Date and what was done to the flag',
      versions: [
        { says: 'March 2011, when reports of the missile plans emerged; nationalists burned a Russian flag', by: 'the seed article' },
        { says: '7 February 2011; the flag was torn, stained and dragged on the ground', by: 'ITAR-Tass (7 February 2011); RIA Novosti (22 February 2011)' },
      ],
    }],
    sources: [
      { publisher: 'ITAR-Tass', title: 'Russian embassy continues work in Tokyo despite blockade', date: '2011-02-07', url: 'http://m.oananews.org/node/159187' },
      { publisher: 'RIA Novosti', title: 'Russia to demand punishment for Japanese radicals who desecrated flag', date: '2011-02-22', url: 'http://en.rian.ru/world/20110222/162711272.html' },
    ],
    in_seed_article: true, at: [139.7427, 35.6603],
  },
  {
    id: '2011-02-15-sea-cucumber-kunashir', date: '2011-02-15', date_end: null, type: 'diplomatic', setting: 'sea',
    title: 'Report of a Chinese–Russian sea-cucumber farm off Kunashiri',
    summary: 'Kyodo News reported from Vladivostok that a company based on Kunashiri and a fisheries firm from Dalian had signed a memorandum earlier in February to farm sea cucumbers off the island, the first known third-country business on the disputed islands; a scallop venture off Shikotan was reported two days later. Prime Minister Naoto Kan said such a venture would be incompatible with Japan\'s position. China\'s Foreign Ministry said it knew nothing of the deal and called the islands a bilateral matter for Russia and Japan.',
    place: 'Waters off Kunashiri', location_precision: 'area',
    location_note: 'The reports name only the island; the marker was placed by the atlas editors off Kunashiri\'s south-east shore.',
    casualties: null, vessels: [],
    accounts: {
      japan: 'Third-country investment on the islands would amount to accepting Russian control and is incompatible with Japan\'s position (Prime Minister Kan; Foreign Minister Maehara).',
      russia: 'Russia invites foreign investors to the southern Kurils; the Kunashir company\'s president said the Chinese side had proposed the venture, and Russia\'s fisheries chief invited Japan to join such projects as well.',
    },
    disputed_facts: [{
      fact: 'Whether a Chinese company had agreed to the venture',
      versions: [
        { says: 'a Dalian firm signed a memorandum of understanding with the Kunashir company in early February 2011', by: 'Kyodo News, quoting the Russian company\'s president (The Japan Times, 16 February 2011)' },
        { says: 'the Chinese government knew nothing of such a deal', by: 'Ma Zhaoxu, spokesman of China\'s Foreign Ministry (The Japan Times, 16 February 2011; South China Morning Post, 18 February 2011); the seed article, citing The New York Times, calls it a denial' },
      ],
    }],
    sources: [
      { publisher: 'The Japan Times / Kyodo News', title: 'Russia, China firms agree to farm sea cucumbers off disputed isle', date: '2011-02-16', url: 'https://www.japantimes.co.jp/news/2011/02/16/national/russia-china-firms-agree-to-farm-sea-cucumbers-off-disputed-isle/' },
      { publisher: 'South China Morning Post', title: 'Beijing quiet on venture in disputed Kurils', date: '2011-02-17', url: 'http://www.scmp.com/article/738376/beijing-quiet-venture-disputed-kurils' },
      { publisher: 'South China Morning Post', title: 'New joint venture plan for disputed isles', date: '2011-02-18', url: 'http://www.scmp.com/article/738463/new-joint-venture-plan-disputed-isles' },
      { publisher: 'The New York Times (Edward Wong), as quoted in the seed article', title: '[China denies report of a joint venture on the disputed islands]', date: '2011-02-17' },
    ],
    in_seed_article: true, at: [145.95, 44.05],
  },
  {
    id: '2011-03-01-missile-plan-kurils', date: '2011-03-01', date_end: null, type: 'military', setting: 'land',
    title: 'Russia says it will arm the islands with anti-ship missiles',
    summary: 'A General Staff official told Interfax that Yakhont anti-ship cruise missiles, Tor-M2 air defences and Mi-28 attack helicopters would go to the Kurils; Etorofu and Kunashiri, where the main garrisons are, were the likely sites. It followed Medvedev\'s call in February to strengthen the islands\' defences.',
    place: 'Etorofu (Iturup) and Kunashiri (Kunashir)', location_precision: 'area',
    location_note: 'The plan names two islands; the marker stands at the atlas\'s Kurilsk label point on Iturup and stands for both.',
    casualties: null, vessels: [], accounts: null,
    disputed_facts: [{
      fact: 'Date of the announcement',
      versions: [
        { says: 'May 2011, with first reports in March', by: 'the seed article' },
        { says: 'Tuesday 1 March 2011 (Interfax, quoting the General Staff)', by: 'The Moscow Times (1 March 2011); The Japan Times (8 March 2011)' },
      ],
    }],
    sources: [
      { publisher: 'The Moscow Times, citing Interfax', title: 'Missiles for Kuril Islands', date: '2011-03-01', url: 'https://www.themoscowtimes.com/2011/03/01/missiles-for-kuril-islands-a5343' },
      { publisher: 'The Japan Times', title: 'Russia plans missiles, air defense for isles', date: '2011-03-08', url: 'https://www.japantimes.co.jp/news/2011/03/08/national/russia-plans-missiles-air-defense-for-isles/' },
      { publisher: 'Kyodo News', title: 'Russia to deploy cruise missiles on Kuril Islands: Interfax', date: '2011-03' },
    ],
    in_seed_article: true, at: [147.88, 45.23],
  },
  {
    id: '2011-09-08-bombers-circle-japan', date: '2011-09-08', date_end: null, type: 'airspace', setting: 'air',
    title: 'Two Russian bombers fly round Japan',
    summary: 'Two Tu-95 bombers flew right round the Japanese archipelago, from the Tsushima Strait out over the Pacific and back past the Northern Territories (Russia\'s southern Kurils), refuelling in the air west of the islands. They came very close to Japanese airspace but did not enter it. It came six days after Yoshihiko Noda took office; analysts told the Yomiuri it tested the new government.',
    place: 'Around Japan; refuelled west of the Northern Territories (Russia\'s southern Kurils)', location_precision: 'area',
    location_note: 'The route circled Japan; the marker stands over the Sea of Okhotsk west of the Northern Territories, where the refuelling was reported, placed by the atlas editors.',
    casualties: null,
    vessels: [{ name: null, name_ja: null, name_ru: null, count: 2, kind: 'Tu-95 strategic bomber', side: 'russia', tonnage_t: null, crew: null, home_port: null }],
    accounts: null,
    disputed_facts: [{
      fact: 'Length of the flight',
      versions: [
        { says: 'about 14 hours seen by Japan', by: 'Kyodo News' },
        { says: 'a 19-hour mission', by: 'Russian Defence Ministry' },
      ],
    }],
    sources: [
      { publisher: 'Kyodo News', title: '[Two Russian bombers circle Japan]', date: '2011-09-08' },
      YOMIURI_2011_10_01,
      { publisher: 'Russian Defence Ministry (as reported by news agencies)', title: '[Tu-95MS patrol over the Pacific, no violations of airspace]', date: '2011-09' },
    ],
    in_seed_article: true, at: [144.5, 44.8],
  },
  {
    id: '2011-09-pacific-fleet-soya-strait', date: '2011-09', date_end: null, type: 'military', setting: 'sea',
    title: 'Pacific Fleet sails 24 ships through the Sōya Strait',
    summary: 'For a large exercise with about 10,000 troops, Russia\'s Pacific Fleet, based in Vladivostok, moved 24 ships to Kamchatka by way of the Sōya (La Pérouse) Strait between Hokkaido and Sakhalin. We found only one source for this, the Yomiuri Shimbun\'s report of 1 October 2011; no second report confirms it.',
    place: 'Sōya (La Pérouse) Strait', location_precision: 'area',
    location_note: 'The ships passed through the strait; the marker stands in mid-strait, placed by the atlas editors.',
    casualties: null,
    vessels: [{ name: null, name_ja: null, name_ru: null, count: 24, kind: 'Pacific Fleet warships', side: 'russia', tonnage_t: null, crew: null, home_port: 'Vladivostok' }],
    accounts: null, disputed_facts: [], sources: [YOMIURI_2011_10_01],
    in_seed_article: true, at: [141.98, 45.71],
  },
  {
    id: '2011-09-kamchatka-missile-exercise', date: '2011-09', date_end: null, type: 'military', setting: 'air',
    title: 'Strategic bombers practise cruise-missile strikes over Kamchatka',
    summary: 'In late September Tu-160 and Tu-95 strategic bombers carried out cruise-missile exercises on the Kamchatka Peninsula, part of a step-up in Russian military activity near Japan. We found only one source for this, the Yomiuri Shimbun\'s report of 1 October 2011; no second report confirms it.',
    place: 'Kamchatka Peninsula', location_precision: 'area',
    location_note: 'The report names only the peninsula; the marker is the atlas\'s Kamchatka anchor point.',
    casualties: null,
    vessels: [
      { name: null, name_ja: null, name_ru: null, count: 1, kind: 'Tu-160 strategic bombers (number not given)', side: 'russia', tonnage_t: null, crew: null, home_port: null },
      { name: null, name_ja: null, name_ru: null, count: 1, kind: 'Tu-95 strategic bombers (number not given)', side: 'russia', tonnage_t: null, crew: null, home_port: null },
    ],
    accounts: null, disputed_facts: [], sources: [YOMIURI_2011_10_01],
    in_seed_article: true, at: [159.0, 55.5],
  },
  // 2012.
  {
    id: '2012-07-03-medvedev-kunashir', date: '2012-07-03', date_end: null, type: 'visit', setting: 'land',
    title: 'Prime Minister Medvedev returns to Kunashiri',
    summary: 'Now prime minister, Medvedev flew from Yuzhno-Sakhalinsk to Mendeleyevo airport on Kunashiri with several ministers, looked at the deep-water pier at Yuzhno-Kurilsk, a fish plant and the hospital, and said the islands\' development would continue. Japan had signalled that such a visit would clash with its position.',
    place: 'Kunashiri (Kunashir): Mendeleyevo airport and Yuzhno-Kurilsk', location_precision: 'approximate',
    location_note: 'The sources name the places, not coordinates; the marker is the atlas\'s Yuzhno-Kurilsk label point.',
    casualties: null, vessels: [],
    accounts: {
      japan: 'A visit to any of the four islands by a senior Russian official conflicts with Japan\'s position on the territorial issue (Chief Cabinet Secretary Osamu Fujimura, the week before).',
      russia: 'Visits by members of the government to the Kurils, an important part of the Sakhalin region and of Russian land, would continue (Medvedev in Yuzhno-Sakhalinsk).',
    },
    disputed_facts: [{
      fact: 'Which island',
      versions: [
        { says: 'Kunashiri; the weather allowed no other island', by: 'Jiji Press; China Daily; ITAR-Tass' },
        { says: 'Etorofu', by: 'one Arabic-language item derived from the BBC (an outlier)' },
      ],
    }],
    sources: [
      { publisher: 'Jiji Press', title: '[Medvedev visits Kunashiri again]', date: '2012-07-04' },
      { publisher: 'China Daily', title: '[Russian PM Medvedev visits disputed island]', date: '2012-07-03' },
      { publisher: 'ITAR-Tass', title: 'Dmitry Medvedev visited the Southern Kuriles again', date: '2012-07-04', url: 'http://tass.com/russianpress/678280' },
    ],
    in_seed_article: true, at: YUZHNO_KURILSK,
  },
  // 2019–2021: seizures under the fishing agreements.
  {
    id: '2019-12-17-five-octopus-boats', date: '2019-12-17', date_end: null, type: 'seizure', setting: 'sea',
    title: 'Five Nemuro octopus boats seized off the Habomai islets',
    summary: 'Russian border guards stopped five octopus boats fishing on the Pacific side of the Habomai islets under the 1998 agreement and took them and their 24 crew to Furukamappu on Kunashiri, saying the catch did not match the logbooks. After a court fined the crews about 6.4 million roubles, all were released on 24 December.',
    place: 'Pacific side of the Habomai islets', location_precision: 'area',
    location_note: 'The reports say only "around the Habomai islets, Pacific side"; the marker stands south of the islets, placed by the atlas editors.',
    casualties: { killed: 0, injured: 0, note: '24 crew held for a week.' },
    vessels: [{ name: null, name_ja: null, name_ru: null, count: 5, kind: 'octopus fishing boats (Ochiishi, Nemuro and Habomai cooperatives)', side: 'japan', tonnage_t: null, crew: 24, home_port: 'Nemuro' }],
    accounts: {
      japan: 'The crews did nothing wrong under the agreement, and the seizure was unacceptable (Chief Cabinet Secretary Yoshihide Suga).',
      russia: 'The boats carried more octopus than their logs recorded, which broke the catch rules of the agreement.',
    },
    disputed_facts: [{
      fact: 'Unrecorded catch',
      versions: [
        { says: 'more than 6 tonnes of octopus', by: 'Sakhalin border directorate, via Kyodo News and the Asahi Shimbun' },
        { says: 'about 7.5 tonnes of octopus and other catch', by: 'UHB (Hokkaido Cultural Broadcasting)' },
      ],
    }],
    sources: [
      { publisher: 'The Japan Times / Kyodo News', title: 'Russia seizes five Japanese fishing boats off Hokkaido', date: '2019-12-18', url: 'https://www.japantimes.co.jp/news/2019/12/18/national/russia-seizes-five-japan-fishing-boats-hokkaido/' },
      { publisher: 'Asahi Shimbun', title: '[Five Nemuro boats taken to Kunashiri]', date: '2019-12-18', url: 'https://www.asahi.com/articles/ASMDL31V4MDLUTFK002.html' },
      { publisher: 'Reuters', title: '[Russia releases five Japanese fishing boats]', date: '2019-12-24' },
    ],
    in_seed_article: false, at: [146.05, 43.33],
  },
  {
    id: '2020-01-15-shoyo-maru-68', date: '2020-01-15', date_end: null, type: 'seizure', setting: 'sea',
    title: 'Cod longliner taken to Kunashiri',
    summary: 'Weeks after the octopus boats were freed, Russian inspectors stopped the 29-tonne cod longliner No. 68 Shōyō Maru from the Habomai cooperative near Shikotan, as it headed home from fishing with a Russian permit, and took it with its six crew to Furukamappu.',
    place: 'Near Shikotan, inside the 200-nautical-mile zone Russia claims', location_precision: 'area',
    location_note: 'The reports say "near Shikotan" and both governments put the boat in Russia\'s 200-mile zone, that is beyond the 12-nautical-mile (22.2 km) territorial sea. The marker was placed by the atlas editors about 35 km south-east of Shikotan, in that zone; the boat\'s position was not published.',
    casualties: { killed: 0, injured: 0, note: null },
    vessels: [{ name: 'No. 68 Shōyō Maru', name_ja: '第68翔洋丸', name_ru: 'Сёё-мару № 68', count: 1, kind: 'cod bottom-longline boat', side: 'japan', tonnage_t: 29, crew: 6, home_port: 'Nemuro' }],
    accounts: {
      japan: 'The boat was fishing with a permit in Russia\'s 200-mile zone; Japan asked for the crew and the boat to be returned swiftly.',
      russia: 'Undeclared catch was found aboard during an inspection in Russia\'s exclusive economic zone.',
    },
    disputed_facts: [],
    sources: [
      { publisher: 'Kyodo News (via The Japan Times)', title: '[Russia seizes Japanese fishing boat with six crew]', date: '2020-01-16' },
      { publisher: 'Mainichi Shimbun', title: '[Nemuro cod boat taken by Russian authorities]', date: '2020-01-15' },
      { publisher: 'RIA Novosti', title: '[Border guards detain Japanese fishing boat near the Kurils]', date: '2020-01-15' },
    ],
    in_seed_article: false, at: [147.15, 43.55],
  },
  {
    id: '2021-05-28-eiho-maru-172', date: '2021-05-28', date_end: null, type: 'seizure', setting: 'sea',
    title: 'Wakkanai trawler seized east of Cape Sōya',
    summary: 'Russian border guards stopped the 160-tonne trawler No. 172 Eihō Maru, one of four boats fishing together about 80 km east of Cape Sōya, with what they called warning shots, reported finding crab aboard, and took it with its 14 crew to Korsakov on Sakhalin. It was released on 10 June after a fine of about 6 million roubles.',
    place: 'About 80 km east of Cape Sōya, Sea of Okhotsk', location_precision: 'approximate',
    location_note: 'Estimated as 80 km due east of Cape Sōya (the northern tip of the atlas\'s Hokkaido polygon) from the Wakkanai cooperative\'s account; "east" taken as due east.',
    casualties: { killed: 0, injured: 0, note: '14 crew held until 10 June 2021.' },
    vessels: [
      { name: 'No. 172 Eihō Maru', name_ja: '第百七十二榮寳丸', name_ru: 'Эйхо-мару № 172', count: 1, kind: 'offshore bottom trawler', side: 'japan', tonnage_t: 160, crew: 14, home_port: 'Wakkanai' },
      { name: null, name_ja: null, name_ru: null, count: 1, kind: 'Border Guard patrol ship', side: 'russia', tonnage_t: null, crew: null, home_port: null },
    ],
    accounts: {
      japan: 'The boat was in Japan\'s exclusive economic zone; the seizure was unacceptable and Japan protested.',
      russia: 'The boat was fishing illegally in Russia\'s exclusive economic zone, ignored calls, fled and manoeuvred dangerously near the patrol ship; crab was found aboard.',
    },
    disputed_facts: [{
      fact: 'Time of the inspection',
      versions: [
        { says: 'around 10 a.m.', by: 'Wakkanai trawl cooperative, via NHK' },
        { says: 'around 11 a.m.', by: 'Hokkaido Trawl Fisheries Cooperative Federation, via Jiji Press' },
      ],
    }],
    sources: [
      { publisher: 'Jiji Press', title: 'Japanese Fishing Boat Seized by Russia', date: '2021-05-29', url: 'https://www.nippon.com/en/news/yjj2021052800981/' },
      { publisher: 'Jiji Press', title: 'Russia releases Japanese fishing boat', date: '2021-06-10', url: 'https://www.nippon.com/en/news/yjj2021061000871/russia-releases-japanese-fishing-boat.html' },
      { publisher: 'NHK', title: '[Seized Wakkanai trawler was fishing with three other boats]', date: '2021-05-29' },
    ],
    in_seed_article: false, at: [142.960477, 45.518351],
  },
];
