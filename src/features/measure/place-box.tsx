/**
 * A search box for a place, as a WAI-ARIA combobox with a list box of suggestions. It knows every
 * name and alias in English, Japanese and Russian (src/geo/places.ts). Keys: Down and Up open
 * the list and move through it, Enter chooses, Esc closes the list (or, when it is closed, empties
 * the box); a click on a suggestion chooses it too.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { placeTooLong, resolvePlace, searchPlaces, type PlaceMatch } from '../../geo/places.ts';
import type { IslandFeature } from '../../geo/types.ts';

export interface PlaceBoxProps {
  label: string;
  islands: IslandFeature[];
  value: IslandFeature | null;
  onChange: (island: IslandFeature) => void;
}

const nameOf = (f: IslandFeature | null) => f?.properties.name.en ?? '';

function Suggestion(props: { match: PlaceMatch }) {
  const { name } = props.match.island.properties;
  const alias = [name.en, name.ja, name.ru].includes(props.match.matched) ? null : props.match.matched;
  return (
    <>
      <span className="measure-option-name" lang="en">{name.en}</span>
      {' · '}<span lang="ja">{name.ja}</span>{' · '}<span lang="ru">{name.ru}</span>
      {alias && <span className="measure-option-alias"> (also “{alias}”)</span>}
    </>
  );
}

export function MeasurePlaceBox(props: PlaceBoxProps) {
  const { islands, value, onChange } = props;
  const id = useId();
  const listId = `${id}-list`;
  const [text, setText] = useState(nameOf(value));
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const list = useRef<HTMLUListElement>(null);

  // A preset or a link can choose for the box: show what was chosen (adjusted while rendering).
  const [shownValue, setShownValue] = useState(value);
  if (value !== shownValue) {
    setShownValue(value);
    setText(nameOf(value));
  }

  const sorted = useMemo(() => [...islands].sort((a, b) => a.properties.name.en.localeCompare(b.properties.name.en)), [islands]);
  const tooLong = placeTooLong(text);
  const matches: PlaceMatch[] = useMemo(() => {
    // An empty box lists every place, so the list can be browsed with the arrow keys alone.
    if (!text.trim()) return sorted.map((island) => ({ island, score: 0, matched: island.properties.name.en }));
    if (placeTooLong(text)) return [];
    return searchPlaces(text, islands, { limit: 8 });
  }, [text, islands, sorted]);

  useEffect(() => {
    if (!open || active < 0) return;
    list.current?.children[active]?.scrollIntoView({ block: 'nearest' });
  }, [open, active]);

  const choose = (f: IslandFeature) => {
    setText(nameOf(f));
    setOpen(false);
    setActive(-1);
    onChange(f);
  };
  const move = (by: number) => {
    if (!matches.length) { setOpen(true); return; }
    if (!open) {
      setOpen(true);
      setActive(by > 0 ? 0 : matches.length - 1);
      return;
    }
    setActive((i) => (i < 0 ? (by > 0 ? 0 : matches.length - 1) : (i + by + matches.length) % matches.length));
  };
  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.altKey && e.key === 'ArrowDown') { setOpen(true); e.preventDefault(); return; }
    if (e.key === 'ArrowDown') move(1);
    else if (e.key === 'ArrowUp') move(-1);
    else if (e.key === 'Enter') {
      if (open && active >= 0 && matches[active]) choose(matches[active].island);
      else {
        const r = tooLong ? null : resolvePlace(text, islands);
        if (r?.ok) choose(r.island);
        else setOpen(true);
      }
    } else if (e.key === 'Escape') {
      if (open) setOpen(false);
      else setText('');
    } else return;
    e.preventDefault();
  };

  const expanded = open && matches.length > 0;
  const activeId = expanded && active >= 0 ? `${id}-opt-${active}` : undefined;
  return (
    <div className="measure-place">
      <label htmlFor={`${id}-input`}>{props.label}</label>
      <input
        id={`${id}-input`} type="text" role="combobox" autoComplete="off" spellCheck={false}
        aria-autocomplete="list" aria-expanded={expanded} aria-controls={listId} aria-activedescendant={activeId}
        placeholder={islands.length ? 'Name in English, 日本語 or русский' : 'Loading places…'} disabled={!islands.length}
        value={text}
        onChange={(e) => { setText(e.target.value); setOpen(true); setActive(-1); }}
        onKeyDown={onKeyDown}
        onBlur={() => { setOpen(false); setActive(-1); if (value) setText(nameOf(value)); }}
      />
      <ul id={listId} role="listbox" aria-label={`${props.label}: suggestions`} ref={list} className="measure-listbox" hidden={!expanded}>
        {expanded && matches.map((m, i) => (
          <li
            key={m.island.properties.id} id={`${id}-opt-${i}`} role="option" aria-selected={i === active}
            className={i === active ? 'is-active' : undefined}
            // Keep the focus in the box, so the click does not blur it before it chooses.
            onMouseDown={(e) => e.preventDefault()}
            onMouseMove={() => { if (i !== active) setActive(i); }}
            onClick={() => choose(m.island)}
          >
            <Suggestion match={m} />
          </li>
        ))}
      </ul>
      {open && tooLong && <p className="measure-nomatch" role="status">{tooLong}</p>}
      {open && !tooLong && text.trim() !== '' && !matches.length && <p className="measure-nomatch">No place in the atlas matches “{text}”.</p>}
    </div>
  );
}
