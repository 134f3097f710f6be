/**
 * The address bar as the state's serialisation. One codec turns the state into query
 * parameters and back; the map's view stays in the hash, as MapLibre writes it (see
 * src/state/view-hash.ts for its validation).
 *
 * Each feature declares its own parameters (`ParamSpec`) beside its slice; the core declares
 * era, compare, lang and tab. Parsing never throws: a bad value leaves its part of the state at
 * the default and gives one notice naming the parameter and quoting the value (shortened, with
 * control characters made visible), and every other parameter still works. Links shared
 * before the codec existed (`?era=`, `?incident=`, `?measure=a,b` and the `#zoom/lat/lng`
 * hash) open what they opened then.
 */
import { ERA_IDS, isEraId } from '../geo/eras.ts';
import { isLanguage, LANGUAGES } from '../geo/language.ts';
import { DEFAULT_POV, isPointOfView, POINTS_OF_VIEW } from '../geo/point-of-view.ts';
import { CORE_DEFAULTS, sliceOf, type AtlasState, type CoreState, type Notice, type NoticeMessage, type Slice, type TabId } from './store.ts';

/**
 * What a parameter should have been, for the notice: a catalogue message (`app.link.expected.*`
 * or the feature's own), written in the interface language when shown. A plain string is shown
 * as it is, in every language: kept only for parameters not yet given a message.
 */
export type Expected = NoticeMessage | string;

/** Records a bad parameter: its key, the raw value, and what was expected. */
export type NoteBad = (key: string, raw: string, expected: Expected) => void;

/** "one of a, b or c", in the interface language. */
export const oneOf = (options: readonly string[]): NoticeMessage => ({ message: 'app.link.expected.oneOf', values: { options: { or: options } } });

export interface ParamSpec<S> {
  /** The query parameters this part of the state owns. */
  readonly keys: readonly string[];
  /** The state these parameters give (only the parts they set); bad values are noted and skipped. */
  read(params: URLSearchParams, bad: NoteBad): Partial<S>;
  /** The parameters for a state; a key left out, null or undefined is not in the link (its default); '' is kept. */
  write(state: S): Record<string, string | null | undefined>;
  /** The tab a link with this parameter opens when it names none (a link to an incident opens Incidents). */
  opensTab?: TabId;
}

/** A feature's part of the link: its slice and its parameters. */
export interface FeatureParams<S> { slice: Slice<S>; params: ParamSpec<S> }

/** The longest stretch of a bad value a notice quotes. */
const QUOTE_MAX = 40;

/** A value as a notice may quote it: control characters made visible, and at most QUOTE_MAX characters. */
export function quoteValue(raw: string): string {
  // eslint-disable-next-line no-control-regex
  const visible = raw.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const chars = [...visible];
  return chars.length > QUOTE_MAX ? `${chars.slice(0, QUOTE_MAX).join('')}…` : visible;
}

export function badParamNotice(key: string, raw: string, expected: Expected): Notice {
  return { id: `url-${key}`, message: 'app.link.bad', values: { key, value: quoteValue(raw), expected } };
}

/** The core's parameters: the era, the comparison, the language and the tab (one of `tabs`). */
export const coreParams = (tabs: readonly TabId[]): ParamSpec<CoreState> => ({
  keys: ['era', 'compare', 'lang', 'pov', 'tab'],
  read(params, bad) {
    const eras = oneOf(ERA_IDS);
    const out: Partial<CoreState> = {
      era: readParam(params, 'era', bad, (v) => (isEraId(v) ? v : undefined), eras),
      compare: readParam(params, 'compare', bad, (v) => (isEraId(v) ? v : undefined), eras),
      lang: readParam(params, 'lang', bad, (v) => (isLanguage(v) ? v : undefined), oneOf(LANGUAGES)),
      pov: readParam(params, 'pov', bad, (v) => (isPointOfView(v) ? v : undefined), oneOf(POINTS_OF_VIEW)),
      tab: readParam(params, 'tab', bad, (v) => (tabs.includes(v) ? v : undefined), oneOf(tabs)),
    };
    return withoutUndefined(out);
  },
  write(s) {
    // The era and the language are always in the link: the era so a link keeps its meaning if
    // the default ever changes, the language so a reader whose browser prefers another still
    // gets the sender's screen.
    return { era: s.era, compare: s.compare, lang: s.lang, pov: s.pov === DEFAULT_POV ? null : s.pov };
  },
});

