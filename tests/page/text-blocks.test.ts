// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { textBlocks } from '../../src/page/text-blocks';

const blocks = (html: string) => {
  const el = document.createElement('div');
  el.innerHTML = html;
  return textBlocks(el).map((b) => b.text);
};

describe('page/text-blocks', () => {
  it.each([
    ['text straight in a div', '<div> Test </div>', ['Test']],
    ['the tail after paragraphs in a span', '<span><p>abc</p><p>def</p> ghi</span>', ['abc', 'def', 'ghi']],
    ['a paragraph inside a list item, once', '<ol><li><p>One item</p></li></ol>', ['One item']],
    [
      'inline markup inside a paragraph',
      '<p>A <b>bold</b> and <a href="#">linked</a> word</p>',
      ['A bold and linked word'],
    ],
    ['a block inside text', '<div>before<p>inside</p>after</div>', ['before', 'inside', 'after']],
    ['table cells', '<table><tr><td>a b</td><td>c</td></tr></table>', ['a b', 'c']],
    ['no script, style or svg text', '<p>x<script>var a</script><svg><title>Icon</title></svg>y</p>', ['xy']],
  ])('reads %s', (_name, html, expected) => {
    expect(blocks(html)).toEqual(expected);
  });

  it('marks a block whose text is all links', () => {
    const el = document.createElement('div');
    el.innerHTML = '<li><a href="/a">Headline</a></li><p>Prose with <a href="/b">a link</a></p>';
    expect(textBlocks(el).map((b) => b.linked)).toEqual([true, false]);
  });
});
