import { describe, expect, it } from 'vitest';
import { identifyLanguage, unreadLanguage } from '../../../src/core/text/lang';

describe('core/text/lang identifyLanguage', () => {
  it.each([
    [
      'ar',
      'قال وزير الخارجية إن المحادثات التي جرت في بيروت أمس كانت مثمرة، وإن الجانبين اتفقا على لقاء آخر بعد أسبوع.',
    ],
    ['ar', 'أعلنت البلدية عن خطة جديدة لتأهيل شبكة المياه في القرى الجنوبية، على أن يبدأ العمل قبل نهاية العام.'],
    ['fa', 'وزیر خارجه گفت که این گفتگوها برای هر دو کشور مهم است و باید ادامه پیدا کند تا توافق نهایی حاصل شود.'],
    ['ur', 'وزیر خارجہ نے کہا کہ یہ بات چیت دونوں ملکوں کے لیے اہم ہے اور اس میں پیش رفت ہوئی ہے۔'],
    [
      'en',
      'The minister said that the talks in Beirut were useful and that both sides have agreed to meet again next week.',
    ],
    ['en', 'Nabih Berri met Jean-Yves Le Drian in Ain el-Tineh on Monday.'],
    ['fr', 'Le ministre a déclaré que les discussions à Beyrouth étaient utiles et que les deux parties se reverront.'],
    [
      'de',
      'Der Minister sagte, dass die Gespräche in Beirut nützlich waren und dass sich beide Seiten wieder treffen.',
    ],
    [
      'es',
      'El ministro dijo que las conversaciones en Beirut fueron útiles y que las dos partes se reunirán de nuevo.',
    ],
    ['pt', 'O ministro disse que as conversas em Beirute foram úteis e que as duas partes vão se reunir de novo.'],
    ['cs', 'Ministr řekl, že jednání v Bejrútu byla užitečná a že se obě strany znovu sejdou, jak bylo dohodnuto.'],
    ['ru', 'Министр заявил, что переговоры в Бейруте были полезными и стороны встретятся снова.'],
    ['ja', '外務大臣は、ベイルートでの協議は有益だったと述べた。'],
    ['zh', '外交部长表示，在贝鲁特举行的会谈是有益的。'],
    [
      'la',
      'Lorem ipsum dolor sit amet, consectetur adipisicing elit, sed do eiusmod tempor ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation.',
    ],
    ['und', '2025 — 14:30 | 3.5%'],
  ])('%s: %s', (code, sample) => {
    expect(identifyLanguage(sample)).toBe(code);
  });
});

describe('core/text/lang unreadLanguage', () => {
  it.each([
    ['قالت مصادر مطلعة إن الاجتماع تأجل إلى موعد لم يحدد بعد.', undefined],
    ['Sources said the meeting was postponed to a date not yet set.', undefined],
    ['Des sources ont indiqué que la réunion a été reportée à une date qui reste à fixer.', 'fr'],
    ['منابع آگاه گفتند که این نشست به زمان دیگری موکول شده است.', 'fa'],
    ['', undefined],
  ])('%s → %s', (sample, code) => {
    expect(unreadLanguage(sample)).toBe(code);
  });
});
