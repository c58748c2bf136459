import { describe, expect, it } from 'vitest';
import { fold, normalize, toRaw } from '../../../src/core/text/normalize';

describe('core/text/normalize', () => {
  it.each([
    ['أحمد', 'احمد'],
    ['إسلام آباد', 'اسلام اباد'],
    ['مصطفى', 'مصطفي'],
    ['سعيدة', 'سعيده'],
    ['مؤسسة', 'موسسه'],
    ['رئيس', 'رييس'],
    ['عـــاصم', 'عاصم'],
    ['يُعزّز', 'يعزز'],
    ['متنامٍ', 'متنام'],
    ['٢٠١١ و۱۹۹۰', '2011 و1990'],
    ['a\u00a0b\u202fc', 'a b c'],
    ['\u200fليبيا\u200e', 'ليبيا'],
    ['Lebanon’s', "Lebanon's"],
    ['al‑Sharaa', 'al-Sharaa'],
    ['Beirut', 'Beirut'],
  ])('folds %s → %s', (raw, folded) => {
    expect(fold(raw)).toBe(folded);
  });

  it.each([
    ['مُنيرٌ قال', 0, 4, 'مُنيرٌ'],
    ['قال عـاصم منير', 4, 13, 'عـاصم منير'],
    ['\u200eبنغازي', 0, 6, 'بنغازي'],
  ])('maps spans on %s back to the raw text', (raw, start, end, expected) => {
    const n = normalize(raw);
    const span = toRaw(n, start, end);
    expect(raw.slice(span.start, span.end)).toBe(expected);
  });

  it('keeps one map entry per kept unit and the raw length at the end', () => {
    const n = normalize('أَحْمَد');
    expect(n.text).toBe('احمد');
    expect(n.map.length).toBe(n.text.length + 1);
    expect(n.map[n.text.length]).toBe('أَحْمَد'.length);
  });
});
