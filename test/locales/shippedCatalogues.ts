import type { TwoFactorCatalogue } from '../../src/i18n/TwoFactorCatalogue.js';
import list from '../../src/locales/locales.json';

/** One shipped catalogue, as `src/locales/locales.json` lists it. */
export interface ShippedCatalogue {
  /** The module's name: `react-two-factor/locales/<name>`. */
  name: string;
  /** The name it exports. */
  exported: string;
  catalogue: TwoFactorCatalogue;
}

/** Every catalogue of the list, loaded from its own module. */
export const shippedCatalogues: readonly ShippedCatalogue[] = await Promise.all(
  list.map(async ({ name, export: exported }) => {
    const module = (await import(`../../src/locales/${name}.ts`)) as Record<string, TwoFactorCatalogue>;
    const catalogue = module[exported];
    if (!catalogue) throw new Error(`src/locales/${name}.ts exports no ${exported}, as locales.json says it does.`);
    return { name, exported, catalogue };
  }),
);
