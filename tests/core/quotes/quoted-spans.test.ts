import { describe, expect, it } from 'vitest';
import { articleText } from '../../../src/core/article-text';
import { quotedSpans } from '../../../src/core/quotes/quoted-spans';

/** Top-level quoted words of an article made of these paragraphs (headline first). */
function quoted(paragraphs: string[], english = false, depth = 0): string[] {
  const { text, blocks } = articleText({ title: paragraphs[0], paragraphs: paragraphs.slice(1) });
  return quotedSpans(text, blocks, english)
    .filter((q) => q.depth === depth)
    .map((q) => q.parts.map((p) => text.slice(p.start, p.end)).join(' | '));
}

describe('core/quotes/quoted-spans', () => {
  it.each([
    ['straight double', ['t', 'قال "الدولة حاضرة" أمس.'], false, ['الدولة حاضرة']],
    ['guillemets', ['t', 'قال: «لن نسكت بعد اليوم».'], false, ['لن نسكت بعد اليوم']],
    ['curly English', ['t', 'He said “we are ready” today.'], true, ['we are ready']],
    ['German low-high', ['t', 'Er sagte „gut“ und ging.'], true, ['gut']],
    ['single angle', ['t', 'Il a dit ‹oui› hier.'], true, ['oui']],
    ['reversed curly in RTL text', ['t', 'وقال ”نحن هنا“ ومضى.'], false, ['نحن هنا']],
    ['curly single in English', ['t', 'She called it ‘a first step’ and left.'], true, ['a first step']],
    [
      'straight single in English prose',
      ['t', "The plan was 'a necessary first step,' she said."],
      true,
      ['a necessary first step,'],
    ],
    ['a clitic glued to the mark', ['t', 'ويقول لـ"النهار" إن "المياه مقطوعة".'], false, ['النهار', 'المياه مقطوعة']],
    ['two quotes joined by و', ['t', 'حضر ممثلون عن حركتي "فتح" و"حماس".'], false, ['فتح', 'حماس']],
  ])('finds %s', (_name, paragraphs, english, expected) => {
    expect(quoted(paragraphs as string[], english as boolean)).toEqual(expected);
  });

  it.each([
    ['apostrophes', ['t', "Lebanon's farmers didn't meet; it's O’Brien’s turn."]],
    ['a plural possessive', ['t', "The farmers' cooperative met on Monday."]],
    ['an elision before a number', ['t', "In the '90s the market was busy."]],
    ['a single quote in Arabic text', ['t', "قال إن الوضع 'صعب' جداً."]],
  ])('takes no quote from %s', (_name, paragraphs) => {
    expect(quoted(paragraphs, !/[\u0600-\u06ff]/.test(paragraphs[1]))).toEqual([]);
  });

  it('keeps nested quotes inside the outer one', () => {
    const paragraphs = [
      't',
      '«الأهالي لم يعودوا يصدقون عبارة "الأزمة مؤقتة" منذ سنوات».',
      '"He told me \'wait here\' and left," he said.',
    ];
    expect(quoted(paragraphs.slice(0, 2))).toEqual(['الأهالي لم يعودوا يصدقون عبارة "الأزمة مؤقتة" منذ سنوات']);
    expect(quoted(paragraphs.slice(0, 2), false, 1)).toEqual(['الأزمة مؤقتة']);
    expect(quoted(['t', paragraphs[2]], true)).toEqual(["He told me 'wait here' and left,"]);
    expect(quoted(['t', paragraphs[2]], true, 1)).toEqual(['wait here']);
  });

  it('joins a quote running over paragraphs that repeat the opening mark', () => {
    const paragraphs = [
      't',
      'قال: "أعدنا تشغيل أربعة خطوط.',
      '"نشتري المازوت بأسعار مرتفعة.',
      '"ولا نطلب دعماً". وغادر.',
    ];
    const { text, blocks } = articleText({ title: paragraphs[0], paragraphs: paragraphs.slice(1) });
    const spans = quotedSpans(text, blocks);
    expect(spans).toHaveLength(1);
    expect(spans[0].parts).toHaveLength(3);
    expect(spans[0].recovered).toBe(false);
    expect(text.slice(spans[0].inner.start, spans[0].inner.end)).toMatch(/^أعدنا.*نطلب دعماً$/s);
  });

  it.each([
    [
      'double',
      ['t', 'وقال: "سنبدأ الأشغال الأسبوع المقبل', 'وتعاني البلدة من نقص "حاد" في المياه.'],
      false,
      ['سنبدأ الأشغال الأسبوع المقبل', 'حاد'],
    ],
    [
      'curly, English',
      ['t', 'She said: “The first phase covers the pipes', 'Much of the network is old.'],
      true,
      ['The first phase covers the pipes'],
    ],
    [
      'single, strong opener',
      ['t', "He told Annahar: 'In summer we get water once a week.", "'If it is fixed, the money goes to schools.'"],
      true,
      ['In summer we get water once a week. | If it is fixed, the money goes to schools.'],
    ],
  ])('recovers an unbalanced %s mark at the paragraph end', (_name, paragraphs, english, expected) => {
    expect(quoted(paragraphs as string[], english as boolean)).toEqual(expected);
  });
});
