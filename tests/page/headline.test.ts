// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { chooseHeadline } from '../../src/page/headline';
import { readMetadata } from '../../src/page/page-metadata';

function headline(head: string, body: string, readabilityTitle = ''): string {
  const doc = new DOMParser().parseFromString(`<html><head>${head}</head><body>${body}</body></html>`, 'text/html');
  return chooseHeadline(doc, readMetadata(doc), readabilityTitle);
}

const P = '<p>The story itself.</p>';

describe('page/headline', () => {
  it.each([
    [
      'JSON-LD first',
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Talks resume in Doha"}</script>' +
        '<meta property="og:title" content="Talks resume">',
      '<h1>Talks resume in Doha</h1>' + P,
      'Talks resume in Doha',
    ],
    [
      'og:title over a logo heading',
      '<meta property="og:site_name" content="CNN"><meta property="og:title" content="Storm hits the coast">',
      '<h1><a href="/">CNN</a></h1><h2>Storm hits the coast</h2>' + P,
      'Storm hits the coast',
    ],
    [
      'the site suffix trimmed',
      '<meta property="og:site_name" content="النهار"><title>تعاون عسكري جديد | النهار</title>',
      '<h1>تعاون عسكري جديد</h1>' + P,
      'تعاون عسكري جديد',
    ],
    [
      'the site prefix trimmed',
      '<meta property="og:site_name" content="Silicon Exposed"><title>Silicon Exposed: Open tools for chips</title>',
      '<h1>Silicon Exposed</h1><h2>Open tools for chips</h2>' + P,
      'Open tools for chips',
    ],
    [
      'a shown heading inside a title that carries an author',
      '<meta property="og:title" content="Whales strand on the coast | Ann Writer">',
      '<h1>Whales strand on the coast</h1>' + P,
      'Whales strand on the coast',
    ],
    [
      'a section heading is not the headline',
      '<meta property="og:title" content="Veteran wraps baby in flag">',
      '<h1>Good Morning America</h1><h2>Veteran wraps baby in flag</h2>' + P,
      'Veteran wraps baby in flag',
    ],
    [
      'the shown heading where the metadata is of another article',
      '<meta property="og:title" content="Yesterday\'s story">',
      "<h1>Today's story</h1>" + P,
      "Today's story",
    ],
    ['none at all', '', P, ''],
  ])('%s', (_name, head, body, expected) => {
    expect(headline(head, body)).toBe(expected);
  });
});
