// @vitest-environment happy-dom
/**
 * The side panel as a reader meets it, rendered under happy-dom with a faked tab: the article's head and summary, the
 * quotes under their speakers, a card per name, the switches and the pin written to storage, the direction of each
 * language, and page text shown as text however much it looks like markup.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DEFAULT_SETTINGS, readPins, readSettings, settingsItem, writePins } from '../../src/storage/items';
import { SidePanel } from '../../src/ui/components/SidePanel';
import { CARDS, HOSTILE_NAME, HOSTILE_SPEAKER, STATE } from './fixtures';
import { click, mount, sentToTab, serveCards, texts, unmount } from './render';

serveCards(CARDS);

/** The panel for the fixture's tab in `uiLang`, once its cards (and their glossary roles) are shown. */
async function panel(uiLang: 'ar' | 'en' = 'en'): Promise<HTMLElement> {
  await settingsItem.setValue({ ...DEFAULT_SETTINGS, uiLang });
  fakeBrowser.permissions.contains = vi.fn(async () => false) as never;
  const root = await mount(<SidePanel />, { state: STATE });
  await vi.waitFor(() => expect(root.querySelector('main')?.getAttribute('lang')).toBe(uiLang));
  await vi.waitFor(() => expect(root.querySelector('.card .role')).not.toBeNull());
  return root;
}

const card = (root: HTMLElement, key: string) => root.querySelector<HTMLElement>(`.card[data-key="${key}"]`)!;

