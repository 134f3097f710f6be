/**
 * Files dropped on the map are imported as if opened from the Import tab. While a file is dragged
 * over the map, a hint covers it ("Drop a GeoJSON file to import it"); the hint takes no pointer
 * events, so the map's own handlers are left alone. The keyboard's way in is the tab's
 * "Open file…" button.
 */
import { useEffect, useState } from 'react';
import { useT } from '../../i18n/provider.tsx';
import { useAtlasStore } from '../../state/react.tsx';
import type { SectionProps } from '../../ui/feature.ts';
import { importFiles } from './actions.ts';

const carriesFiles = (e: DragEvent) => [...(e.dataTransfer?.types ?? [])].includes('Files');

export function ImportDropZone({ map }: SectionProps) {
  const store = useAtlasStore();
  const t = useT();
  const [over, setOver] = useState(false);
  useEffect(() => {
    if (!map) return;
    const el = map.getContainer();
    let depth = 0;
    const enter = (e: DragEvent) => { if (!carriesFiles(e)) return; depth++; setOver(true); };
    const leave = (e: DragEvent) => { if (!carriesFiles(e)) return; depth = Math.max(0, depth - 1); if (!depth) setOver(false); };
    const dragOver = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const drop = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setOver(false);
      const files = [...(e.dataTransfer?.files ?? [])];
      if (files.length) void importFiles(store, files);
    };
    el.addEventListener('dragenter', enter);
    el.addEventListener('dragleave', leave);
    el.addEventListener('dragover', dragOver);
    el.addEventListener('drop', drop);
    return () => {
      el.removeEventListener('dragenter', enter);
      el.removeEventListener('dragleave', leave);
      el.removeEventListener('dragover', dragOver);
      el.removeEventListener('drop', drop);
    };
  }, [map, store]);
  return over ? <div className="import-drop-hint" aria-hidden="true"><span>{t('import.drop')}</span></div> : null;
}
