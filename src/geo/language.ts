/** The atlas's three languages: of the map's labels now, of the whole interface later. */
export const LANGUAGES = ['en', 'ja', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];

export const isLanguage = (v: unknown): v is Language => (LANGUAGES as readonly unknown[]).includes(v);
