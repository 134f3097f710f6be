/**
 * The message ids the code may ask for: the keys of the English catalogues, so that a typo or a
 * message missing from English fails the type check. (The catalogue test holds Japanese and
 * Russian to the same keys.) A folder that gets a catalogue adds its line here.
 */
import type app from '../ui/i18n/en.json';
import type sea from '../features/sea/i18n/en.json';
import type eras from '../features/eras/i18n/en.json';
import type energy from '../features/energy/i18n/en.json';
import type incidents from '../features/incidents/i18n/en.json';
import type measure from '../features/measure/i18n/en.json';
import type islands from '../features/islands/i18n/en.json';
import type cli from '../cli/i18n/en.json';
import type importFiles from '../features/import/i18n/en.json';
import type exportFiles from '../features/export/i18n/en.json';
import type offline from '../features/offline/i18n/en.json';

export type MessageId = keyof typeof app | keyof typeof sea | keyof typeof eras | keyof typeof energy
  | keyof typeof incidents | keyof typeof measure | keyof typeof islands | keyof typeof cli | keyof typeof importFiles
  | keyof typeof exportFiles | keyof typeof offline;

declare global {
  // react-intl reads the ids it accepts from here.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace FormatjsIntl {
    interface Message { ids: MessageId }
  }
}
