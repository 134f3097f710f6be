/**
 * The contract of public/data/era-texts.json (see src/geo/eras.ts, `EraTexts`): checked by the
 * build before it writes the file and by the app where the file enters.
 */
import { ERA_IDS, HOLDERS, type CitedText } from './eras.ts';

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown) => typeof v === 'string' && v.trim().length > 0;

function citedProblems(v: unknown, where: string): string[] {
  if (!isObj(v)) return [`${where}: not a cited text`];
  const out: string[] = [];
  if (!isText(v.text)) out.push(`${where}.text: empty`);
  const cites = (v as Partial<CitedText>).citations;
  if (!Array.isArray(cites) || cites.length === 0) out.push(`${where}.citations: a text needs at least one source`);
  else cites.forEach((c, i) => { if (!isObj(c) || !isText(c.publisher) || !isText(c.title)) out.push(`${where}.citations[${i}]: needs a publisher and a title`); });
  return out;
}

const namesProblems = (v: unknown, where: string) => (isObj(v) && ['en', 'ja', 'ru'].every((l) => isText(v[l])) ? [] : [`${where}: needs en, ja and ru`]);

/** The problems of a value read as era-texts.json; none means it holds to the contract. */
export function checkEraTexts(value: unknown): string[] {
  if (!isObj(value) || !isObj(value.eras) || !isObj(value.positions)) return ['not an object with eras and positions'];
  const out: string[] = [];
  for (const id of ERA_IDS) {
    const e = value.eras[id];
    const w = `eras.${id}`;
    if (!isObj(e)) { out.push(`${w}: missing`); continue; }
    const t = e.treaty;
    if (!isObj(t) || !/^\d{4}-\d{2}-\d{2}$/.test(String(t.signed)) || !isText(t.place) || !Array.isArray(t.signatories) || !Array.isArray(t.inForce)) out.push(`${w}.treaty: needs signed (YYYY-MM-DD), place, signatories and inForce`);
    else t.inForce.forEach((c, i) => out.push(...citedProblems(c, `${w}.treaty.inForce[${i}]`)));
    out.push(...citedProblems(e.clause, `${w}.clause`));
    if (!Array.isArray(e.notes)) out.push(`${w}.notes: not a list`);
    else e.notes.forEach((n, i) => out.push(...citedProblems(n, `${w}.notes[${i}]`)));
    if (!isObj(e.polities)) out.push(`${w}.polities: missing`);
    else for (const [h, names] of Object.entries(e.polities)) {
      if (!(HOLDERS as readonly string[]).includes(h)) out.push(`${w}.polities.${h}: not a holder`);
      out.push(...namesProblems(names, `${w}.polities.${h}`));
    }
  }
  out.push(...citedProblems(value.positions.japan, 'positions.japan'), ...citedProblems(value.positions.russia, 'positions.russia'));
  return out;
}
