import { en, type Dictionary } from './dictionaries/en.ts';
import { zh } from './dictionaries/zh.ts';

/**
 * The site's languages. English is the default and has no prefix; Chinese lives under its own
 * (routes.ts). Each
 * has one dictionary of interface text (dictionaries/), read through `t(locale)`.
 */
export const LOCALES = {
  en: { lang: 'en', hreflang: 'en', ogLocale: 'en_GB', dictionary: en },
  zh: { lang: 'zh-CN', hreflang: 'zh-CN', ogLocale: 'zh_CN', dictionary: zh },
} as const;

export type Locale = keyof typeof LOCALES;
const DEFAULT_LOCALE: Locale = 'en';
export const ALL_LOCALES = Object.keys(LOCALES) as Locale[];

/** The locale Astro found in a page's URL (Astro.currentLocale), English when none. */
export const asLocale = (value: string | undefined): Locale =>
  value && value in LOCALES ? (value as Locale) : DEFAULT_LOCALE;

/** The interface text of a locale. */
export const t = (locale: Locale): Dictionary => LOCALES[locale].dictionary;

/** The other language of a two-language site: where the language switch points. */
export const otherLocale = (locale: Locale): Locale => (locale === 'en' ? 'zh' : 'en');

/** The `[...locale]` parameter of a route: none for English, "zh" for Chinese. */
export const localeParam = (locale: Locale) => (locale === DEFAULT_LOCALE ? undefined : locale);
