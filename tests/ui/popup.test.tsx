// @vitest-environment happy-dom
/**
 * The popup rendered under happy-dom for a faked tab: the switches, the pinned names with their count on the page
 * and the articles they were seen in, what each button writes to storage or asks of the browser, the direction of
 * each language, and page text (a pin's name, an article's title) shown as text.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  DEFAULT_SETTINGS,
  historyItem,
  readHistory,
  readPins,
  readSettings,
  settingsItem,
  writePins,
  type Pin,
  type Settings,
} from '../../src/storage/items';
import { Popup } from '../../src/ui/components/Popup';
import { CARDS, HOSTILE_NAME, STATE } from './fixtures';
import { click, mount, sentToTab, serveCards, texts, unmount } from './render';

serveCards(CARDS);

const PINS: Pin[] = [
  { key: 'nabih-berri', kind: 'person', names: { ar: 'نبيه بري' }, pinnedAt: 1 },
  { key: 'rule:org:elsewhere', kind: 'organization', names: { ar: HOSTILE_NAME }, pinnedAt: 2 },
];
const SEEN = { url: 'https://www.annahar.com/a/1', title: '<b>بري</b> والحوار', site: 'النهار', seenAt: 5, count: 2 };

interface Setup {
  settings?: Partial<Settings>;
  pins?: Pin[];
  url?: string;
  /** Whether the reader granted the tab's site (for sites the manifest does not cover). */
  granted?: boolean;
}

/** The popup for a tab showing the fixture's article at `url`, once its pinned list (or its absence) is shown. */
async function popup({ settings, pins = PINS, url = STATE.url, granted = false }: Setup = {}) {
  const uiLang = settings?.uiLang ?? 'en';
  await settingsItem.setValue({ ...DEFAULT_SETTINGS, uiLang, ...settings });
  await writePins(pins);
  await historyItem.setValue({ 'nabih-berri': [SEEN] });
  fakeBrowser.permissions.contains = vi.fn(async () => granted) as never;
  const root = await mount(<Popup />, { state: STATE, url });
  await vi.waitFor(() => expect(root.querySelector('main')?.getAttribute('lang')).toBe(uiLang));
  await vi.waitFor(() => expect(root.querySelectorAll('.pin-item')).toHaveLength(pins.length));
  await vi.waitFor(() => expect(root.querySelector(pins.length ? '.pin-item .description' : '.empty')).not.toBeNull());
  return root;
}

const pinItem = (root: HTMLElement, key: string) => root.querySelector<HTMLElement>(`.pin-item[data-key="${key}"]`)!;

