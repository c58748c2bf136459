/** A quote as a fact-checker pastes it: who said what (with the speaker's role), where and when it was published. */
import type { Quote } from '../core/types';
import type { Card } from '../glossary/compile';
import type { PageState } from '../messaging/protocol';
import { currentRole } from '../glossary/card-line';
import { formatDate } from './dates';
import { t, type UiLang } from './i18n';

/**
 * Punctuation the sentence around a quote put at its end (`…Logar,`): it belongs to the article's sentence, not to
 * the words quoted. A question or exclamation mark, or an ellipsis, is the speaker's and stays.
 */
const TRAILING = /[\s,،;؛:.\-–—]+$/u;

export const quotedWords = (text: string): string => text.replace(TRAILING, '');

/** The speaker's current role from the glossary's card, in the UI's language, where the card has one. */
export const speakerRole = (q: Quote, cards: Record<string, Card>, lang: UiLang): string | undefined =>
  currentRole(q.speaker?.entity ? cards[q.speaker.entity] : undefined)?.[lang];

export function citation(q: Quote, state: PageState, lang: UiLang, cards: Record<string, Card> = {}): string {
  const role = speakerRole(q, cards, lang);
  const comma = lang === 'ar' ? '،' : ',';
  const who = q.speaker ? `${q.speaker.name}${role ? `${comma} ${role}` : ''}` : t(lang, 'unknownSpeaker');
  const [open, close] = state.annotations.lang === 'ar' ? ['«', '»'] : ['“', '”'];
  const date = state.published && formatDate(state.published, lang);
  const where = [state.annotations.title, state.site, date].filter(Boolean).join(' — ');
  return `${who}: ${open}${quotedWords(q.text)}${close}\n${where}\n${state.url}`;
}
