/** The data files: a feature's file as GeoJSON or as CSV, saved under its name and the day. Loaded on first use. */
import type { ExportFile } from '../../ui/feature.ts';
import { toCsv } from './csv.ts';
import { exportFileName } from './names.ts';
import { saveBlob } from './save.ts';

export type DataFormat = 'geojson' | 'csv';

/** Makes and saves the file; returns its name. */
export async function saveData(file: ExportFile, format: DataFormat, now: Date): Promise<string> {
  const name = exportFileName([file.name], format, now);
  if (format === 'csv') {
    if (!file.table) throw new Error(`${file.name} has no table`);
    const { columns, rows } = await file.table();
    saveBlob(new Blob([toCsv(columns, rows)], { type: 'text/csv;charset=utf-8' }), name);
  } else {
    saveBlob(new Blob([`${JSON.stringify(await file.geojson(), null, 1)}\n`], { type: 'application/geo+json' }), name);
  }
  return name;
}
