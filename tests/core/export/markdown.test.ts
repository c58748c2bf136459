import { describe, expect, it } from 'vitest';
import { nodeResources } from '../../../src/cli/resources';
import { analyze } from '../../../src/core/analyze';
import { escapeMarkdown, toMarkdown } from '../../../src/core/export/markdown';
import { annotations, noteOn, SOURCE } from '../claims/desk-fixture';

describe('core/export/markdown', () => {
  const a = annotations();

  it('lists the claims from the most worth checking down, with speaker, reasons, verdict and note', () => {
    const notes = [noteOn(a, 'وقال وزير', 'false', 'the port authority counts 210 ships')];
    const md = toMarkdown(a, notes, SOURCE);
    const lines = md.split('\n');
    expect(lines[0]).toBe(`# ${a.title}`);
    expect(md).toContain('## ادعاءات للتحقق');
    const items = lines.filter((l) => /^\d+\. /.test(l));
    expect(items).toHaveLength(a.claims.length);
    // the trend (figure, share, comparison, change) scores highest, then the unnamed sources, then the minister
    expect(items[0]).toMatch(/^1\. \*\*للتحقق\*\* — غير منسوب — رقم، نسبة مئوية، مقارنة، تغيّر/);
    expect(items[2]).toMatch(/^3\. \*\*خاطئ\*\* — فايز رسامني — /);
    expect(md).toContain('ملاحظة: the port authority counts 210 ships');
  });

  it('lists orphaned notes apart, never dropping them', () => {
    const gone = {
      ...noteOn(a, 'وارتفعت', 'misleading', 'old note'),
      anchor: { exact: 'كلام حُذف.', prefix: '', suffix: '' },
    };
    const md = toMarkdown(a, [gone], SOURCE);
    expect(md).toContain('## ملاحظات لم يعد نصها في الصفحة');
    expect(md).toContain('- **مضلل** — كلام حُذف.');
  });

  it('escapes page text and notes, so nothing turns into a link, an image or markup', () => {
    expect(escapeMarkdown('![x](http://e.x) <b>*a*</b> #')).toBe(
      '\\!\\[x\\]\\(http://e.x\\) \\<b\\>\\*a\\*\\</b\\> \\#',
    );
    const hostile = analyze(
      {
        title: 'Prices [click](http://evil.example) rose',
        paragraphs: ['Prices rose 40 percent, <img src=x onerror=alert(1)> officials said.'],
        lang: 'en',
      },
      nodeResources(),
    );
    const md = toMarkdown(hostile, [], {});
    expect(md).not.toMatch(/[^\\]\[click\]/);
    expect(md).not.toMatch(/[^\\]<img/);
    expect(md).toContain('## Claims to check');
  });
});
