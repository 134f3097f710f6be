/** The energy interface: the map bindings and the Energy tab (which loads its own data). */
import type { FeatureUi } from '../../ui/feature.ts';
import { bindEnergyEvents } from './interaction.ts';
import { EnergySection } from './section.tsx';
import { EnergyLegendItems } from './map-legend.tsx';

export const energyUi: FeatureUi = { bind: bindEnergyEvents, Section: EnergySection, LegendItems: EnergyLegendItems };