describe('ui/SidePanel', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(unmount);

  it('shows the article: its title, site, date and language, the digest and the summary sentences', async () => {
    const root = await panel();
    expect(texts(root, '.article-title')).toEqual([STATE.annotations.title]);
    expect(texts(root, '.article-head .meta > *')).toEqual(['النهار', '14 March 2025', 'Arabic']);
    expect(root.querySelector('.article-head time')!.getAttribute('datetime')).toBe('2025-03-14');
    expect(texts(root, '.digest')).toEqual(['نبيه بري في بيروت']);
    expect(texts(root, '.summary .sentence')).toEqual(STATE.annotations.summary.sentences.map((s) => s.text));
  });

  it('asks the tab to show a summary sentence when it is clicked', async () => {
    const root = await panel();
    await click(root.querySelectorAll('.summary .sentence')[1]);
    const { start, end } = STATE.annotations.summary.sentences[1];
    expect(sentToTab.at(-1)).toEqual({ type: 'focusSpan', span: expect.objectContaining({ start, end }) });
  });

  it('groups the quotes by kind of speaker and by speaker, unattributed ones last', async () => {
    const root = await panel();
    expect(texts(root, '#quotes-h .count [aria-hidden]')).toEqual(['5']);
    expect(texts(root, '#quotes-h .count .sr-only')).toEqual(['Quotes in this article: 5']);
    expect(texts(root, '.quote-section > h3')).toEqual([
      'People',
      'Anonymous sources',
      'Institutions and sides',
      'Unattributed',
    ]);
    const berri = root.querySelector('.speakers-named .quote-group')!;
    expect(texts(berri, '.speaker bdi')).toEqual(['نبيه بري']);
    expect(texts(berri, '.speaker .count [aria-hidden]')).toEqual(['2']);
    expect(texts(berri, '.quote')).toEqual(['الحوار مستمر', 'لا بديل عنه']);
    expect(texts(root, '.speakers-none .quote')).toEqual(['لا تعليق']);
  });

  it('shows a card per name, by kind: the glossary card in the UI language, a plain one where there is none', async () => {
    const root = await panel();
    expect(texts(root, '.kind-group > h3 .sr-only')).toEqual([
      'Names of this kind: 1',
      'Names of this kind: 1',
      'Names of this kind: 1',
    ]);
    const berri = card(root, 'nabih-berri');
    expect(texts(berri, '.card-name')).toEqual(['Nabih Berri']);
    expect(texts(berri, '.other-name')).toEqual(['نبيه بري']);
    expect(texts(berri, '.description')).toEqual(['About Nabih Berri']);
    expect(texts(berri, '.role')).toEqual(['Speaker of Parliament (since 1992) · as of January 2025']);
    expect(texts(berri, '.related bdi')).toEqual(['Amal Movement']);
    expect(texts(berri, '.card-head .count [aria-hidden]')).toEqual(['2']);
    expect(texts(berri, '.card-head .count .sr-only')).toEqual(['Mentions in this article: 2']);
    const unknown = card(root, 'rule:org:hostile');
    expect(unknown.querySelector('.description')!.className).toBe('description not-in-glossary');
  });

  it('steps through a name’s mentions in the page with the card’s next and previous buttons', async () => {
    const root = await panel();
    const [first, second] = STATE.annotations.mentions.filter((m) => m.entity === 'nabih-berri');
    const focused = () => (sentToTab.at(-1) as { span: { start: number } }).span.start;
    await click(card(root, 'nabih-berri').querySelector('.next'));
    expect(focused()).toBe(first.start);
    await click(card(root, 'nabih-berri').querySelector('.next'));
    expect(focused()).toBe(second.start);
    await click(card(root, 'nabih-berri').querySelector('.next'));
    expect(focused()).toBe(first.start);
    await click(card(root, 'nabih-berri').querySelector('.prev'));
    expect(focused()).toBe(second.start);
  });

  it('narrows the cards to the names the filter matches, in either language', async () => {
    const root = await panel();
    const filter = root.querySelector<HTMLInputElement>('input.filter')!;
    filter.value = 'beir';
    filter.dispatchEvent(new Event('input'));
    await vi.waitFor(() =>
      expect([...root.querySelectorAll('.card')].map((c) => c.getAttribute('data-key'))).toEqual(['beirut']),
    );
  });

  it('stores a switch when it is flipped, and shows the stored settings', async () => {
    const root = await panel();
    const place = root.querySelector<HTMLInputElement>('input[name=place]')!;
    expect(place.checked).toBe(true);
    await click(place);
    await vi.waitFor(async () => expect((await readSettings()).kinds.place).toBe(false));
    await click(root.querySelector('input[name=hidden]'));
    await vi.waitFor(async () => expect((await readSettings()).hidden).toBe(true));
    await vi.waitFor(() => expect(root.querySelector<HTMLInputElement>('input[name=hidden]')!.checked).toBe(true));
  });

  it('pins a name from its card, and shows it pinned', async () => {
    const root = await panel();
    const pin = () => card(root, 'beirut').querySelector('.pin')!;
    expect(pin().getAttribute('aria-pressed')).toBe('false');
    await click(pin());
    await vi.waitFor(async () =>
      expect((await readPins()).map((p) => [p.key, p.names.en])).toEqual([['beirut', 'Beirut']]),
    );
    await vi.waitFor(() => expect(pin().getAttribute('aria-pressed')).toBe('true'));
    // The name stays "Pin Beirut" (the visible "Pin" within it); aria-pressed carries the state.
    expect(pin().textContent).toBe('Pin Beirut');
    expect(pin().querySelector('.sr-only')!.textContent).toBe(' Beirut');
  });

  it('marks a name pinned in storage as pinned', async () => {
    await writePins([{ key: 'nabih-berri', kind: 'person', names: { ar: 'نبيه بري' }, pinnedAt: 1 }]);
    const root = await panel();
    await vi.waitFor(() =>
      expect(card(root, 'nabih-berri').querySelector('.pin')!.getAttribute('aria-pressed')).toBe('true'),
    );
  });

  it.each([
    ['ar', 'rtl', 'نبيه بري', 'رئيس مجلس النواب (منذ 1992) · وفق معطيات كانون الثاني 2025'],
    ['en', 'ltr', 'Nabih Berri', 'Speaker of Parliament (since 1992) · as of January 2025'],
  ] as const)(
    'in %s, the panel and the document read %s; the Arabic article stays right to left',
    async (lang, dir, name, dated) => {
      const root = await panel(lang);
      expect(root.querySelector('main')!.dir).toBe(dir);
      expect([document.documentElement.lang, document.documentElement.dir]).toEqual([lang, dir]);
      expect(root.querySelector('.article-head')!.getAttribute('dir')).toBe('rtl');
      expect(root.querySelector('.summary')!.parentElement!.getAttribute('dir')).toBe('rtl');
      expect(texts(card(root, 'nabih-berri'), '.card-name')).toEqual([name]);
      // The card's dated line: since when the role is held, and the date the facts hold as of (never حتى, "until").
      expect(texts(card(root, 'nabih-berri'), '.role')).toEqual([dated]);
    },
  );

  it('shows page text as text: a name or a speaker that looks like markup is never markup', async () => {
    const root = await panel();
    expect(root.querySelectorAll('img, script')).toHaveLength(0);
    expect(texts(card(root, 'rule:org:hostile'), '.card-name')).toEqual([HOSTILE_NAME]);
    expect(texts(root, '.speakers-institution .speaker bdi')).toEqual([HOSTILE_SPEAKER]);
  });

  it('says so where the tab holds no article', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, uiLang: 'en' });
    const root = await mount(<SidePanel />, { state: null, url: 'https://www.annahar.com/' });
    await vi.waitFor(() => expect(texts(root, '.status')).toEqual(['This page does not look like a news article.']));
    expect(root.querySelector('.card, .switches')).toBeNull();
  });

  it.each([
    ['en', 'This article is written in a language Hamish does not read (French), so nothing in it is highlighted.'],
    ['ar', 'هذا المقال مكتوب بلغة لا يقرأها هامش (الفرنسية)، فلم يُبرَز فيه شيء.'],
  ] as const)(
    'says in %s why an article in a language Hamish does not read has no highlights',
    async (uiLang, said) => {
      await settingsItem.setValue({ ...DEFAULT_SETTINGS, uiLang });
      const root = await mount(<SidePanel />, { state: { url: 'http://example.org/fr', unreadLanguage: 'fr' } });
      await vi.waitFor(() => expect(texts(root, '.status')).toEqual([said]));
      expect(root.querySelector('.card, .switches')).toBeNull();
    },
  );
});

