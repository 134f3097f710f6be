/**
 * The incidents' words that pure code puts together (the waters line, the coast, the vessels):
 * through a message function, so that the same code speaks English, Japanese and Russian. The
 * app passes react-intl's (`useT`); the tests make one from the catalogues.
 */
import type { MessageId } from '../../i18n/ids.ts';
import type { Language } from '../../geo/language.ts';
import { convertKm } from '../../geo/units.ts';
import type { ZoneKind } from '../../geo/sea.ts';
import { eraMeta, type EraId } from '../../geo/eras.ts';
import type { IncidentCasualties, IncidentType, IncidentVessel } from './model.ts';
import { eraYears } from './filter.ts';

/** A catalogue message in the interface language, its arguments filled in. */
export type Say = (id: MessageId, values?: Record<string, string | number>) => string;

/** An incident type's name. */
export const typeName = (t: Say, type: IncidentType): string => t(`incidents.type.${type}`);

/**
 * A length in km written in `unit` with one decimal, in the language's digits and unit words:
 * "6.1 nmi", "6.1海里", "6,1 мор. мили"; "16.2 km", "16,2 км". (One decimal everywhere, as
 * src/geo/units.ts formatDistance explains.)
 */
export function distanceText(t: Say, km: number, unit: 'km' | 'nmi' = 'km'): string {
  return t(unit === 'km' ? 'incidents.unit.km' : 'incidents.unit.nmi', { value: convertKm(km, unit) });
}

/** A sea zone's kind as the messages select it (ICU selectors take no hyphens). */
export const ZONE_SELECT: Readonly<Record<ZoneKind, string>> = {
  'territorial-sea': 'territorial',
  'contiguous-zone': 'contiguous',
  eez: 'eez',
};

/**
 * Home ports as the data writes them, to their names in the catalogue. A port not listed here
 * stays as the data writes it (a unit test holds the data to this list).
 */
export const PORT_NAMES: Readonly<Record<string, MessageId>> = {
  Nemuro: 'incidents.port.nemuro',
  Rausu: 'incidents.port.rausu',
  Wakkanai: 'incidents.port.wakkanai',
  Vladivostok: 'incidents.port.vladivostok',
};

/**
 * The places the sources measure from that the atlas does not draw (`named_place.name`), to
 * their names in the catalogue. The Russian holds the name in the genitive, as its one message
 * ("До {place} …") takes it. A place not listed stays as the data writes it (a unit test holds
 * the data to this list).
 */
export const NAMED_PLACES: Readonly<Record<string, MessageId>> = {
  "Sōfu-gan (Lot's Wife)": 'incidents.namedPlace.sofuGan',
};

const named = (t: Say, table: Readonly<Record<string, MessageId>>, text: string): string => {
  const id = Object.hasOwn(table, text) ? table[text] : undefined;
  return id ? t(id) : text;
};

/** A home port in the interface language. */
export const portName = (t: Say, port: string): string => named(t, PORT_NAMES, port);

/** A named place in the interface language. */
export const namedPlaceName = (t: Say, place: string): string => named(t, NAMED_PLACES, place);

/**
 * The years of an era as the incidents' filters say them: "1905–1945", "1945–today";
 * "1905～1945年", "1945年～現在"; "1905–1945 гг.", "с 1945 г. до наших дней".
 */
export function eraSpanText(t: Say, era: EraId): string {
  const { from, to } = eraYears(era);
  return /today$/.test(eraMeta(era).span)
    ? t('incidents.era.spanToday', { from: String(from) })
    : t('incidents.era.span', { from: String(from), to: String(to) });
}


/** The casualties in a sentence: "1 killed, none injured." / "死者1人、負傷者なし。" */
export function casualtyText(t: Say, c: IncidentCasualties): string {
  return t('incidents.casualties', { killed: c.killed ?? 'unknown', injured: c.injured ?? 'unknown' });
}

/**
 * A vessel's description after its name: how many, whose, what, and the facts known of it
 * ("Japanese crab-pot fishing boat, 4.9 t, crew of 4, from Nemuro"). `kind` is the data's text,
 * already in the interface language.
 */
export function vesselText(t: Say, v: IncidentVessel): string {
  const facts = [
    t('incidents.vessel.what', { count: v.count, side: v.side, kind: v.kind }),
    v.tonnage_t !== null ? t('incidents.vessel.tonnage', { tonnage: v.tonnage_t }) : null,
    v.crew !== null ? t('incidents.vessel.crew', { crew: v.crew }) : null,
    v.home_port !== null ? t('incidents.vessel.port', { port: portName(t, v.home_port) }) : null,
  ].filter((x): x is string => x !== null);
  return facts.join(t('incidents.vessel.separator'));
}

/** Each language's quotation marks, and the ones a quotation inside a quotation takes. */
const INNER_QUOTES: Readonly<Record<Language, readonly [string, string][]>> = {
  en: [['“', '‘'], ['”', '’']],
  ja: [['「', '『'], ['」', '』']],
  ru: [['«', '„'], ['»', '“']],
};

/**
 * A text that the message will put in quotation marks, with the quotation marks it holds turned
 * into inner ones, as each language nests them: «„Кёсин-мару № 31“», 「『…』」, “‘…’”.
 */
export function asQuoted(lang: Language, text: string): string {
  return INNER_QUOTES[lang].reduce((s, [outer, inner]) => s.split(outer).join(inner), text);
}
