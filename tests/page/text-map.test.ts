// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { anchorArticle, rangesFor, TextMap } from '../../src/page/text-map';

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

describe('page/text-map', () => {
  it.each([
    ['<p>  عاصم   <b>منير</b>\n قال </p>', 'عاصم منير قال'],
    ['<p>a<script>x()</script>b</p>', 'ab'],
    ['<div>one</div>\n<div>two</div>', 'one two'],
  ])('collapses %s to %s', (html, text) => {
    expect(new TextMap(page(html).body).text.trim()).toBe(text);
  });

  it('collapses exactly the white space extraction collapses (every code unit against \\s)', () => {
    const units = Array.from({ length: 0x10000 }, (_, c) => `x${String.fromCharCode(c)}`).join('');
    document.body.replaceChildren(document.createTextNode(units));
    const map = new TextMap(document.body);
    expect(map.text).toBe(units.replace(/\s+/g, ' '));
    // Every character still knows where it stands: the last one is the last unit of the node.
    expect(map.range(map.text.length - 1, map.text.length).toString()).toBe(units.slice(-1));
  });

  it('turns collapsed offsets into live ranges across elements', () => {
    const map = new TextMap(page('<p>قال <b>عاصم</b>   منير</p>').body);
    const at = map.find('عاصم منير');
    expect(map.range(at, at + 'عاصم منير'.length).toString()).toBe('عاصم   منير');
  });

  it('anchors the visible headline and the paragraphs, never the teasers', () => {
    const doc = page(`
      <nav><a>الخبر الأول هنا</a></nav>
      <h1 class="title" style="display:none">العنوان</h1>
      <h1 itemprop="headline">العنوان</h1>
      <div class="bodyText"><p>الفقرة الأولى.</p><p>الفقرة الثانية.</p></div>
      <aside><a>الفقرة الأولى.</a></aside>`);
    const anchors = anchorArticle(doc, ['العنوان', 'الفقرة الأولى.', 'الفقرة الثانية.']);
    expect(anchors.every(Boolean)).toBe(true);
    const text = 'العنوان\n\nالفقرة الأولى.\n\nالفقرة الثانية.';
    const blocks = [
      { start: 0, end: 7 },
      { start: 9, end: 23 },
      { start: 25, end: 40 },
    ];
    const [r] = rangesFor(text, { start: 9, end: 15 }, blocks, anchors);
    expect(r.toString()).toBe('الفقرة');
    expect(r.startContainer.parentElement!.closest('.bodyText')).not.toBeNull();
    const [h] = rangesFor(text, { start: 0, end: 7 }, blocks, anchors);
    expect((h.startContainer.parentElement as HTMLElement).getAttribute('itemprop')).toBe('headline');
  });

  it('splits a span that crosses blocks and skips a block whose text differs', () => {
    const doc = page('<h1>ع</h1><div><p>أ ب</p><p>ج د</p></div>');
    const text = 'ع\n\nأ ب\n\nج د';
    const blocks = [
      { start: 0, end: 1 },
      { start: 3, end: 6 },
      { start: 8, end: 11 },
    ];
    const anchors = anchorArticle(doc, ['ع', 'أ ب', 'ج د']);
    expect(rangesFor(text, { start: 5, end: 9 }, blocks, anchors).map(String)).toEqual(['ب', 'ج']);
    expect(rangesFor('ع\n\nX ب\n\nج د', { start: 3, end: 4 }, blocks, anchors)).toEqual([]);
  });

  it('passes over a teaser that repeats the opening paragraph for the copy beside the rest of the article', () => {
    const doc = page(`
      <div class="teaser"><p>الفقرة الأولى.</p></div>
      <h1>العنوان</h1>
      <div class="bodyText"><p>الفقرة الأولى.</p><p>الفقرة الثانية.</p></div>`);
    const anchors = anchorArticle(doc, ['العنوان', 'الفقرة الأولى.', 'الفقرة الثانية.']);
    const text = 'العنوان\n\nالفقرة الأولى.\n\nالفقرة الثانية.';
    const blocks = [
      { start: 0, end: 7 },
      { start: 9, end: 23 },
      { start: 25, end: 40 },
    ];
    const [r] = rangesFor(text, { start: 9, end: 15 }, blocks, anchors);
    expect(r.startContainer.parentElement!.closest('.bodyText')).not.toBeNull();
    expect(anchors[1]!.map.root).toBe(doc.querySelector('.bodyText'));
  });
});
