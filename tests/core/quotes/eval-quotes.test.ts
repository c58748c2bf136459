import { describe, expect, it } from 'vitest';
import {
  factsCarried,
  locateGold,
  sameSpeaker,
  scoreQuotes,
  scoreVague,
  sumQuoteScores,
  type GoldQuote,
} from '../../../src/core/eval/quotes';
import type { Quote } from '../../../src/core/types';

const text = 'قال عون لـ"النهار" إن "الدولة حاضرة في كل بلدة". وقالت مصادر إن "الملف سيُطرح قريباً".';
const at = (s: string) => text.indexOf(s);
const quote = (starts: string, end: string, speaker?: Quote['speaker'], direct = true): Quote => ({
  start: at(starts),
  end: at(end) + end.length,
  text: starts,
  speaker,
  direct,
});

describe('core/eval/quotes', () => {
  it('locates gold quotes by their first words, preferring the ones after a quotation mark', () => {
    const gold: GoldQuote[] = [{ starts: 'الدولة حاضرة', speaker: 'جوزاف عون' }];
    expect(locateGold(text, gold)[0].start).toBe(at('الدولة'));
    expect(locateGold(text, [{ starts: 'غير موجود', speaker: 'x' }])[0].start).toBe(-1);
  });

  it.each<[string, Quote['speaker'], GoldQuote, boolean]>([
    [
      'the same entity',
      { name: 'عون', kind: 'named', entity: 'joseph-aoun' },
      { starts: '', speaker: 'جوزاف عون', entity: 'joseph-aoun' },
      true,
    ],
    ['a surname for the full name', { name: 'عون', kind: 'named' }, { starts: '', speaker: 'جوزاف عون' }, true],
    [
      'the full phrase for its head',
      { name: 'مصادر في الوفد اللبناني', kind: 'anonymous' },
      { starts: '', speaker: 'مصادر في الوفد' },
      true,
    ],
    ['folded spelling', { name: 'المشيرة الأولى', kind: 'named' }, { starts: '', speaker: 'المشيره الاولي' }, true],
    [
      'an accepted alternative',
      { name: 'الطرفين', kind: 'institution' },
      { starts: '', speaker: 'الجيش', accept: ['الطرفين'] },
      true,
    ],
    [
      'an English article',
      { name: 'a source close to the talks', kind: 'anonymous' },
      { starts: '', speaker: 'source close to the talks' },
      true,
    ],
    ['someone else', { name: 'نبيه بري', kind: 'named' }, { starts: '', speaker: 'جوزاف عون' }, false],
    ['nobody', undefined, { starts: '', speaker: 'جوزاف عون' }, false],
  ])('speaker match: %s', (_name, pred, gold, same) => {
    expect(sameSpeaker(pred, gold)).toBe(same);
  });

  it('scores precision, recall, speakers and quoted names', () => {
    const gold: GoldQuote[] = [
      { starts: 'الدولة حاضرة', speaker: 'جوزاف عون', speakerKind: 'named' },
      { starts: 'الملف سيُطرح', speaker: 'مصادر', speakerKind: 'anonymous source' },
    ];
    const predicted = [
      quote('النهار', 'النهار'),
      quote('الدولة', 'بلدة', { name: 'عون', kind: 'named' }),
      quote('الملف', 'قريباً', { name: 'عون', kind: 'named' }),
      quote('قال عون', 'عون', undefined, false),
    ];
    const s = scoreQuotes(text, gold, predicted, ['النهار']);
    expect(s).toMatchObject({
      gold: 2,
      predicted: 3,
      matched: 2,
      p: 66.7,
      r: 100,
      speakersRight: 1,
      speakerAccuracy: 50,
      kindsScored: 2,
      kindsRight: 1,
      notQuotes: 1,
      notQuotesListed: 1,
    });
    expect(s.wrongSpeaker).toEqual([{ starts: 'الملف سيُطرح', gold: 'مصادر', got: 'عون' }]);
    const total = sumQuoteScores([s, s]);
    expect(total).toMatchObject({ gold: 4, matched: 4, p: 66.7, r: 100, speakerAccuracy: 50 });
  });

  it('matches only a quote that starts within three words of the gold one', () => {
    const gold: GoldQuote[] = [{ starts: 'حاضرة في كل', speaker: 'x' }];
    expect(scoreQuotes(text, gold, [quote('الدولة', 'بلدة')]).matched).toBe(1);
    expect(scoreQuotes(text, gold, [quote('قال', 'بلدة')]).matched).toBe(0);
  });

  it('checks summary facts and vague sourcing', () => {
    const summary = { sentences: [{ start: 0, end: 10, text: 'زار المشير عاصم منير بنغازي' }], digest: '' };
    expect(factsCarried(summary, [[['منير'], ['بنغازي', 'Benghazi']], [['اتفاق']]])).toEqual([true, false]);
    expect(
      scoreVague(
        [
          { start: 0, end: 5 },
          { start: 10, end: 20 },
        ],
        [
          { start: 2, end: 4 },
          { start: 30, end: 40 },
        ],
      ),
    ).toEqual({ gold: 2, predicted: 2, found: 1, spurious: 1 });
  });
});
