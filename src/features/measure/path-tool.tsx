/**
 * The controls of the path tool: the toggle, the instructions, and a button for each key, so the
 * panel alone is enough to measure a path. A cross marks the map's centre while the tool is on,
 * where the keyboard places points.
 */
import { createPortal } from 'react-dom';

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
  return (
    <section className="measure-group" aria-labelledby="measure-path-title">
      <h2 id="measure-path-title">Measure a path</h2>
      <button type="button" className="measure-toggle" aria-pressed={active} onClick={props.onToggle}>
        Measure a path{active && <span aria-hidden="true" className="measure-toggle-on"> · on</span>}
      </button>
      {active && (
        <p className="measure-hint" id="measure-path-hint">
          Click or tap the map to add points; click or tap the first point again to close the path and
          measure its area. From the keyboard: focus the map, move it with the arrow keys, and press
          Enter or P to add a point at its centre (marked with a cross), or to close the path when the
          cross is on the first point. Backspace removes the last point, Esc ends the path.
        </p>
      )}
      {(active || count > 0) && (
        <div className="measure-actions">
          {active && <button type="button" onClick={props.onAddCentre}>Add point at map centre</button>}
          {active && <button type="button" onClick={props.onUndo} disabled={count === 0}>Remove last point</button>}
          <button type="button" onClick={props.onClose} disabled={count < 3 || closed}>Close path</button>
          <button type="button" onClick={props.onClear} disabled={count === 0}>Clear</button>
        </div>
      )}
    </section>
  );
}

/** A cross at the centre of the map, drawn over it while the path tool is on. */
export function MeasureCentreMark(props: { container: HTMLElement }) {
  return createPortal(<div className="measure-centre" aria-hidden="true" />, props.container);
}