export interface ParsedLink {
  core: Partial<CoreState>;
  slices: Record<string, unknown>;
  notices: Notice[];
}

export interface UrlCodec {
  /** The state a query string asks for, and a notice per bad value. Never throws. */
  parse(search: string): ParsedLink;
  /** The query string (with its '?', or '' when everything is at its default) for a state. */
  serialise(state: AtlasState): string;
}

/** The tab a link opens when it names none: that of the first feature whose parameter it has. */
function impliedTab(params: URLSearchParams, features: readonly FeatureParams<unknown>[]): TabId | null {
  for (const f of features) {
    if (f.params.opensTab && f.params.keys.some((k) => params.has(k))) return f.params.opensTab;
  }
  return null;
}

export function createUrlCodec(features: readonly FeatureParams<unknown>[], tabs: readonly TabId[]): UrlCodec {
  const core = coreParams(tabs);
  return {
    parse(search) {
      const notices: Notice[] = [];
      const bad: NoteBad = (key, raw, expected) => notices.push(badParamNotice(key, raw, expected));
      let params: URLSearchParams;
      try {
        params = new URLSearchParams(search);
      } catch {
        return { core: {}, slices: {}, notices: [{ id: 'url', message: 'app.link.unreadable' }] };
      }
      const safe = <T,>(read: () => T, key: string): T | null => {
        try { return read(); } catch (e) {
          notices.push({ id: `url-${key}`, message: 'app.link.partFailed', values: { key, reason: e instanceof Error ? e.message : String(e) } });
          return null;
        }
      };
      const coreRead = safe(() => core.read(params, bad), 'core') ?? {};
      if (!coreRead.tab) {
        const tab = impliedTab(params, features);
        if (tab) coreRead.tab = tab;
      }
      const slices: Record<string, unknown> = {};
      for (const f of features) {
        const patch = safe(() => f.params.read(params, bad), f.slice.name);
        if (patch && Object.keys(patch).length) slices[f.slice.name] = { ...f.slice.defaults as object, ...patch };
      }
      return { core: coreRead, slices, notices };
    },
    serialise(state) {
      const out = new URLSearchParams();
      const put = (rec: Record<string, string | null | undefined>) => {
        for (const [k, v] of Object.entries(rec)) if (v !== null && v !== undefined) out.set(k, v);
      };
      put(core.write(state));
      for (const f of features) put(f.params.write(sliceOf(state, f.slice)));
      // The tab goes in the link only where the other parameters would not open it anyway.
      const implied = impliedTab(out, features) ?? CORE_DEFAULTS.tab;
      if (state.tab !== implied) out.set('tab', state.tab);
      const s = out.toString();
      return s ? `?${s}` : '';
    },
  };
}

/** The address with `search` in place of its query, the hash (the map's view) kept. */
export function withSearch(href: string, search: string): string {
  const url = new URL(href);
  url.search = search;
  return url.href;
}

/** Ids of islands, incidents, pipelines and sites: lower-case words joined by hyphens. */
const ID = /^[a-z0-9][a-z0-9-]{0,99}$/;

/** Reads an id parameter: absent gives undefined, a malformed one a notice and undefined. */
export function readId(params: URLSearchParams, key: string, bad: NoteBad): string | undefined {
  const raw = params.get(key);
  if (raw === null || raw === '') return undefined;
  const v = raw.trim();
  if (ID.test(v)) return v;
  bad(key, raw, { message: 'app.link.expected.id' });
  return undefined;
}

/**
 * Reads one parameter: absent or empty gives undefined; a value `parse` refuses (undefined) is
 * noted as bad, with what was `expected`, and gives undefined too.
 */
export function readParam<T>(params: URLSearchParams, key: string, bad: NoteBad, parse: (raw: string) => T | undefined, expected: Expected): T | undefined {
  const raw = params.get(key);
  if (raw === null || raw === '') return undefined;
  const v = parse(raw);
  if (v === undefined) bad(key, raw, expected);
  return v;
}

/** A 1 or 0 parameter, as a boolean. */
export const readFlag = (params: URLSearchParams, key: string, bad: NoteBad): boolean | undefined =>
  readParam(params, key, bad, (v) => (v === '1' ? true : v === '0' ? false : undefined), { message: 'app.link.expected.flag' });

/** The object without its undefined values: a patch sets only what the link gave. */
export function withoutUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
