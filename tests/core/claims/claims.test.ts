import { describe, expect, it } from 'vitest';
import { nodeResources } from '../../../src/cli/resources';
import { analyze } from '../../../src/core/analyze';
import { articleText } from '../../../src/core/article-text';
import { claimScore, findClaims, rankClaims, scoreSentences } from '../../../src/core/claims';
import { THRESHOLD, WEIGHTS } from '../../../src/core/claims/weights';
import { CLAIM_REASONS, type Claim, type ClaimReason, type Lang } from '../../../src/core/types';

/** The one body sentence of an article made of it, scored with no quotes and no vague sourcing. */
function scored(sentence: string, lang: Lang): Claim {
  const { text, blocks } = articleText({ title: 'عنوان', paragraphs: [sentence] });
  const [s] = scoreSentences({ text, blocks, lang, quotes: [], vague: [] });
  return s;
}

describe('core/claims', () => {
  it.each<[string, Lang, ClaimReason[], boolean]>([
    ['ارتفعت أسعار الخبز ثلاثين بالمئة منذ آذار.', 'ar', ['figure', 'percentage', 'money', 'date', 'change'], true],
    ['وبلغت الصادرات 1200 طن في 2023.', 'ar', ['figure', 'date'], true],
    ['ويُعدّ السد الأكبر في المنطقة.', 'ar', ['comparison'], true],
    ['وتضاعف عدد الزوار بسبب المهرجان.', 'ar', ['change', 'cause'], true],
    ['وأغلقت المدارس جراء العاصفة.', 'ar', ['cause'], false],
    ['وقد كلّف المشروع خمسة ملايين دولار.', 'ar', ['figure', 'money'], true],
    ['واستقبل المرفأ ثلاثمئة سفينة.', 'ar', ['figure'], true],
    ['نريد أن نرى المدينة أجمل.', 'ar', ['opinion'], false],
    ['زار الوزير البلدة صباحاً.', 'ar', [], false],
    ['Bread prices rose 30 percent since March.', 'en', ['figure', 'percentage', 'money', 'date', 'change'], true],
    ['The dam is the largest in the region.', 'en', ['comparison'], true],
    ['Visitor numbers doubled because of the festival.', 'en', ['change', 'cause'], true],
    ['The project cost $5 million.', 'en', ['figure', 'money'], true],
    ['More than two thousand people signed.', 'en', ['figure', 'comparison'], true],
    ['We want a cleaner city.', 'en', ['opinion'], false],
    ['The minister visited the town on Monday.', 'en', [], false],
    ['The council was more cautious this time.', 'en', [], false],
    ['The committee will meet next week.', 'en', ['future'], false],
  ])('%s (%s)', (sentence, lang, reasons, isClaim) => {
    const s = scored(sentence, lang);
    expect(s.reasons).toEqual(reasons);
    expect(s.score >= THRESHOLD).toBe(isClaim);
  });

  it('reads Arabic words with their proclitics off, digits in either script', () => {
    expect(scored('ووصل بسبعة آلاف طن والأكبر حجماً.', 'ar').reasons).toEqual(['figure', 'comparison']);
    expect(scored('وبلغ العدد ٤٥ شخصاً.', 'ar').reasons).toEqual(['figure']);
  });

  it('sums raising weights, clamps them to 1, and lets opinion and forecast damp the sum', () => {
    expect(claimScore([])).toBe(0);
    expect(claimScore(['figure'])).toBe(WEIGHTS.figure);
    expect(claimScore(['figure', 'percentage', 'money', 'comparison'])).toBe(1);
    expect(claimScore(['figure', 'future'])).toBeCloseTo(WEIGHTS.figure * (1 + WEIGHTS.future), 2);
    expect(claimScore(['opinion'])).toBe(0);
    // the brief: anything attributed to unnamed sources is a claim, even as a wish and a forecast
    expect(claimScore(['vague-source', 'opinion', 'future'])).toBeGreaterThanOrEqual(THRESHOLD);
  });

  it('has a weight for every reason, and only opinion and forecast lower a score', () => {
    for (const r of CLAIM_REASONS) expect(WEIGHTS[r] < 0).toBe(r === 'opinion' || r === 'future');
  });

  it('takes vague sourcing and the quote a sentence holds from the analysis', () => {
    const article = {
      title: 'عنوان',
      paragraphs: [
        'وقالت مصادر مطلعة إن الاجتماع تأجل.',
        'وقال وزير الزراعة نزار هاني إن "الإنتاج بلغ أربعين ألف طن هذا العام".',
        'وزار الوزير السوق.',
      ],
      lang: 'ar',
    };
    const a = analyze(article, nodeResources());
    const [vague, quoted] = a.claims;
    expect(a.claims).toHaveLength(2);
    expect(vague.reasons).toContain('vague-source');
    expect(a.text.slice(vague.start, vague.end)).toBe(article.paragraphs[0]);
    expect(quoted.reasons).toEqual(['figure', 'attributed']);
    expect(a.quotes[quoted.quote!].text).toContain('أربعين ألف طن');
    expect(a.quotes[quoted.quote!].speaker?.kind).toBe('named');
  });

  it('reads English articles, headline left out', () => {
    const a = analyze(
      {
        title: 'Exports doubled in 2024',
        paragraphs: ['The port handled 40 percent more cargo than last year. The mayor opened a park.'],
        lang: 'en',
      },
      nodeResources(),
    );
    expect(a.claims.map((c) => a.text.slice(c.start, c.end))).toEqual([
      'The port handled 40 percent more cargo than last year.',
    ]);
  });

  it('ranks by score, ties in text order', () => {
    const c = (start: number, score: number): Claim => ({ start, end: start + 1, score, reasons: [] });
    expect(rankClaims([c(0, 0.4), c(5, 0.9), c(9, 0.4)]).map((x) => x.start)).toEqual([5, 0, 9]);
  });

  it('keeps only sentences from the threshold up', () => {
    const { text, blocks } = articleText({ title: 't', paragraphs: ['Prices rose 5 percent. We met on Monday.'] });
    const input = { text, blocks, lang: 'en' as const, quotes: [], vague: [] };
    expect(findClaims(input)).toEqual(scoreSentences(input).filter((s) => s.score >= THRESHOLD));
    expect(findClaims(input)).toHaveLength(1);
  });
});
