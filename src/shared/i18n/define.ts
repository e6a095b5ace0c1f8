/** A message catalog: nested keys, leaf strings with i18next `{{param}}` placeholders. */
export interface Catalog {
  [key: string]: string | Catalog;
}

/**
 * Counts use i18next plural keys (`people_one`, `people_other`, chosen by `count` with
 * Intl.PluralRules): English writes `_one` and `_other`; Russian adds `_few` and `_many`; Chinese and
 * Vietnamese have one form, `_other`, and no `_one`.
 */
type PluralBase<T> = { [K in keyof T]: K extends `${infer Base}_other` ? Base : never }[keyof T] & string;

/** `T`'s keys without the `_one` forms (Chinese, Vietnamese). */
export type OneFormKeys<T> = { [K in keyof T as K extends `${string}_one` ? never : K]: T[K] extends string ? string : OneFormKeys<T[K]> };

/** `T`'s keys plus `_few` and `_many` for each plural (Russian). */
export type RussianKeys<T> = { [K in keyof T]: T[K] extends string ? string : RussianKeys<T[K]> } & Record<`${PluralBase<T>}_few` | `${PluralBase<T>}_many`, string>;

/**
 * One namespace in all four app languages. The type makes a missing or extra key in any
 * language a compile error, so `npm run typecheck` guarantees every locale carries every key
 * (and every plural form its language needs).
 */
export function defineCatalog<T extends Catalog>(catalog: { en: T; zh: OneFormKeys<T>; vi: OneFormKeys<T>; ru: RussianKeys<T> }) {
  return catalog;
}
