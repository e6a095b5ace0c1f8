/** A message catalog: nested keys, leaf strings with i18next `{{param}}` placeholders. */
export interface Catalog {
  [key: string]: string | Catalog;
}

/** The same keys as `T`, any strings: what every translation must provide. */
export type SameKeys<T> = { [K in keyof T]: T[K] extends string ? string : SameKeys<T[K]> };

/**
 * One namespace in all four app languages. The type makes a missing or extra key in any
 * language a compile error, so `npm run typecheck` guarantees every locale carries every key.
 */
export function defineCatalog<T extends Catalog>(catalog: { en: T; zh: SameKeys<T>; vi: SameKeys<T>; ru: SameKeys<T> }) {
  return catalog;
}
