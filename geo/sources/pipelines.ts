/**
 * Oil and gas pipelines, authored by hand as waypoints, each with the name of the town or site it
 * is, so that a reader can check them. Town positions are from GeoNames; a waypoint marked
 * `approx` is a site with no published coordinate, placed as its note says. Waypoints run
 * upstream to downstream: the order of the coordinates is the direction of flow. Lengths and
 * capacities cite their publishers (geo/sources/energy-citations.ts; summary in docs/sources.md).
 */
import type { Capacity, Commodity, EnergyStatus, RoutePrecision } from '../../src/features/energy/model.ts';
import type { Source } from '../../src/geo/types.ts';
import { CITE } from './energy-citations.ts';

export interface Waypoint {
  name: string;
  /** [lon, lat] */
  at: [number, number];
  /** A site with no published coordinate, placed approximately. */
  approx: boolean;
}

const p = (name: string, lon: number, lat: number): Waypoint => ({ name, at: [lon, lat], approx: false });
const approx = (name: string, lon: number, lat: number): Waypoint => ({ name, at: [lon, lat], approx: true });

export interface PipelineSource {
  id: string;
  name: string;
  system: string | null;
  commodity: Commodity;
  status: EnergyStatus;
  statusNote?: string;
  opened: number | null;
  /** Ends: the facility id where the end is a site in facilities.ts. */
  from: { name: string; facility?: string };
  to: { name: string; facility?: string };
  /** One list per part; more than one makes a MultiLineString. */
  parts: Waypoint[][];
  published?: { km: number; source: Source };
  lengthNote?: string;
  capacity?: Capacity;
  capacityNote?: string;
  operator: string | null;
  precision: RoutePrecision;
  routeNote: string;
  sources: Source[];
}

// Sites, at the same positions as in facilities.ts (a test holds the two together).
const CHAYVO_OPF = p('Chayvo onshore processing facility', 143.1925, 52.3608);
const DE_KASTRI = p('De-Kastri terminal', 140.7702, 51.475);
const SAKHALIN_2_OPF = approx('Sakhalin-2 onshore processing facility', 143.35, 51.45);
const PRIGORODNOYE = p('Prigorodnoye (LNG plant and oil export terminal)', 142.9028, 46.6275);
const KOZMINO = p('Kozmino oil port', 133.0172, 42.7161);
const CHAYANDA = approx('Chayanda field', 112.205, 60.595);
const KOVYKTA = approx('Kovykta field', 106.27, 55.45);

// The Nevelskoy Strait at its narrowest, Cape Pogibi (Sakhalin) to Lazarev (mainland).
const POGIBI = approx('Cape Pogibi, Nevelskoy Strait', 141.62, 52.22);
const LAZAREV = p('Lazarev', 141.5136, 52.2255);

const TSPS: Waypoint[] = [
  approx('Piltun landfall', 143.27, 52.78),
  p('Nogliki', 143.1364, 51.7968),
  SAKHALIN_2_OPF,
  p('Smirnykh', 142.8341, 49.7455),
  p('Poronaysk', 143.0912, 49.2204),
  p('Gastello (booster station 2)', 142.9439, 49.1019),
  p('Vakhrushev', 142.8589, 48.994),
  p('Makarov', 142.7786, 48.6256),
  approx('Vzmorye', 142.52, 47.86),
  p('Dolinsk', 142.7963, 47.3284),
  p('Sokol', 142.7538, 47.244),
  p('Yuzhno-Sakhalinsk', 142.7356, 46.9543),
  PRIGORODNOYE,
];