describe('ui/Popup', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(unmount);

  it('shows the switches as stored, and stores a switch when it is flipped', async () => {
    const kinds = { ...DEFAULT_SETTINGS.kinds, quote: false, demonym: true };
    const root = await popup({ settings: { kinds } });
    const checked = [...root.querySelectorAll<HTMLInputElement>('.switches input')].map((i) => [i.name, i.checked]);
    expect(Object.fromEntries(checked)).toEqual({ ...kinds, hidden: false });
    await click(root.querySelector('input[name=person]'));
    await vi.waitFor(async () => expect((await readSettings()).kinds.person).toBe(false));
  });

  it('lists the pinned names with their count on this page, and shows the first mention on request', async () => {
    const root = await popup();
    expect(texts(root, '.pin-name')).toEqual(['Nabih Berri', HOSTILE_NAME]);
    expect(texts(pinItem(root, 'nabih-berri'), '.count [aria-hidden]')).toEqual(['2']);
    expect(texts(pinItem(root, 'nabih-berri'), '.count .sr-only')).toEqual(['Mentions on this page: 2']);
    expect(texts(pinItem(root, 'rule:org:elsewhere'), '.count [aria-hidden]')).toEqual(['0']);
    expect(pinItem(root, 'nabih-berri').querySelector('.jump')!.getAttribute('aria-label')).toBe(
      'Show Nabih Berri in the page',
    );
    expect(pinItem(root, 'nabih-berri').querySelector('.unpin')!.getAttribute('aria-label')).toBe('Unpin Nabih Berri');
    expect(pinItem(root, 'rule:org:elsewhere').querySelector('.jump')).toBeNull();
    await click(pinItem(root, 'nabih-berri').querySelector('.jump'));
    const first = STATE.annotations.mentions[0];
    expect(sentToTab.at(-1)).toEqual({ type: 'focusSpan', span: expect.objectContaining({ start: first.start }) });
  });

  it('lists the articles a pin was seen in, and clears that list on request', async () => {
    const root = await popup();
    const recent = pinItem(root, 'nabih-berri').querySelector('.recent')!;
    expect(texts(recent, 'summary')).toEqual(['Seen recently in these articles: 1']);
    expect(recent.querySelector('a')!.getAttribute('href')).toBe(SEEN.url);
    // The site and the date each isolated, the date in the UI's language.
    expect(texts(recent, 'li .meta')).toEqual(['النهار · 1 January 1970']);
    expect(recent.querySelector('li .meta bdi')!.textContent).toBe('النهار');
    expect(recent.querySelector('li .meta time')!.getAttribute('datetime')).toBe('1970-01-01');
    expect(texts(root, '.clear-history')).toEqual(['Clear the articles listed under pinned names']);
    await click(root.querySelector('.clear-history'));
    await vi.waitFor(async () => expect(await readHistory()).toEqual({}));
    await vi.waitFor(() => expect(root.querySelector('.recent, .clear-history')).toBeNull());
  });

  it('unpins a name', async () => {
    const root = await popup();
    await click(pinItem(root, 'nabih-berri').querySelector('.unpin'));
    await vi.waitFor(async () => expect((await readPins()).map((p) => p.key)).toEqual(['rule:org:elsewhere']));
    await vi.waitFor(() => expect(texts(root, '.pin-name')).toEqual([HOSTILE_NAME]));
  });

  it('says there is nothing pinned yet', async () => {
    const root = await popup({ pins: [] });
    expect(texts(root, '.empty')).toEqual(['Nothing pinned yet. Pin a name from its card in the side panel.']);
  });

  it('says what an import did: pins added, nothing new on a second import, or a file that holds no pins', async () => {
    const root = await popup();
    const input = root.querySelector<HTMLInputElement>('.import-pins input[type=file]')!;
    const choose = async (content: unknown) => {
      Object.defineProperty(input, 'files', {
        value: [new File([JSON.stringify(content)], 'p.json')],
        configurable: true,
      });
      input.dispatchEvent(new Event('change'));
    };
    const status = () => texts(root, 'p[role=status]');
    const pinsFile = { version: 1, pins: [PINS[0], { ...PINS[0], key: 'beirut' }] };
    await choose(pinsFile);
    await vi.waitFor(() => expect(status()).toEqual(['New pins added: 1.']));
    expect((await readPins()).map((p) => p.key)).toEqual(['nabih-berri', 'rule:org:elsewhere', 'beirut']);
    await choose(pinsFile);
    await vi.waitFor(() => expect(status()).toEqual(['Nothing new: every pin in that file is already here.']));
    await choose({ title: 'an export of annotations', mentions: [] });
    await vi.waitFor(() => expect(status()).toEqual(['That file is not a Hamish pins file.']));
  });

  it('pauses Hamish on a site the manifest covers, and resumes it', async () => {
    const root = await popup({ url: SEEN.url });
    expect(root.querySelector('.site-access')).toBeNull();
    await click(root.querySelector('.pause'));
    await vi.waitFor(async () => expect((await readSettings()).pausedSites).toEqual(['www.annahar.com']));
    await vi.waitFor(() => expect(root.querySelector('.pause')!.getAttribute('aria-pressed')).toBe('true'));
    expect(texts(root, 'p.status')).toEqual(['Hamish is paused on this site.']);
    expect(texts(root, '.pause')).toEqual(['Resume on this site']);
    await click(root.querySelector('.pause'));
    await vi.waitFor(async () => expect((await readSettings()).pausedSites).toEqual([]));
  });

  it('asks for another site’s permission, then reloads the tab so Hamish runs there', async () => {
    const request = vi.fn(async () => true);
    fakeBrowser.permissions.request = request as never;
    const reload = vi.spyOn(fakeBrowser.tabs, 'reload').mockResolvedValue(undefined);
    const root = await popup({ url: 'https://news.example/a' });
    await vi.waitFor(() => expect(texts(root, '.site-access')).toEqual(['Enable Hamish on this site']));
    expect(root.querySelector('.pause')).toBeNull();
    await click(root.querySelector('.site-access'));
    await vi.waitFor(() => expect(texts(root, '.site-access')).toEqual(['Turn Hamish off on this site']));
    expect(request).toHaveBeenCalledWith({ origins: ['https://news.example/*'] });
    expect(reload).toHaveBeenCalledOnce();
    expect(root.querySelector('.pause')).not.toBeNull();
  });

  it.each([
    ['ar', 'rtl', 'نبيه بري'],
    ['en', 'ltr', 'Nabih Berri'],
  ] as const)('in %s, the popup and the document read %s', async (uiLang, dir, name) => {
    const root = await popup({ settings: { uiLang } });
    expect(root.querySelector('main')!.dir).toBe(dir);
    expect([document.documentElement.lang, document.documentElement.dir]).toEqual([uiLang, dir]);
    expect(texts(pinItem(root, 'nabih-berri'), '.pin-name')).toEqual([name]);
  });

  it('shows page text as text: a pin’s name and an article’s title that look like markup are never markup', async () => {
    const root = await popup();
    expect(root.querySelectorAll('img, script, b')).toHaveLength(0);
    expect(texts(pinItem(root, 'rule:org:elsewhere'), '.pin-name')).toEqual([HOSTILE_NAME]);
    expect(texts(pinItem(root, 'nabih-berri'), '.recent a')).toEqual([SEEN.title]);
  });
});
