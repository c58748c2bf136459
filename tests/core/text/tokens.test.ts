import { describe, expect, it } from 'vitest';
import { proclitics, tokenize } from '../../../src/core/text/tokens';

describe('core/text/tokens', () => {
  it.each([
    ['وباكستان', ['وباكستان', 'باكستان']],
    ['للبنان', ['للبنان', 'لبنان', 'البنان', 'بنان']],
    ['وبالعراق', ['وبالعراق', 'بالعراق', 'العراق', 'عراق']],
    ['فالحكومة', ['فالحكومة', 'الحكومة', 'حكومة']],
    ['لبنغازي', ['لبنغازي', 'بنغازي']],
    ['ليبيا', ['ليبيا', 'يبيا']],
  ])('reads %s without its proclitics', (token, readings) => {
    expect(proclitics(token)).toEqual(expect.arrayContaining(readings));
    expect(proclitics(token)[0]).toBe(token);
  });

  it.each([
    ["Pakistan's army", ['Pakistan', 'army']],
    ['Ahmed al-Sharaa, said', ['Ahmed', 'al-Sharaa', 'said']],
    ['لـ"النهار"، أن', ['لـ', 'النهار', 'أن']],
    ['في 2011.', ['في', '2011']],
  ])('tokenises %s', (text, words) => {
    expect(tokenize(text).map((t) => t.text)).toEqual(words);
  });

  it('marks Arabic tokens', () => {
    expect(tokenize('Beirut بيروت').map((t) => t.arabic)).toEqual([false, true]);
  });
});