// The Ussuri corridor, Khabarovsk to the south of Primorye, shared by SKV and the 2012 plan.
const USSURI: Waypoint[] = [
  p('Khabarovsk', 135.0971, 48.462),
  p('Vyazemsky', 134.7578, 47.5334),
  p('Bikin', 134.2501, 46.8129),
  p('Luchegorsk', 134.2934, 46.4446),
  p('Dalnerechensk', 133.7391, 45.9315),
  p('Lesozavodsk', 133.3983, 45.4717),
  p('Spassk-Dalny', 132.8204, 44.6006),
];
const TO_VLADIVOSTOK: Waypoint[] = [
  p('Sibirtsevo', 132.4612, 44.2021),
  p('Ussuriysk', 131.9573, 43.8047),
  p('Artyom', 132.1914, 43.3576),
  p('Vladivostok', 131.8735, 43.1056),
];

// Yakutia and the Amur region: the ESPO corridor, which Power of Siberia follows.
const LENA_TO_TYNDA: Waypoint[] = [
  p('Lensk', 114.9345, 60.7238),
  p('Olyokminsk', 120.4203, 60.3743),
  p('Aldan', 125.4, 58.6123),
  p('Chulman', 124.9081, 56.8473),
  p('Neryungri', 124.725, 56.6584),
  p('Tynda', 124.7368, 55.1494),
  p('Skovorodino', 123.9401, 53.9837),
];
const AMUR: Waypoint[] = [p('Magdagachi', 125.8074, 53.4524), p('Shimanovsk', 127.6762, 52.0032)];
const SVOBODNY = p('Svobodny (Amur gas processing plant)', 128.1401, 51.375);
const TRANS_SIB_EAST: Waypoint[] = [
  p('Belogorsk', 128.5124, 50.9124),
  p('Arkhara', 130.0843, 49.4245),
  p('Obluchye', 131.0545, 49.016),
  p('Birobidzhan', 132.9203, 48.793),
];

const GAZPROM = 'Gazprom';
const SAKHALIN_ENERGY = 'Sakhalin Energy (since a Russian decree of 30 June 2022, a new Russian company of the same name)';
const TSPS_NOTE = 'Through the landfall, the OPF and the towns the right of way runs beside, down the east of the island. The Piltun landfall and the OPF have no published coordinates. Oil and gas lines share one right of way, so the two features share one line (the map draws them side by side).';
const TSPS_LENGTH = 'Sakhalin Energy: one 800 km right of way, made of 172 km from the Piltun landfall to the OPF and 637 km from the OPF to Prigorodnoye.';

