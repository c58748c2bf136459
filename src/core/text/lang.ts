/** The article's language: the page's declaration where it names one we serve, else the script of the text. */
import type { Lang } from '../types';
import { isMostlyArabic } from './tokens';

export function detectLang(declared: string | undefined, sample: string): Lang {
  const base = declared?.toLowerCase().split(/[-_]/)[0];
  const byScript: Lang = isMostlyArabic(sample) ? 'ar' : 'en';
  // A page may declare one language and carry an article in the other (Annahar's English edition under lang="ar").
  if ((base === 'ar' || base === 'en') && base === byScript) return base;
  return byScript;
}
