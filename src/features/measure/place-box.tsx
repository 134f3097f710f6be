/**
 * A search box for a place, as a WAI-ARIA combobox with a list box of suggestions. It knows every
 * name and alias in English, Japanese and Russian (src/geo/places.ts), whatever the interface
 * language; it shows a chosen place, and lists and sorts the places, by their names in the
 * interface language, each suggestion with its names in the other two beside it. Keys: Down and Up open
 * the list and move through it, Enter chooses, Esc closes the list (or, when it is closed, empties
 * the box); a click on a suggestion chooses it too.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { placeTooLong, resolvePlace, searchPlaces, type PlaceMatch } from '../../geo/places.ts';
import type { IslandFeature } from '../../geo/types.ts';
import { LANGUAGES, type Language } from '../../geo/language.ts';
import { LOCALES } from '../../i18n/locale.ts';
import { useLanguage, useT } from '../../i18n/provider.tsx';

export interface PlaceBoxProps {
  label: string;
  islands: IslandFeature[];
  value: IslandFeature | null;
  onChange: (island: IslandFeature) => void;
}

const nameIn = (lang: Language) => (f: IslandFeature | null) => f?.properties.name[lang] ?? '';

function Suggestion(props: { match: PlaceMatch; lang: Language }) {
  const { name } = props.match.island.properties;
  const t = useT();
  const alias = [name.en, name.ja, name.ru].includes(props.match.matched) ? null : props.match.matched;
  const others = LANGUAGES.filter((l) => l !== props.lang);
  return (
    <>
      <span className="measure-option-name" lang={props.lang}>{name[props.lang]}</span>
      {others.map((l) => <span key={l}>{' · '}<span lang={l}>{name[l]}</span></span>)}
      {alias && <span className="measure-option-alias">{t('measure.place.also', { alias })}</span>}
    </>
  );
}

export function MeasurePlaceBox(props: PlaceBoxProps) {
  const { islands, value, onChange } = props;
  const id = useId();
  const t = useT();
  const lang = useLanguage();
  const nameOf = nameIn(lang);
  const listId = `${id}-list`;
  const [text, setText] = useState(nameOf(value));
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const list = useRef<HTMLUListElement>(null);

  // A preset, a link or a language switch can change what the box shows: the chosen place's name
  // in the language on screen (adjusted while rendering).
  const [shownValue, setShownValue] = useState({ value, lang });
  if (value !== shownValue.value || lang !== shownValue.lang) {
    setShownValue({ value, lang });
    if (value || value !== shownValue.value) setText(nameOf(value));
  }

  const sorted = useMemo(() => {
    const collator = new Intl.Collator(LOCALES[lang]);
    return [...islands].sort((a, b) => collator.compare(a.properties.name[lang], b.properties.name[lang]));
  }, [islands, lang]);
  const tooLong = placeTooLong(text);
  const matches: PlaceMatch[] = useMemo(() => {
    // An empty box lists every place, so the list can be browsed with the arrow keys alone.
    if (!text.trim()) return sorted.map((island) => ({ island, score: 0, matched: island.properties.name[lang] }));
    if (placeTooLong(text)) return [];
    return searchPlaces(text, islands, { limit: 8 });
  }, [text, islands, sorted, lang]);

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
        placeholder={t(islands.length ? 'measure.place.placeholder' : 'measure.place.loading')} disabled={!islands.length}
        value={text}
        onChange={(e) => { setText(e.target.value); setOpen(true); setActive(-1); }}
        onKeyDown={onKeyDown}
        onBlur={() => { setOpen(false); setActive(-1); if (value) setText(nameOf(value)); }}
      />
      <ul id={listId} role="listbox" aria-label={t('measure.place.suggestions', { label: props.label })} ref={list} className="measure-listbox" hidden={!expanded}>
        {expanded && matches.map((m, i) => (
          <li
            key={m.island.properties.id} id={`${id}-opt-${i}`} role="option" aria-selected={i === active}
            className={i === active ? 'is-active' : undefined}
            // Keep the focus in the box, so the click does not blur it before it chooses.
            onMouseDown={(e) => e.preventDefault()}
            onMouseMove={() => { if (i !== active) setActive(i); }}
            onClick={() => choose(m.island)}
          >
            <Suggestion match={m} lang={lang} />
          </li>
        ))}
      </ul>
      {open && tooLong && <p className="measure-nomatch" role="status">{t('measure.place.tooLong', { ...tooLong })}</p>}
      {open && !tooLong && text.trim() !== '' && !matches.length && <p className="measure-nomatch">{t('measure.place.noMatch', { text })}</p>}
    </div>
  );
}
