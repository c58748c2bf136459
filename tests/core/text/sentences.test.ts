import { describe, expect, it } from 'vitest';
import { sentences } from '../../../src/core/text/sentences';

describe('core/text/sentences', () => {
  it.each<[string, string, boolean, string[]]>([
    [
      'Arabic marks',
      'زار الوزير بنغازي. وعقد محادثات؟ نعم! وانتهى.',
      false,
      ['زار الوزير بنغازي.', 'وعقد محادثات؟', 'نعم!', 'وانتهى.'],
    ],
    [
      'a quote of several sentences stays whole',
      'ويضيف: "الرسالة واضحة. بنغازي تتحدث اليوم". وغادر.',
      false,
      ['ويضيف: "الرسالة واضحة. بنغازي تتحدث اليوم".', 'وغادر.'],
    ],
    ['guillemets', 'قال: «لا أمن. ولا حل». ثم صمت.', false, ['قال: «لا أمن. ولا حل».', 'ثم صمت.']],
    [
      'English abbreviations and initials',
      'Mr. Smith met U.S. officials on Monday. They agreed.',
      true,
      ['Mr. Smith met U.S. officials on Monday.', 'They agreed.'],
    ],
    [
      'a question mark before a lower-case attribution',
      '"Are we ready?" she asked. Nobody answered.',
      true,
      ['"Are we ready?" she asked.', 'Nobody answered.'],
    ],
    ['a decimal number', 'Growth was 3.5 percent. Prices rose.', true, ['Growth was 3.5 percent.', 'Prices rose.']],
    [
      'Arabic run together after a full stop',
      'كان الجميع حذراً.عرفت المدينة هدوءاً.ثم عاد الناس',
      false,
      ['كان الجميع حذراً.', 'عرفت المدينة هدوءاً.', 'ثم عاد الناس'],
    ],
    [
      'Arabic run together after a question mark',
      'هل انتهت الأزمة؟لا أحد يعرف.',
      false,
      ['هل انتهت الأزمة؟', 'لا أحد يعرف.'],
    ],
    [
      'Arabic abbreviations of one letter',
      'استقبل أ.د.محمد سعيد و د.سامي الوفد عام 300 ق.م تقريباً.',
      false,
      ['استقبل أ.د.محمد سعيد و د.سامي الوفد عام 300 ق.م تقريباً.'],
    ],
    ['a year with its era letter', 'ولد عام 1770م.ثم انتقل إلى فيينا.', false, ['ولد عام 1770م.ثم انتقل إلى فيينا.']],
    [
      'Arabic with a decimal number',
      'بلغ النمو 3.5 بالمئة.وارتفعت الأسعار',
      false,
      ['بلغ النمو 3.5 بالمئة.', 'وارتفعت الأسعار'],
    ],
    ['a web address', 'راجع الموقع www.annahar.com.lb للمزيد.', false, ['راجع الموقع www.annahar.com.lb للمزيد.']],
    [
      'Latin initials inside Arabic',
      'وقالت وكالة U.N.I.C.E.F في بيانها.',
      false,
      ['وقالت وكالة U.N.I.C.E.F في بيانها.'],
    ],
    [
      'run together inside a quotation stays whole',
      'قال: «لا أمن.ولا حل». ثم صمت.',
      false,
      ['قال: «لا أمن.ولا حل».', 'ثم صمت.'],
    ],
  ])('%s', (_name, text, english, expected) => {
    expect(sentences(text, { start: 0, end: text.length }, english).map((s) => text.slice(s.start, s.end))).toEqual(
      expected,
    );
  });
});

describe('core/text/sentences offsets', () => {
  it('reports offsets over the whole text, inside the block, without the spaces around', () => {
    const text = 'عنوان\n\nأ. ب.';
    expect(sentences(text, { start: 7, end: text.length }, false)).toEqual([
      { start: 7, end: 9 },
      { start: 10, end: 12 },
    ]);
  });

  it('reads the stops of an empty or space-only block as no sentence', () => {
    expect(sentences('   ', { start: 0, end: 3 }, true)).toEqual([]);
  });
});
