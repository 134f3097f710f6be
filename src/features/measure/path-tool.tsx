/**
 * The controls of the path tool: the toggle, the instructions, and a button for each key, so the
 * panel alone is enough to measure a path. A cross marks the map's centre while the tool is on,
 * where the keyboard places points.
 */
import { createPortal } from 'react-dom';
import { useT } from '../../i18n/provider.tsx';

export interface PathToolProps {
  active: boolean;
  /** Points placed so far (0 when no path is shown). */
  count: number;
  closed: boolean;
  onToggle: () => void;
  onAddCentre: () => void;
  onUndo: () => void;
  onClose: () => void;
  onClear: () => void;
}

export function MeasurePathTool(props: PathToolProps) {
  const { active, count, closed } = props;
  const t = useT();
  return (
    <section className="measure-group" aria-labelledby="measure-path-title">
      <h2 id="measure-path-title">{t('measure.path.title')}</h2>
      <button type="button" className="measure-toggle" aria-pressed={active} onClick={props.onToggle}>
        {t('measure.path.title')}{active && <span aria-hidden="true" className="measure-toggle-on">{t('measure.path.on')}</span>}
      </button>
      {active && (
        <p className="measure-hint" id="measure-path-hint">{t('measure.path.hint')}</p>
      )}
      {(active || count > 0) && (
        <div className="measure-actions">
          {active && <button type="button" onClick={props.onAddCentre}>{t('measure.path.addCentre')}</button>}
          {active && <button type="button" onClick={props.onUndo} disabled={count === 0}>{t('measure.path.undo')}</button>}
          <button type="button" onClick={props.onClose} disabled={count < 3 || closed}>{t('measure.path.close')}</button>
          <button type="button" onClick={props.onClear} disabled={count === 0}>{t('measure.path.clear')}</button>
        </div>
      )}
    </section>
  );
}

/** A cross at the centre of the map, drawn over it while the path tool is on. */
export function MeasureCentreMark(props: { container: HTMLElement }) {
  return createPortal(<div className="measure-centre" aria-hidden="true" />, props.container);
}
