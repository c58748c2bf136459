import { describe, expect, it } from 'vitest';
import { lcs, meanF1, rouge, rougeTokens } from '../../../src/core/eval/rouge';

describe('core/eval/rouge tokens', () => {
  it.each<[string, string, string[]]>([
    [
      'punctuation becomes space, lower case',
      'The plan, (approved) today: "yes"!',
      ['the', 'plan', 'approved', 'today', 'yes'],
    ],
    ['Arabic punctuation and guillemets', 'قال: «نعم»، ثم غادر؟', ['قال', 'نعم', 'ثم', 'غادر']],
    ['diacritics and tatweel dropped', 'حَذِراً الـــوزير', ['حذرا', 'الوزير']],
    [
      'alef forms unified, ya and ta marbuta kept',
      'أحمد إلى آمال ٱلله مدرسة على',
      ['احمد', 'الى', 'امال', 'الله', 'مدرسة', 'على'],
    ],
    ['a full stop run into the next word splits it', 'حذراً.عرفت', ['حذرا', 'عرفت']],
    ['no stemming', 'talks talked', ['talks', 'talked']],
  ])('%s', (_name, text, tokens) => {
    expect(rougeTokens(text)).toEqual(tokens);
  });
});

describe('core/eval/rouge scores', () => {
  const f = (x: number) => Math.round(x * 1000) / 1000;
  it.each<[string, string, string, [number, number, number]]>([
    ['identical', 'the cat sat on the mat', 'the cat sat on the mat', [1, 1, 1]],
    ['nothing shared', 'a b c', 'd e f', [0, 0, 0]],
    // unigrams: all 4 of the summary's, 4 of the reference's 6 (P 1, R 2/3 → F 0.8); bigrams "the cat" and "the mat",
    // 2 of 3 and of 5 (F 0.5); the LCS "the cat the mat" is 4 long (F 0.8)
    ['partly shared', 'the cat the mat', 'the cat sat on the mat', [0.8, 0.5, 0.8]],
    // clipped counts: "the" three times in the summary counts as often as the reference holds it (once)
    ['repeats clipped', 'the the the', 'the cat', [0.4, 0, 0.4]],
    // order matters only to R-2 and R-L: reversed, R-1 stays 1, no bigram, LCS 1 of 3
    ['reversed', 'c b a', 'a b c', [1, 0, 1 / 3]],
    ['empty summary', '', 'a b', [0, 0, 0]],
    ['Arabic with and without marks', 'أعلنَ الوزيرُ الخطة', 'اعلن الوزير الخطة', [1, 1, 1]],
  ])('%s', (_name, candidate, reference, [r1, r2, rl]) => {
    const r = rouge(candidate, reference);
    expect([f(r.r1.f), f(r.r2.f), f(r.rl.f)]).toEqual([f(r1), f(r2), f(rl)]);
  });

  it('counts precision against the summary and recall against the reference', () => {
    const r = rouge('a b', 'a b c d');
    expect(r.r1.p).toBe(1);
    expect(r.r1.r).toBe(0.5);
  });

  it('finds the longest common subsequence', () => {
    expect(lcs('a b c d e'.split(' '), 'a c e x'.split(' '))).toBe(3);
    expect(lcs([], ['a'])).toBe(0);
  });

  it('averages F1 in points', () => {
    const m = meanF1([rouge('a b', 'a b'), rouge('a', 'b')]);
    expect(m).toEqual({ r1: 50, r2: 50, rl: 50 });
  });
});
