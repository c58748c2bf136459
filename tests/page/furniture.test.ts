// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { furnitureLine, removeMarkedFurniture, withoutFurniture } from '../../src/page/furniture';
import { textBlocks } from '../../src/page/text-blocks';

const HEADLINE = 'Port reopens after strike';

const body = (html: string) => {
  const el = document.createElement('div');
  el.innerHTML = html;
  return el;
};

describe('page/furniture', () => {
  it.each([
    ['Port reopens after strike', 'repeated headline'],
    ['© REUTERS / Lena Placeholder', 'photo credit'],
    ['Dock workers at the gate on Monday. REUTERS/Sam Example', 'photo credit'],
    ['Photo: Sam Example', 'photo credit'],
    ['الصورة: أرشيف', 'photo credit'],
    ['(Reporting by Alex Sample; Editing by Robin Example)', 'agency byline'],
    ['Additional reporting by Casey Placeholder in Beirut', 'agency byline'],
    ['By Alex Sample and Jordan Example', 'byline'],
    ['حوار: أمل الشامي', 'byline'],
    ['كتب سامر الحلبي', 'byline'],
    ['بقلم: ريم الخوري', 'byline'],
    ['Download the Courier app for breaking news', 'app promotion'],
    ['حمّلوا تطبيق الموقع على هواتفكم', 'app promotion'],
    ['الأربعاء 14 كانون الثاني 2026 | 2,431 مشاهدة', 'date line'],
    ['Updated 10:42 AM GMT, Monday January 12, 2026', 'date line'],
    ['1,204 views', 'date line'],
    ['DJI 33,120.50 +0.4% SPX 4,101.20 -0.2% LCOc1 82.10 +1.1%', 'ticker'],
  ])('%j is furniture: %s', (text, kind) => {
    expect(furnitureLine(text, HEADLINE)).toBe(kind);
  });

  it.each([
    'The port reopened on Monday after a strike by crane operators, the authority said.',
    'The film is available to rent on Google Play and YouTube.',
    'كتب الوزير رسالة إلى رئيس الحكومة يطلب فيها عقد جلسة طارئة لمجلس الوزراء لبحث أزمة الكهرباء.',
    'Prices rose 4% in March and 3.5% in April, the bureau said.',
    'By Monday, the ships had left.',
  ])('%j is prose', (text) => {
    expect(furnitureLine(text, HEADLINE)).toBeUndefined();
  });

  it('removes captions and elements whose class or short id names furniture, not what merely mentions one', () => {
    const root = body(
      '<figure><img src="x.jpg"><figcaption>A caption</figcaption></figure>' +
        '<div class="photo-credit">Sam Example</div><div id="related">Other story</div>' +
        '<div class="item no_caption"><p>Kept paragraph one.</p></div>' +
        '<section id="sharing-with-a-single-developer"><p>Kept paragraph two.</p></section>' +
        '<p>Said <span class="author">Alex</span> today.</p>' +
        '<div><news-byline>Courier correspondent</news-byline></div>' +
        '<p>' +
        'A long paragraph of the article. '.repeat(20) +
        '</p>',
    );
    removeMarkedFurniture(root);
    const text = root.textContent!;
    expect(text).not.toMatch(/A caption|Sam Example|Other story|Courier correspondent/);
    expect(text).toMatch(/Kept paragraph one\.[\s\S]*Kept paragraph two\.[\s\S]*Said Alex today\./);
  });

  it('keeps a class on a wrapper that holds most of the article', () => {
    const root = body('<div class="story-body related"><p>' + 'The article itself. '.repeat(30) + '</p></div>');
    removeMarkedFurniture(root);
    expect(root.textContent).toMatch(/The article itself/);
  });

  it('drops a list of related headlines with its label, not a short list of names', () => {
    const root = body(
      '<p>The article, in prose.</p><ul><li><a href="/1">BBEdit</a></li><li><a href="/2">Acorn</a></li></ul>' +
        '<h3>Read more</h3><ul><li><a href="/a">Minister visits the coastal road works in the north</a></li>' +
        '<li><a href="/b">Book fair opens with fifty publishers taking part this year</a></li></ul>',
    );
    expect(withoutFurniture(textBlocks(root), HEADLINE)).toEqual(['The article, in prose.', 'BBEdit', 'Acorn']);
  });
});
