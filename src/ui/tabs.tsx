/**
 * Tabs for the side panel, keyboard-operable the WAI-ARIA way: arrow keys move between tabs,
 * Home and End jump to the ends, and only the chosen tab is in the tab order. Every panel stays
 * mounted (the others are hidden), so a feature keeps its map bindings and state while another
 * tab is open.
 */
import { useRef, type ReactNode } from 'react';

export interface Tab { id: string; label: string; content: ReactNode }

export function Tabs(props: { tabs: Tab[]; value: string; onChange: (id: string) => void; label: string }) {
  const refs = useRef<Record<string, HTMLButtonElement | null>>({});
  const index = Math.max(0, props.tabs.findIndex((t) => t.id === props.value));
  const go = (i: number) => {
    const t = props.tabs[(i + props.tabs.length) % props.tabs.length];
    props.onChange(t.id);
    refs.current[t.id]?.focus();
  };
  const onKey = (e: React.KeyboardEvent) => {
    const keys: Record<string, () => void> = {
      ArrowRight: () => go(index + 1), ArrowLeft: () => go(index - 1),
      Home: () => go(0), End: () => go(props.tabs.length - 1),
    };
    const k = keys[e.key];
    if (k) { e.preventDefault(); k(); }
  };
  const current = props.tabs[index];
  return (
    <div className="tabs">
      <div role="tablist" aria-label={props.label} onKeyDown={onKey}>
        {props.tabs.map((t) => (
          <button
            key={t.id} type="button" role="tab" id={`tab-${t.id}`} aria-controls={`tabpanel-${t.id}`}
            aria-selected={t.id === current?.id} tabIndex={t.id === current?.id ? 0 : -1}
            ref={(el) => { refs.current[t.id] = el; }} onClick={() => props.onChange(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      {props.tabs.map((t) => (
        <div key={t.id} role="tabpanel" id={`tabpanel-${t.id}`} aria-labelledby={`tab-${t.id}`} className="tabpanel" hidden={t.id !== current?.id}>
          {t.content}
        </div>
      ))}
    </div>
  );
}
