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
    expect(texts(root, '.article-head .meta > *')).toEqual(['النهار', '2025-03-14', 'Arabic']);
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
    expect(texts(root, '#quotes-h .count')).toEqual(['5']);
    expect(texts(root, '.quote-section > h3')).toEqual([
      'People',
      'Anonymous sources',
      'Institutions and sides',
      'Unattributed',
    ]);
    const berri = root.querySelector('.speakers-named .quote-group')!;
    expect(texts(berri, '.speaker bdi')).toEqual(['نبيه بري']);
    expect(texts(berri, '.speaker .count')).toEqual(['2']);
    expect(texts(berri, '.quote')).toEqual(['الحوار مستمر', 'لا بديل عنه']);
    expect(texts(root, '.speakers-none .quote')).toEqual(['لا تعليق']);
  });

  it('shows a card per name, by kind: the glossary card in the UI language, a plain one where there is none', async () => {
    const root = await panel();
    expect(texts(root, '.kind-group > h3')).toEqual(['People 1', 'Places 1', 'Organisations 1']);
    const berri = card(root, 'nabih-berri');
    expect(texts(berri, '.card-name')).toEqual(['Nabih Berri']);
    expect(texts(berri, '.other-name')).toEqual(['نبيه بري']);
    expect(texts(berri, '.description')).toEqual(['About Nabih Berri']);
    expect(texts(berri, '.role')).toEqual(['Speaker of Parliament (1992) · as of 2025-01']);
    expect(texts(berri, '.related bdi')).toEqual(['Amal Movement']);
    expect(texts(berri, '.card-head .count')).toEqual(['2']);
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
    expect(pin().textContent).toBe('Unpin');
  });

  it('marks a name pinned in storage as pinned', async () => {
    await writePins([{ key: 'nabih-berri', kind: 'person', names: { ar: 'نبيه بري' }, pinnedAt: 1 }]);
    const root = await panel();
    await vi.waitFor(() =>
      expect(card(root, 'nabih-berri').querySelector('.pin')!.getAttribute('aria-pressed')).toBe('true'),
    );
  });

  it.each([
    ['ar', 'rtl', 'نبيه بري'],
    ['en', 'ltr', 'Nabih Berri'],
  ] as const)(
    'in %s, the panel and the document read %s; the Arabic article stays right to left',
    async (lang, dir, name) => {
      const root = await panel(lang);
      expect(root.querySelector('main')!.dir).toBe(dir);
      expect([document.documentElement.lang, document.documentElement.dir]).toEqual([lang, dir]);
      expect(root.querySelector('.article-head')!.getAttribute('dir')).toBe('rtl');
      expect(root.querySelector('.summary')!.parentElement!.getAttribute('dir')).toBe('rtl');
      expect(texts(card(root, 'nabih-berri'), '.card-name')).toEqual([name]);
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
    const root = await mount(<SidePanel />, { state: null });
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
