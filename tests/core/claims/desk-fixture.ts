/** An invented article for the desk's tests, analysed once: a named speaker's figure, an unnamed source, a trend. */
import { nodeResources } from '../../../src/cli/resources';
import { analyze } from '../../../src/core/analyze';
import { anchorOf, type ClaimNote, type Verdict } from '../../../src/core/claims/desk';
import type { Annotations } from '../../../src/core/types';

export const ARTICLE = {
  title: 'مرفأ طرابلس يوسّع أرصفته',
  paragraphs: [
    'وقال وزير الأشغال العامة فايز رسامني إن "المرفأ استقبل ثلاثمئة سفينة هذا العام".',
    'وقالت مصادر مطلعة إن الأعمال تأخرت بسبب نقص التمويل.',
    'وارتفعت حركة الحاويات عشرين بالمئة مقارنة بالعام الماضي.',
  ],
  lang: 'ar',
  url: 'https://example.org/ar/port',
  site: 'النهار',
  published: '2026-03-02',
};

export const SOURCE = { url: ARTICLE.url, site: ARTICLE.site, published: ARTICLE.published };
export const REVIEWER = { name: 'Desk of Examples', url: 'https://factcheck.example.org/' };

let cached: Annotations | undefined;
export const annotations = () => (cached ??= analyze(ARTICLE, nodeResources()));

/** A note on the claim whose words begin with `starts`. */
export function noteOn(a: Annotations, starts: string, verdict: Verdict, note = ''): ClaimNote {
  const claim = a.claims.find((c) => a.text.slice(c.start, c.end).startsWith(starts));
  if (!claim) throw new Error(`no claim begins with ${starts}`);
  return { anchor: anchorOf(a, claim), verdict, note, updated: '2026-03-03T10:00:00Z' };
}
