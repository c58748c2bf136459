/** A quote as a fact-checker pastes it: who said what, where and when it was published. */
import type { Quote } from '../core/types';
import type { PageState } from '../messaging/protocol';
import { t, type UiLang } from './i18n';

export function citation(q: Quote, state: PageState, lang: UiLang): string {
  const who = q.speaker?.name ?? t(lang, 'unknownSpeaker');
  const open = state.annotations.lang === 'ar' ? '«' : '“';
  const close = state.annotations.lang === 'ar' ? '»' : '”';
  const where = [state.annotations.title, state.site, state.published?.slice(0, 10)].filter(Boolean).join(' — ');
  return `${who}: ${open}${q.text}${close}\n${where}\n${state.url}`;
}
