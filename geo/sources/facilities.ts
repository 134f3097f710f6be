/**
 * Energy sites, authored by hand: LNG plants, oil terminals, processing plants and the fields
 * that feed them. Only Prigorodnoye has a published coordinate; every other point says how it was
 * placed (`note`), and fields, which cover hundreds of km², are marked `area`.
 */
import type { EnergyStatus, FacilityKind, LocationPrecision, SiteFigure } from '../../src/features/energy/model.ts';
import type { Source } from '../../src/geo/types.ts';
import { CITE } from './energy-citations.ts';

export interface FacilitySource {
  id: string;
  name: string;
  kind: FacilityKind;
  status: EnergyStatus;
  statusNote?: string;
  opened: number | null;
  operator: string | null;
  /** [lon, lat] */
  at: [number, number];
  precision: LocationPrecision;
  /** How the point was placed; required unless `precision` is exact. */
  note?: string;
  figures?: SiteFigure[];
  sources: Source[];
}

const fig = (label: string, value: string, source: Source, note: string | null = null): SiteFigure => ({ label, value, source, note });

const SAKHALIN_ENERGY = 'Sakhalin Energy (since a Russian decree of 30 June 2022, a new Russian company of the same name)';
const SAKHALIN_1 = 'Exxon Neftegas Limited until ExxonMobil left in 2022; since then a Russian operator';
const OFFSHORE = 'Placed offshore of the coast as the atlas draws it (OpenStreetMap land)';