export const pipelineSources: PipelineSource[] = [
  {
    id: 'sakhalin-1-chayvo-de-kastri', name: 'Sakhalin-1 export oil pipeline, Chayvo to De-Kastri', system: 'sakhalin-1',
    commodity: 'oil', status: 'operating', opened: 2006,
    from: { name: 'Chayvo onshore processing facility', facility: 'chayvo-opf' }, to: { name: 'De-Kastri terminal', facility: 'de-kastri-terminal' },
    parts: [[CHAYVO_OPF, POGIBI, LAZAREV, DE_KASTRI]],
    published: { km: 230, source: CITE.sakh1Export },
    capacity: { value: 12, unit: 'Mt/yr', basis: 'design' }, capacityNote: 'Exxon Neftegas: about 12 Mt a year (2005).',
    operator: 'Exxon Neftegas Limited until ExxonMobil left in 2022; since then a Russian operator',
    precision: 'approximate',
    routeNote: 'A 24-inch line across northern Sakhalin and under the Tatar Strait. We found no published route: it is drawn across the strait at its narrowest (Pogibi–Lazarev) and down the mainland coast to De-Kastri.',
    sources: [CITE.sakh1Export, CITE.enb2005, CITE.ruwpChayvo, CITE.geonames],
  },
  {
    id: 'sakhalin-2-tsps-oil', name: 'Sakhalin-2 oil pipeline (Trans-Sakhalin pipeline system)', system: 'sakhalin-2',
    commodity: 'oil', status: 'operating', opened: 2008,
    statusNote: 'Year-round oil since December 2008, when the first oil reached Prigorodnoye.',
    from: { name: 'Piltun landfall (Piltun-Astokhskoye platforms)' }, to: { name: 'Prigorodnoye oil export terminal', facility: 'prigorodnoye-lng' },
    parts: [TSPS],
    published: { km: 800, source: CITE.sakhEnergyPipelines }, lengthNote: TSPS_LENGTH,
    capacity: { value: 180000, unit: 'bbl/d', basis: 'design' }, capacityNote: 'Shell: up to 180,000 barrels a day; 20-inch north of the OPF, 24-inch south of it.',
    operator: SAKHALIN_ENERGY, precision: 'corridor', routeNote: TSPS_NOTE,
    sources: [CITE.sakhEnergyPipelines, CITE.shellPipelines, CITE.sakhEnergyEia, CITE.geonames],
  },
  {
    id: 'sakhalin-2-tsps-gas', name: 'Sakhalin-2 gas pipeline (Trans-Sakhalin pipeline system)', system: 'sakhalin-2',
    commodity: 'gas', status: 'operating', opened: 2009,
    statusNote: 'First gas reached the LNG plant in February 2009. North of the OPF it carries associated gas from Piltun-Astokhskoye; Lunskoye gas joins at the OPF.',
    from: { name: 'Piltun landfall (Piltun-Astokhskoye platforms)' }, to: { name: 'Prigorodnoye LNG plant', facility: 'prigorodnoye-lng' },
    parts: [TSPS],
    published: { km: 800, source: CITE.sakhEnergyPipelines }, lengthNote: TSPS_LENGTH,
    capacity: { value: 18.6, unit: 'bcm/yr', basis: 'design' },
    capacityNote: 'Shell: up to 1,800 million standard cubic feet a day, which is about 18.6 bcm a year (our conversion); 48-inch south of the OPF.',
    operator: SAKHALIN_ENERGY, precision: 'corridor', routeNote: TSPS_NOTE,
    sources: [CITE.sakhEnergyPipelines, CITE.shellPipelines, CITE.sakhEnergyEia, CITE.geonames],
  },
  {
    id: 'sakhalin-khabarovsk-vladivostok', name: 'Sakhalin–Khabarovsk–Vladivostok gas pipeline', system: null,
    commodity: 'gas', status: 'operating', opened: 2011,
    from: { name: 'Head compressor station Sakhalin (Nogliki district)' }, to: { name: 'Vladivostok' },
    parts: [[
      approx('Head compressor station Sakhalin, near Nogliki', 143.05, 51.8), POGIBI, LAZAREV,
      p('Komsomolsk-on-Amur', 137.01, 50.5503), ...USSURI, ...TO_VLADIVOSTOK,
    ]],
    published: { km: 1822, source: CITE.enwpSkv },
    lengthNote: 'Of the 1,822 km (en-WP), Gazprom built 1,350 km new in 2011 (our line: 1,157 km for those stretches, −14%) and took over 472 km of the existing Komsomolsk–Khabarovsk line (RIA; Upstream gives 390 km for its new parallel string). That line follows the Amur, where our chord between the two cities is 270 km: most of the shortfall is there.',
    capacity: { value: 36.5, unit: 'bcm/yr', basis: 'design' },
    capacityNote: 'Design 36.5 bcm a year (en-WP); first stage 6 bcm (RIA); Upstream reports 5.5 bcm a year in use.',
    operator: GAZPROM, precision: 'approximate',
    routeNote: 'Across the Nevelskoy Strait (Ministry of Energy) to Komsomolsk-on-Amur and Khabarovsk, then south through the Ussuri valley towns. The compressor station near Nogliki has no published coordinates, and the stretch from Lazarev to Komsomolsk-on-Amur has no published towns.',
    sources: [CITE.enwpSkv, CITE.riaMofcomSkv, CITE.gazpromSkv2011, CITE.upstreamSkv, CITE.minenergoSkv, CITE.energylandKirinskoye, CITE.geonames],
  },
  {
    id: 'power-of-siberia-chayanda-blagoveshchensk', name: 'Power of Siberia: Chayanda to Blagoveshchensk', system: 'power-of-siberia',
    commodity: 'gas', status: 'operating', opened: 2019,
    statusNote: 'Gas to China since 2 December 2019, under the Amur to Heihe.',
    from: { name: 'Chayanda field', facility: 'chayanda-field' }, to: { name: 'Chinese border at Blagoveshchensk' },
    parts: [[CHAYANDA, ...LENA_TO_TYNDA, ...AMUR, SVOBODNY, p('Blagoveshchensk (Amur crossing)', 127.5264, 50.2759)]],
    published: { km: 2200, source: CITE.gazpromPos2019 },
    capacity: { value: 38, unit: 'bcm/yr', basis: 'design' },
    capacityNote: '38 bcm a year, the design capacity and the volume of the 30-year Gazprom–CNPC contract of 2014, reached on 1 December 2024 (TASS); 31.1 bcm went through in 2024. In September 2025 the two sides agreed to raise it to 44 bcm a year. 1,420 mm pipe.',
    operator: GAZPROM, precision: 'corridor',
    routeNote: 'Along the ESPO corridor through Lensk, Olyokminsk, Aldan and Tynda, then to the Amur gas processing plant at Svobodny and the river crossing by Blagoveshchensk. The Chayanda end is approximate (see the field).',
    sources: [CITE.gazpromPos2019, CITE.gazpromPos, CITE.tassPos2025, CITE.novaPos2020, CITE.rccPos, CITE.ykt2012, CITE.geonames],
  },
  {
    id: 'power-of-siberia-kovykta-chayanda', name: 'Power of Siberia: Kovykta to Chayanda', system: 'power-of-siberia',
    commodity: 'gas', status: 'operating', opened: 2022,
    statusNote: 'Kovykta gas entered the line on 21 December 2022.',
    from: { name: 'Kovykta field', facility: 'kovykta-field' }, to: { name: 'Chayanda field', facility: 'chayanda-field' },
    parts: [[KOVYKTA, p('Kirensk', 108.1154, 57.7756), p('Vitim', 112.5699, 59.4433), CHAYANDA]],
    published: { km: 804, source: CITE.gazpromPos },
    lengthNote: 'Gazprom gave 803 km in 2021 and 804 km at the start in 2022.',
    operator: GAZPROM, precision: 'approximate',
    routeNote: 'No towns are published for this section. It is drawn up the Lena valley by Kirensk and Vitim, the river towns nearest the two fields, which are both placed approximately.',
    sources: [CITE.gazpromPos, CITE.gazpromKovykta2021, CITE.geonames],
  },
  {
    id: 'power-of-siberia-2012-plan', name: 'Yakutia–Khabarovsk–Vladivostok (the 2012 Power of Siberia plan)', system: 'power-of-siberia',
    commodity: 'gas', status: 'cancelled',
    statusNote: 'Launched in 2012 to feed Vladivostok and its LNG plant. In 2014 the line was sent to China instead (Chayanda–Blagoveshchensk); the link to Khabarovsk returned in 2024 as the Belogorsk–Khabarovsk section.',
    opened: null,
    from: { name: 'Chayanda field', facility: 'chayanda-field' }, to: { name: 'Vladivostok' },
    parts: [[CHAYANDA, ...LENA_TO_TYNDA, ...AMUR, SVOBODNY, ...TRANS_SIB_EAST, ...USSURI, ...TO_VLADIVOSTOK]],
    published: { km: 3200, source: CITE.ykt2012 },
    lengthNote: 'The source article’s “3,000 km from Chayanda to Vladivostok” mixes this plan with today’s line: Gazprom’s 2012 plan was about 3,200 km to Vladivostok, and the 3,000 km Power of Siberia runs Kovykta–Chayanda–Blagoveshchensk.',
    capacity: { value: 61, unit: 'bcm/yr', basis: 'planned' }, capacityNote: 'Planned in 2012 with the Irkutsk section, about 4,000 km in all.',
    operator: GAZPROM, precision: 'indicative',
    routeNote: 'Drawn as the plan described it: along the ESPO route to the Amur region, then along the Trans-Siberian towns to Khabarovsk and down the Sakhalin–Khabarovsk–Vladivostok corridor.',
    sources: [CITE.ykt2012, CITE.gazpromPos, CITE.seedArticle, CITE.yomiuri2012, CITE.geonames],
  },
  {
    id: 'belogorsk-khabarovsk', name: 'Eastern gas system: Belogorsk to Khabarovsk', system: 'power-of-siberia',
    commodity: 'gas', status: 'under-construction', opened: null,
    statusNote: 'Begun in 2024 to join Power of Siberia to the Sakhalin–Khabarovsk–Vladivostok line. Still being built in 2026: in May 2025 Russia\'s Energy Ministry expected it finished by 2027 (about 828 km, part already laid), after a 2029 date given in January 2024.',
    from: { name: 'Belogorsk' }, to: { name: 'Khabarovsk' },
    parts: [[...TRANS_SIB_EAST, p('Khabarovsk', 135.0971, 48.462)]],
    published: { km: 800, source: CITE.gazpromBelogorsk2024 },
    lengthNote: 'Gazprom says only “more than 800 km” and has not published the route. Our line through the Trans-Siberian towns is far shorter, so the pipe must take a longer way or start further back along Power of Siberia.',
    operator: GAZPROM, precision: 'indicative',
    routeNote: 'No route published: drawn through the Trans-Siberian towns between the two ends.',
    sources: [CITE.gazpromBelogorsk2024, CITE.tassBelogorsk2024, CITE.tassBelogorsk2025, CITE.gazpromPos, CITE.geonames],
  },
  {
    id: 'espo-1-taishet-skovorodino', name: 'ESPO oil pipeline, stage 1: Taishet to Skovorodino', system: 'espo',
    commodity: 'oil', status: 'operating', opened: 2009,
    statusNote: 'In service December 2009; oil went on by rail from Skovorodino to Kozmino until ESPO-2 opened.',
    from: { name: 'Taishet' }, to: { name: 'Skovorodino' },
    parts: [[
      p('Taishet', 97.9896, 55.9328), p('Zheleznogorsk-Ilimsky', 104.1297, 56.5767), p('Ust-Kut', 105.7866, 56.7979),
      p('Kirensk', 108.1154, 57.7756), p('Vitim', 112.5699, 59.4433), ...LENA_TO_TYNDA,
    ]],
    published: { km: 2757, source: CITE.ftEspo2010 },
    lengthNote: 'For the whole system, offshore-technology gives 4,188 km and Transneft (via PortNews) over 4,700 km; the two stages here add up to about 4,800 km.',
    capacity: { value: 80, unit: 'Mt/yr', basis: 'design' },
    capacityNote: '80 Mt a year since Transneft completed its expansion in late November 2019 (Interfax; Transneft). It opened in 2009 at 30 Mt a year (PortNews, 2008).',
    operator: 'Transneft', precision: 'corridor',
    routeNote: 'Rerouted in 2006 north of Lake Baikal: from Taishet across the Angara to Ust-Kut, along the left bank of the Lena past Kirensk and the Talakan field to Lensk, then by Olyokminsk, Aldan and Tynda to Skovorodino.',
    sources: [CITE.ftEspo2010, CITE.portnewsEspo, CITE.offshoreTechEspo, CITE.riaEspoRoute, CITE.interfaxEspo2019, CITE.transneftEspo80, CITE.geonames],
  },
  {
    id: 'espo-2-skovorodino-kozmino', name: 'ESPO oil pipeline, stage 2: Skovorodino to Kozmino', system: 'espo',
    commodity: 'oil', status: 'operating', opened: 2012,
    statusNote: 'Opened at a ceremony in Khabarovsk in December 2012.',
    from: { name: 'Skovorodino' }, to: { name: 'Kozmino oil port', facility: 'kozmino-terminal' },
    parts: [[
      p('Skovorodino', 123.9401, 53.9837), ...AMUR, ...TRANS_SIB_EAST, ...USSURI,
      p('Anuchino', 133.057, 43.964), p('Partizansk', 133.1232, 43.1199), KOZMINO,
    ]],
    published: { km: 2045, source: CITE.interfaxEspo2 },
    lengthNote: 'Interfax (2010): 1,000 km welded and 1,045 km to go. OGJ (2009) gave about 2,000 km and Transneft (2008) 2,100 km.',
    capacity: { value: 50, unit: 'Mt/yr', basis: 'design' },
    capacityNote: '50 Mt a year since the expansion completed in late November 2019 (Interfax; Transneft). When it opened, The Moscow Times (2012) expected deliveries through Kozmino to rise to 25 Mt a year with the new link.',
    operator: 'Transneft', precision: 'corridor',
    routeNote: 'From Skovorodino along the Trans-Siberian corridor to Khabarovsk, south through the Ussuri valley, and by Partizansk to Kozmino Bay.',
    sources: [CITE.interfaxEspo2, CITE.moscowTimesEspo2, CITE.offshoreTechEspo, CITE.kommersantKozmino, CITE.interfaxEspo2019, CITE.transneftEspo80, CITE.geonames],
  },
  {
    id: 'sakhalin-hokkaido', name: 'Sakhalin–Hokkaido–Honshu gas pipeline (proposed)', system: null,
    commodity: 'gas', status: 'proposed', opened: null,
    statusNote: 'Pushed by a group of Japanese Diet members led by Naokazu Takemoto; the Nikkei reported a Russian offer in October 2014, which METI denied. Discussed again in 2016. Never begun.',
    from: { name: 'Southern tip of Sakhalin' }, to: { name: 'Hitachi, Ibaraki' },
    parts: [[
      approx('Cape Crillon, southern tip of Sakhalin', 142.08, 45.9), p('Wakkanai', 141.6739, 45.4094),
      p('Nayoro', 142.4578, 44.3506), p('Asahikawa', 142.3649, 43.7706), p('Sapporo', 141.35, 43.0667),
      p('Tomakomai', 141.6033, 42.6369), p('Oshamambe', 140.3773, 42.5093), p('Hakodate', 140.7367, 41.7758),
      p('Aomori', 140.7333, 40.8167), p('Hachinohe', 141.5, 40.5), p('Morioka', 141.15, 39.7),
      p('Sendai', 140.8667, 38.2667), p('Iwaki', 140.8833, 37.05), p('Hitachi', 140.65, 36.6),
    ]],
    published: { km: 1350, source: CITE.tassHokkaido2014 },
    lengthNote: 'TASS (2014) quotes Japanese experts: 1,350 km to Ibaraki. A 2016 version to Tokyo Bay was about 1,500 km (Kyodo).',
    capacity: { value: 20, unit: 'bcm/yr', basis: 'planned' }, capacityNote: '¥600 bn in the 2014 plan, about ¥700 bn in the 2016 one.',
    operator: null, precision: 'indicative',
    routeNote: 'Never surveyed. The plan: on the seabed across La Pérouse Strait to Wakkanai, overland through Hokkaido, across the Tsugaru Strait and through northern Honshu to Hitachi. The Hokkaido and Honshu towns are our indicative choice.',
    sources: [CITE.tassHokkaido2014, CITE.tassMeti2014, CITE.bloombergTakemoto, CITE.kyodo2016, CITE.geonames],
  },
];
