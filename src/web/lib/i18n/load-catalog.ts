// Each language is a chunk of its own, fetched only when it is the one in use.
import type { Locale } from '../../../shared/i18n/locales.ts';
import type { Catalog } from './catalog.ts';

type Loader = () => Promise<{ catalog: Catalog }>;

const loaders: Record<Locale, Loader> = {
  en: () => import('./catalogs/en/index.ts'),
  pl: () => import('./catalogs/pl/index.ts'),
  es: () => import('./catalogs/es/index.ts'),
  it: () => import('./catalogs/it/index.ts'),
  'pt-BR': () => import('./catalogs/pt-BR/index.ts'),
  de: () => import('./catalogs/de/index.ts'),
  tr: () => import('./catalogs/tr/index.ts'),
  cs: () => import('./catalogs/cs/index.ts'),
};

export async function loadCatalog(locale: Locale): Promise<Catalog> {
  return (await loaders[locale]()).catalog;
}
