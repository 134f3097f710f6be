/**
 * The info panel of one island: its name in the interface language and in the other two, the
 * other names people use, who holds it and who claims it, its area in the language's digits.
 */
import { Fragment } from 'react';
import { FormattedMessage } from 'react-intl';
import type { IslandFeature } from '../../geo/types.ts';
import type { Language } from '../../geo/language.ts';
import { useLanguage, useT } from '../../i18n/provider.tsx';
import type { MessageId } from '../../i18n/ids.ts';
import { nameScript, namesInOrder } from './names.ts';
import { islandArea } from './area.ts';

const GROUP_LABEL: Record<string, MessageId> = {
  'northern-territories': 'islands.group.northernTerritories',
  kurils: 'islands.group.kurils',
  hokkaido: 'islands.group.hokkaido',
  sakhalin: 'islands.group.sakhalin',
  kamchatka: 'islands.group.kamchatka',
  honshu: 'islands.group.honshu',
};

const LANGUAGE_NAME: Record<Language, MessageId> = {
  en: 'islands.panel.english',
  ja: 'islands.panel.japanese',
  ru: 'islands.panel.russian',
};

export interface IslandPanelProps {
  island: IslandFeature;
  /** Area computed from the polygon on the ellipsoid, lakes counted as land. */
  computedAreaKm2: number | null;
  onClose: () => void;
}

const strong = (chunks: React.ReactNode[]) => <strong>{chunks}</strong>;

export function IslandPanel({ island, computedAreaKm2, onClose }: IslandPanelProps) {
  const t = useT();
  const lang = useLanguage();
  const area = (km2: number) => islandArea(lang, t, km2);
  const p = island.properties;
  const disputed = p.claimed_by !== null;
  return (
    <section className="panel island-panel" aria-labelledby="island-title">
      <header>
        <h2 id="island-title">{p.name[lang]}</h2>
        <button type="button" className="close" onClick={onClose} aria-label={t('islands.panel.close')}>×</button>
      </header>
      <dl className="names">
        {namesInOrder(p.name, lang).map(([l, name]) => (
          <Fragment key={l}><dt>{t(LANGUAGE_NAME[l])}</dt><dd lang={l}>{name}</dd></Fragment>
        ))}
        {p.aliases.length > 0 && (
          <>
            <dt>{t('islands.panel.aliases')}</dt>
            <dd>{p.aliases.map((a, i) => <Fragment key={a}>{i > 0 && t('islands.panel.aliasSeparator')}<span lang={nameScript(a)}>{a}</span></Fragment>)}</dd>
          </>
        )}
      </dl>
      <p className="group">{GROUP_LABEL[p.group] ? t(GROUP_LABEL[p.group]) : p.group}</p>
      <p>
        <FormattedMessage id="islands.panel.administered" values={{ side: p.administered_by, b: strong }} />
        {p.claimed_by && <>{' · '}<FormattedMessage id="islands.panel.claimed" values={{ side: p.claimed_by, b: strong }} /></>}
      </p>
      {disputed && (
        <ul className="positions">
          <li><FormattedMessage id="islands.position.japan" values={{ b: strong }} /> <cite>Ministry of Foreign Affairs of Japan, “Japan’s Northern Territories”.</cite></li>
          <li><FormattedMessage id="islands.position.russia" values={{ b: strong }} /> <cite>Ministry of Foreign Affairs of the Russian Federation, statements on the peace-treaty talks.</cite></li>
        </ul>
      )}
      <dl className="areas">
        <dt>{t('islands.panel.areaComputed')}</dt>
        <dd>{computedAreaKm2 === null ? '…' : area(computedAreaKm2)} <small>{t('islands.panel.areaComputedNote')}</small></dd>
        <dt>{t('islands.panel.areaPublished')}</dt>
        <dd>{p.published_area_km2 === null ? t('islands.panel.noPublishedArea') : <>{area(p.published_area_km2)} <cite>{p.area_source}</cite></>}</dd>
      </dl>
    </section>
  );
}