export const facilitySources: FacilitySource[] = [
  {
    id: 'prigorodnoye-lng', name: 'Prigorodnoye LNG plant (Sakhalin-2)', kind: 'lng-plant', status: 'operating', opened: 2009,
    operator: SAKHALIN_ENERGY, at: [142.9028, 46.6275], precision: 'exact',
    note: 'Coordinate of the Prigorodnoye port (English Wikipedia). The Sakhalin-2 oil export terminal shares the site, so the oil line ends here too.',
    figures: [
      fig('Plant opened', '18 February 2009', CITE.kremlin2009),
      fig('First LNG cargo to Japan', 'Arrived 6 April 2009 at Sodegaura (Chiba): about 67,000 t, shared by TEPCO and Tokyo Gas', CITE.mainichi2009,
        'The source article says April 2009. Sakhalin Energy dates Tokyo Gas’s first cargo to March 2009, when it was loaded.'),
      fig('Share of output earmarked for Japan', 'About 60%', CITE.seedArticle,
        'Mainichi (April 2009) and Hokkaido Shimbun (February 2009) give the same 60%; in 2017, 64% went to Japan (Sakhalin Energy, via Offshore Energy).'),
      fig('Share of Japan’s gas imports', 'About 7%', CITE.hokkaidoNp2009, 'The source article gives the same 7%.'),
      fig('Design capacity', '9.6 million t of LNG a year', CITE.hokkaidoNp2009),
      fig('Sale to Japan in the source article', '5 million t a year for 24 years from 2009', CITE.seedArticle, 'The article’s figure; we found no contract that states it.'),
    ],
    sources: [CITE.enwpPrigorodnoye, CITE.kremlin2009, CITE.mainichi2009, CITE.hokkaidoNp2009, CITE.offshoreEnergy2018, CITE.seedArticle],
  },
  {
    id: 'de-kastri-terminal', name: 'De-Kastri oil terminal (Sakhalin-1)', kind: 'oil-terminal', status: 'operating', opened: 2006,
    operator: SAKHALIN_1, at: [140.7702, 51.475], precision: 'approximate',
    note: 'Placed at the village of De-Kastri (GeoNames), on the shore of Chikhachev Bay where the terminal stands; its loading buoy is 6 km offshore.',
    figures: [
      fig('First tanker loaded', 'September 2006', CITE.sakh1Export),
      fig('Storage', 'Two tanks of 100,000 m³', CITE.sakh1Export),
    ],
    sources: [CITE.sakh1Export, CITE.geonames],
  },
  {
    id: 'kozmino-terminal', name: 'Kozmino oil port (ESPO)', kind: 'oil-terminal', status: 'operating', opened: 2009,
    operator: 'Transneft', at: [133.0172, 42.7161], precision: 'approximate',
    note: 'Russian Wikipedia’s coordinate of Kozmina Bay, in Nakhodka Bay; the terminal is on the bay’s shore, within about 2 km.',
    figures: [
      fig('Terminal opened', '28 December 2009, fed by rail from Skovorodino until ESPO-2 reached it in December 2012', CITE.enwpEspo),
    ],
    sources: [CITE.ruwpKozmino, CITE.enwpEspo, CITE.kommersantKozmino],
  },
  {
    id: 'vladivostok-lng-site', name: 'Vladivostok LNG (planned site, Cape Lomonosov)', kind: 'lng-plant', status: 'proposed',
    statusNote: 'Shelved, never built. The site was chosen on 15 November 2012; in October 2014 Gazprom said it might shelve the project and turned to pipeline gas for China; in June 2017 it said work had resumed on a smaller, medium-size plant. We found no report of construction since, so as of 2026 it stands as a proposal.',
    opened: null, operator: 'Gazprom', at: [131.56, 43.03], precision: 'approximate',
    note: 'No coordinates found for Cape Lomonosov. Placed on the west shore of Amur Bay, across from Vladivostok, where Perevoznaya Bay opens; it may be 10 km out.',
    figures: [
      fig('Agreed', 'December 2010 by the source article, with pipelines from Sakhalin and Chayanda', CITE.seedArticle,
        'The Nikkei reported in July 2010 that the two governments had agreed on the plant, to be signed at the APEC summit in Yokohama in November 2010; a Japanese consortium (Itochu, Japex, Marubeni, Inpex) began a feasibility study with Gazprom in April 2011, and Gazprom and Japan’s energy agency signed a memorandum at the Vladivostok APEC summit on 8 September 2012. We found no source for a December 2010 signing.'),
      fig('Planned start', '2017 (source article); around 2020 (Yomiuri, January 2012); 2018 (FT, 2014)', CITE.seedArticle, 'Sources disagree: the plan slipped.'),
      fig('Planned capacity', 'More than 5 million t a year (source article); 10 million t a year (FT, 2014)', CITE.ftVlng2014),
    ],
    sources: [CITE.nikkeiVlng2010, CITE.vlngMemo2012, CITE.jsn2012, CITE.reutersVlng2014, CITE.ftVlng2014, CITE.riaVlng2017, CITE.seedArticle, CITE.yomiuri2012],
  },
  {
    id: 'chayanda-field', name: 'Chayanda gas field', kind: 'gas-field', status: 'operating', opened: 2019,
    operator: 'Gazprom', at: [112.205, 60.595], precision: 'area',
    note: 'No authoritative coordinates found. Placed where the two published distances meet, about 150 km from Lensk and 130 km from Vitim (both from GeoNames), on the north side of the Lena, in the Lensky district.',
    figures: [
      fig('Recoverable gas reserves', '1.24 trillion m³', CITE.yomiuri2012, 'Gazprom gives 1.2 trillion m³ (2021). Yomiuri put it at 13 years of Japan’s gas imports.'),
      fig('First gas', 'December 2019, into Power of Siberia', CITE.gazpromPos2019),
    ],
    sources: [CITE.gazpromChayanda, CITE.chayandaDistances, CITE.yomiuri2012, CITE.gazpromKovykta2021, CITE.gazpromPos2019, CITE.geonames],
  },
  {
    id: 'kovykta-field', name: 'Kovykta gas field', kind: 'gas-field', status: 'operating', opened: 2022,
    operator: 'Gazprom', at: [106.27, 55.45], precision: 'area',
    note: 'Placed about 100 km north-east of Zhigalovo, in the Zhigalovo and Kazachinsko-Lensky districts: OGJ gives a 112 km pipeline to Zhigalovo and 450 km from Irkutsk, BP about 350 km from Irkutsk. The field covers some 12,000 km².',
    figures: [fig('Recoverable gas reserves', '1.8 trillion m³', CITE.gazpromKovykta2021)],
    sources: [CITE.oilfieldwikiKovykta, CITE.ogjKovykta2007, CITE.bpKovykta2001, CITE.gazpromKovykta2021],
  },
  {
    id: 'piltun-astokhskoye-field', name: 'Piltun-Astokhskoye oil field (Sakhalin-2)', kind: 'oil-field', status: 'operating', opened: 1999,
    operator: SAKHALIN_ENERGY, at: [143.557, 52.87], precision: 'area',
    note: `English Wikipedia's infobox gives 52°52′N 143°46′E, about 30 km offshore, but the operator puts the Molikpaq platform 16 km off the coast and PA-B 12 km. ${OFFSHORE}, 16 km east of the coast at Wikipedia's latitude.`,
    figures: [fig('First oil', 'July 1999, from the Molikpaq platform: Russia’s first offshore oil', CITE.enwpSakhalin2)],
    sources: [CITE.sakhEnergyMolikpaq, CITE.enwpSakhalin2, CITE.shellPlatforms],
  },
  {
    id: 'lunskoye-field', name: 'Lunskoye gas field (Sakhalin-2)', kind: 'gas-field', status: 'operating', opened: 2009,
    operator: SAKHALIN_ENERGY, at: [143.66, 51.45], precision: 'area',
    note: `No coordinates or offshore distance found (the LUN-A platform stands in 48 m of water). ${OFFSHORE}, about 15 km off the coast, east of the onshore processing facility its gas comes ashore to.`,
    figures: [fig('Gas rate', 'Up to 51 million m³ a day from the LUN-A platform', CITE.shellPlatforms, 'Lunskoye supplies most of the gas for the Prigorodnoye LNG plant.')],
    sources: [CITE.shellPlatforms, CITE.rigzoneLunA, CITE.sakhEnergyOpf],
  },
  {
    id: 'chayvo-field', name: 'Chayvo oil and gas field (Sakhalin-1)', kind: 'oil-field', status: 'operating', opened: 2005,
    operator: SAKHALIN_1, at: [143.393, 52.45], precision: 'area',
    note: `${OFFSHORE}, 8 km off the spit at the village of Chayvo: the field is drilled from the Orlan platform and from the shore by wells up to 15 km long.`,
    figures: [fig('On stream', 'October 2005', CITE.sakh1Anniversary)],
    sources: [CITE.sakh1Chayvo, CITE.sakh1Anniversary, CITE.ruwpChayvo],
  },
  {
    id: 'odoptu-field', name: 'Odoptu oil field (Sakhalin-1)', kind: 'oil-field', status: 'operating', opened: 2010,
    operator: SAKHALIN_1, at: [143.35, 53.25], precision: 'area',
    note: `No coordinates found. ${OFFSHORE}, 8 km off the coast north of Piltun-Astokhskoye; like Chayvo it is drilled from the shore (a 12,345 m well in 2011).`,
    figures: [fig('On stream', '2010', CITE.sakh1Anniversary)],
    sources: [CITE.sakh1Anniversary, CITE.ofscomSakh1],
  },
  {
    id: 'arkutun-dagi-field', name: 'Arkutun-Dagi oil field (Sakhalin-1)', kind: 'oil-field', status: 'operating', opened: 2015,
    operator: SAKHALIN_1, at: [143.64, 52.45], precision: 'area',
    note: `The Berkut platform is about 25 km from the shore, east of the Chayvo field (Sakhalin-1). ${OFFSHORE}, 25 km east of the coast at Chayvo's latitude.`,
    figures: [fig('On stream', '2015, from the Berkut platform', CITE.sakh1Arkutun)],
    sources: [CITE.sakh1Arkutun, CITE.sakh1Anniversary],
  },
  {
    id: 'sakhalin-2-opf', name: 'Sakhalin-2 onshore processing facility', kind: 'processing', status: 'operating', opened: 2008,
    operator: SAKHALIN_ENERGY, at: [143.35, 51.45], precision: 'approximate',
    note: 'No coordinates found. Placed 7 km inland from the coast in the Nogliki district, south of Nogliki, as the operator and Wikipedia describe it, and so that the line from the Piltun landfall is near the published 172 km; it may be 15 km out.',
    figures: [fig('Design throughput', '50.1 million m³ of gas and over 7,200 t of condensate a day', CITE.sakhEnergyOpf)],
    sources: [CITE.sakhEnergyOpf, CITE.enwpSakhalin2, CITE.sakhEnergyPipelines, CITE.shellPipelines],
  },
  {
    id: 'chayvo-opf', name: 'Chayvo onshore processing facility (Sakhalin-1)', kind: 'processing', status: 'operating', opened: 2005,
    operator: SAKHALIN_1, at: [143.1925, 52.3608], precision: 'approximate',
    note: 'Placed at the village of Chayvo (Russian Wikipedia’s coordinate), beside which the processing complex stands.',
    figures: [],
    sources: [CITE.ruwpChayvo, CITE.sakh1Export],
  },
];