/** A quote of the fixture's article, copied `n` times under `speakers` speakers in turn: a long article's list. */
function manyQuotes(n: number, speakers: number): typeof STATE {
  const q = STATE.annotations.quotes[0];
  const quotes = Array.from({ length: n }, (_, i) => ({
    ...q,
    start: q.start + i * 1000,
    speaker: { name: `متحدث ${i % speakers}`, kind: 'named' as const },
  }));
  return { ...STATE, annotations: { ...STATE.annotations, quotes } };
}

describe('ui/SidePanel: reading and screen readers', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(unmount);

  it('names each button’s object, reads counts as sentences, and marks Arabic names in the English UI', async () => {
    const root = await panel('en');
    const berri = card(root, 'nabih-berri');
    expect(berri.querySelector('.card-name')!.getAttribute('aria-label')).toBe('Show Nabih Berri in the article text');
    expect(berri.querySelector('.other-name')!.getAttribute('lang')).toBe('ar');
    expect(berri.querySelector('.pin')!.textContent).toBe('Pin Nabih Berri');
    expect(berri.querySelector('.next')!.getAttribute('aria-label')).toBe('Next mention of Nabih Berri');
    const speaker = root.querySelector('.speakers-named .speaker bdi')!;
    expect(speaker.getAttribute('lang')).toBe('ar');
    // Named from their content, of which the eye sees "Copy with citation" and a screen reader hears all.
    expect(texts(root, '.speakers-named .quote-item .copy')).toEqual([
      'Copy quote by نبيه بري with citation',
      'Copy quote by نبيه بري with citation',
    ]);
    expect(texts(root, '.speakers-named .quote-item .copy .sr-only')[0]).toBe('quote by نبيه بري');
    expect(texts(root, '.speakers-none .copy')).toEqual(['Copy unattributed quote with citation']);
    expect(texts(root, '.speakers-named .speaker .sr-only')).toEqual(['Quotes from this speaker: 2']);
  });

  it('keeps each quote’s copy button inside the quote’s own item, after it, in the article’s direction', async () => {
    const root = await panel('en');
    for (const item of root.querySelectorAll('.quote-item')) {
      expect(item.getAttribute('dir')).toBe('rtl');
      expect([...item.querySelectorAll('.quote, .copy')].map((e) => e.className)).toEqual(['quote', 'copy']);
    }
  });

  it('shows the speaker’s role from the glossary beside the name, and in the citation', async () => {
    const root = await panel('en');
    expect(texts(root, '.speakers-named .speaker-role')).toEqual(['Speaker of Parliament']);
  });

  it('folds a long list of quotes: 26 quotes under 13 speakers open the first speaker only, with a skip link', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, uiLang: 'en' });
    fakeBrowser.permissions.contains = vi.fn(async () => false) as never;
    const root = await mount(<SidePanel />, { state: manyQuotes(26, 13) });
    await vi.waitFor(() => expect(root.querySelectorAll('.quote-group')).toHaveLength(13));
    const open = [...root.querySelectorAll<HTMLDetailsElement>('.quote-group details')].map((d) => d.open);
    expect(open).toEqual([true, ...Array(12).fill(false)]);
    const skip = root.querySelector<HTMLAnchorElement>('a.skip')!;
    expect(skip.textContent).toBe('Skip to the names');
    expect(root.querySelector(skip.getAttribute('href')!)!.id).toBe('entities-h');
  });

  it('links say what they open: a Wikipedia article is not a search', async () => {
    const root = await panel('en');
    expect(texts(card(root, 'beirut'), '.link')).toEqual(['English Wikipedia article']);
    expect(card(root, 'beirut').querySelector('.link')!.getAttribute('aria-label')).toBe(
      'English Wikipedia article, about Beirut',
    );
    expect(texts(card(root, 'nabih-berri'), '.link')).toEqual(['Search English Wikipedia', 'Search Arabic Wikipedia']);
    const ar = await panel('ar');
    expect(texts(card(ar, 'beirut'), '.link')).toEqual(['مقالة ويكيبيديا الإنكليزية']);
  });

  it('finds names by their aliases and spelling variants, folded as the matcher folds them', async () => {
    const root = await panel('en');
    const filter = root.querySelector<HTMLInputElement>('input.filter')!;
    const keys = () => [...root.querySelectorAll('.card')].map((c) => c.getAttribute('data-key'));
    for (const [query, expected] of [
      ['الاستاذ', ['nabih-berri']], // the alias الأستاذ نبيه بري, without its hamza
      ['نبيهِ', ['nabih-berri']], // a diacritic the article does not write
      ['BEIRUT', ['beirut']],
    ] as const) {
      filter.value = query;
      filter.dispatchEvent(new Event('input'));
      await vi.waitFor(() => expect(keys()).toEqual(expected));
    }
  });

  it('reads the kind switches off while everything is hidden, and turning one on shows the highlights again', async () => {
    const root = await panel('en');
    await click(root.querySelector('input[name=hidden]'));
    await vi.waitFor(() =>
      expect(
        [...root.querySelectorAll<HTMLInputElement>('.switches input')].filter((i) => i.checked).map((i) => i.name),
      ).toEqual(['hidden']),
    );
    await click(root.querySelector('input[name=place]'));
    await vi.waitFor(async () => expect(await readSettings()).toMatchObject({ hidden: false, kinds: { place: true } }));
    await vi.waitFor(() => expect(root.querySelector<HTMLInputElement>('input[name=place]')!.checked).toBe(true));
  });

  it('on a site Hamish is not on for, says so, with the button that enables it', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, uiLang: 'en' });
    fakeBrowser.permissions.contains = vi.fn(async () => false) as never;
    const root = await mount(<SidePanel />, { state: null, url: 'https://news.example/a' });
    await vi.waitFor(() =>
      expect(texts(root, '.not-enabled p')).toEqual(['Hamish is not on for this site (news.example).']),
    );
    expect(texts(root, '.not-enabled .site-access')).toEqual(['Enable Hamish on this site']);
    expect(root.textContent).not.toContain('does not look like a news article');
  });

  it('says how to pin the toolbar button', async () => {
    const root = await panel('en');
    expect(texts(root, '.pin-hint summary')).toEqual(['Pin the Hamish button']);
    expect(root.querySelector('.pin-hint p')!.textContent).toMatch(/puzzle piece/);
  });
});

describe('ui/SidePanel: exports', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => {
    vi.restoreAllMocks();
    return unmount();
  });

  it('saves each format under a name made of the title’s whole words, JSON with each annotation once', async () => {
    const saved: { name: string; blob: Blob }[] = [];
    let last: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => ((last = b as Blob), 'blob:x'));
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ name: this.download, blob: last! });
    });
    const root = await panel('en');
    for (const f of ['json', 'csv', 'w3c']) await click(root.querySelector(`.export button[data-format=${f}]`));
    expect(saved.map((s) => s.name)).toEqual([
      'hamish-نبيه-بري-يدعو-إلى-الحوار.json',
      'hamish-نبيه-بري-يدعو-إلى-الحوار.csv',
      'hamish-نبيه-بري-يدعو-إلى-الحوار.jsonld',
    ]);
    const json = JSON.parse(await saved[0].blob.text());
    expect(json.annotations).toBeUndefined();
    expect(json).toMatchObject({ url: STATE.url, site: 'النهار', mentions: STATE.annotations.mentions });
    const w3c = JSON.parse(await saved[2].blob.text());
    expect(w3c.first.items.map((i: { body: { value: string } }) => i.body.value)).toContain('vague sourcing');
  });
});
