import { describe, expect, it } from 'vitest';
import { articleText } from '../../../src/core/article-text';
import { explainQuotes, findQuotes } from '../../../src/core/quotes';
import type { Lang } from '../../../src/core/types';

const input = (lang: Lang, paragraphs: string[]) => {
  const { text, blocks } = articleText({ title: lang === 'ar' ? 'عنوان' : 'Headline', paragraphs });
  return { text, blocks, lang, mentions: [] };
};

describe('core/quotes/explain', () => {
  // The attribution step first, then how the cue's subject was found, then the speaker rule.
  it.each<[string, Lang, string[], string[]]>([
    [
      'a cue after the quote',
      'ar',
      ['"لن نقبل بأي تسوية"، قال النائب إبراهيم كنعان.'],
      ['cue after the quote', 'subject: after the verb', 'name run'],
    ],
    [
      'a cue before the quote',
      'ar',
      ['وأفادت مصادر مطلعة لـ"النهار" بأن "الجلسة قد تؤجل".'],
      ['cue before the quote', 'subject: after the verb', 'anonymous head'],
    ],
    [
      'a reported claim',
      'ar',
      ['وأكد وزير المال ياسين جابر أن الموازنة ستقر قبل نهاية الشهر الجاري.'],
      ['indirect: a verb that reports a claim, then its complementiser', 'subject: after the verb', 'name run'],
    ],
    [
      'a pronoun before the verb',
      'en',
      ['Sara Haddad runs the clinic in Tyre.', '"We are full," she said.'],
      [
        'cue after the quote',
        'a pronoun before the verb',
        'pronoun: the subject of the sentence before',
        'sentence subject: a name run',
      ],
    ],
    ['carried to the next quote', 'en', ['"We are full," Sara Haddad said.', '"We need beds."'], ['carried']],
  ])('%s', (_, lang, paragraphs, why) => {
    const explained = explainQuotes(input(lang, paragraphs));
    expect(explained[explained.length - 1].why.slice(0, why.length)).toEqual(why);
  });

  it('explains the quotes findQuotes finds, and adds nothing to them', () => {
    const i = input('en', [
      '"We are full," Sara Haddad said.',
      'Officials said that the ministry would send more beds soon.',
    ]);
    const { quotes } = findQuotes(i);
    expect(explainQuotes(i).map(({ why: _, ...q }) => q)).toEqual(quotes);
    expect(quotes.every((q) => !('why' in q))).toBe(true);
  });
});
