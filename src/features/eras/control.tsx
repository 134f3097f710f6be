/**
 * The era control over the map: a timeline of the four eras as a radio group (arrow keys,
 * Home and End move the choice, only the chosen era is in the tab order), a play button that
 * steps through the eras, and a live caption naming the era shown.
 */
import { useEffect, useRef, useState } from 'react';
import { ERAS, ERA_IDS, type EraId } from '../../geo/eras.ts';
import { useEraWords } from './use-era-words.ts';

/** How long the play button shows each era: long enough to see the 400 ms cross-fade settle. */
export const PLAY_STEP_MS = 1600;

export interface EraControlProps {
  era: EraId;
  onChange: (era: EraId) => void;
}


export function EraControl({ era, onChange }: EraControlProps) {
  const w = useEraWords();
  const [playing, setPlaying] = useState(false);
  const refs = useRef<Partial<Record<EraId, HTMLButtonElement | null>>>({});
  const index = ERA_IDS.indexOf(era);

  // The player stops at the last era (adjusted while rendering, not in an effect).
  if (playing && index >= ERA_IDS.length - 1) setPlaying(false);

  // One step per render while playing; the effect re-arms on each new era.
  useEffect(() => {
    if (!playing || index >= ERA_IDS.length - 1) return;
    const timer = window.setTimeout(() => onChange(ERA_IDS[index + 1]), PLAY_STEP_MS);
    return () => window.clearTimeout(timer);
  }, [playing, index, onChange]);

  // Any choice by the user stops the player.
  const choose = (id: EraId, focus: boolean) => {
    setPlaying(false);
    if (id !== era) onChange(id);
    if (focus) refs.current[id]?.focus();
  };

  const onKey = (e: React.KeyboardEvent) => {
    const last = ERA_IDS.length - 1;
    // A timeline has ends: the arrows stop at the first and last era rather than wrap.
    const to: Record<string, number> = {
      ArrowRight: Math.min(last, index + 1), ArrowDown: Math.min(last, index + 1),
      ArrowLeft: Math.max(0, index - 1), ArrowUp: Math.max(0, index - 1),
      Home: 0, End: last,
    };
    if (!(e.key in to)) return;
    e.preventDefault();
    choose(ERA_IDS[to[e.key]], true);
  };

  const play = () => {
    if (playing) { setPlaying(false); return; }
    // From the last era, play starts again at the first.
    if (index === ERA_IDS.length - 1) onChange(ERA_IDS[0]);
    setPlaying(true);
  };

  return (
    <div className="era-control" data-map-overlay="">
      <span className="era-control-title" id="era-control-label">{w.t('eras.control.title')}</span>
      <div className="era-control-row">
        <div role="radiogroup" aria-labelledby="era-control-label" className="era-timeline" onKeyDown={onKey}>
          {ERAS.map((m) => {
            const checked = m.id === era;
            return (
              <button
                key={m.id} type="button" role="radio" aria-checked={checked} tabIndex={checked ? 0 : -1}
                className={checked ? 'era-option is-selected' : 'era-option'} data-era={m.id}
                aria-label={w.t('eras.control.option', { label: w.label(m.id), treaty: w.treaty(m.id) })}
                ref={(el) => { refs.current[m.id] = el; }} onClick={() => choose(m.id, false)}
              >
                <span className="era-option-label">{w.label(m.id)}</span>
              </button>
            );
          })}
        </div>
        <button
          type="button" className="era-play" aria-pressed={playing} onClick={play}
          aria-label={w.t(playing ? 'eras.control.stopLabel' : 'eras.control.playLabel')}
        >
          <span aria-hidden="true">{playing ? '■' : '▶'}</span> {w.t(playing ? 'eras.control.stop' : 'eras.control.play')}
        </button>
      </div>
      <p className="era-caption" aria-live="polite">{w.caption(era)}</p>
    </div>
  );
}
