// @vitest-environment happy-dom
/**
 * The hover card on a page: what it says for a name, a quote and a vague source in either UI language, page text
 * kept as text, the keyboard's way in and through, Escape, the way to the side panel (and what the card says where
 * the browser will not open it), copy with citation, and nothing of the page touched. Hover itself needs a layout
 * engine: the end-to-end tests hover in Chromium and Firefox; here the hit test and the placement run on rectangles.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Claim, HighlightKind, Mention, Quote, Vague } from '../../src/core/types';
import type { PaintedItem } from '../../src/page/annotate-page';
import { createHoverCard, HOVER_HOST_TAG, type HoverCard } from '../../src/page/hover-card';
import { describeItem } from '../../src/page/hover-card-content';
import { itemAt, placeCard, type Box } from '../../src/page/hover-card-place';
import { citation } from '../../src/ui/citation';
import { t, type UiLang } from '../../src/ui/i18n';
import { ANNOTATIONS, CARDS, HOSTILE_NAME, STATE } from '../ui/fixtures';

const A = ANNOTATIONS;

/** The article laid out as paragraphs whose text is set as text: the fixture's names look like markup. */
function layOut(): HTMLElement[] {
  document.body.replaceChildren();
  const article = document.createElement('article');
  const blocks = A.blocks.map((b, i) => {
    const el = document.createElement(i === 0 ? 'h1' : 'p');
    el.textContent = A.text.slice(b.start, b.end);
    return el;
  });
  article.append(...blocks);
  document.body.append(article);
  return blocks;
}

function painted(blocks: HTMLElement[]): PaintedItem[] {
  const rangeOf = (s: Mention | Quote | Vague) => {
    const i = A.blocks.findIndex((b) => b.start <= s.start && s.end <= b.end);
    const node = blocks[i].firstChild!;
    const r = document.createRange();
    r.setStart(node, s.start - A.blocks[i].start);
    r.setEnd(node, s.end - A.blocks[i].start);
    return r;
  };
  const of = (kind: HighlightKind, items: (Mention | Quote | Vague)[]) =>
    items.map((item) => ({ kind, item, ranges: [rangeOf(item)] }));
  return [...A.mentions.flatMap((m) => of(m.kind, [m])), ...of('quote', A.quotes), ...of('vague', A.vague)].sort(
    (x, y) => x.item.start - y.item.start,
  );
}

describe('page/hover-card', () => {
  let card: HoverCard;
  let items: PaintedItem[];
  let lang: UiLang;
  const openPanel = vi.fn(async () => true);
  const copy = vi.fn(async () => true);
  const shadow = () => document.querySelector(HOVER_HOST_TAG)!.shadowRoot!;
  const press = (key: string, init: KeyboardEventInit = {}, target: EventTarget = document) =>
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, ...init }));
  const q = (sel: string) => shadow().querySelector<HTMLElement>(sel);
  const texts = (sel: string) => [...shadow().querySelectorAll(sel)].map((e) => e.textContent);
  const find = (kind: HighlightKind, text: string) =>
    items.find((p) => p.kind === kind && A.text.slice(p.item.start, p.item.end) === text)!;

  beforeEach(() => {
    lang = 'en';
    openPanel.mockReset().mockResolvedValue(true);
    copy.mockReset().mockResolvedValue(true);
    items = painted(layOut());
    card = createHoverCard({
      win: window as unknown as Window & typeof globalThis,
      items: () => items,
      describe: (item) =>
        describeItem(item, A, { lang, t: (k, subs) => t(lang, k, subs), card: async (key) => CARDS[key] ?? null }),
      dir: () => 'rtl',
      lang: () => lang,
      t: (k, subs) => t(lang, k, subs),
      cite: (quote) => citation(quote, STATE, lang),
      copy,
      openPanel,
    });
    card.sync();
  });
  afterEach(() => card.destroy());

  it('adds nothing to the page until a card is asked for, then one element after the body, in an open shadow root', async () => {
    const before = document.documentElement.innerHTML;
    expect(document.querySelector(HOVER_HOST_TAG)).toBeNull();
    await card.show(find('place', 'بيروت'));
    const host = document.querySelector(HOVER_HOST_TAG)!;
    expect(host.parentElement).toBe(document.documentElement);
    expect(host.previousElementSibling).toBe(document.body);
    expect(host.shadowRoot).not.toBeNull();
    host.remove();
    expect(document.documentElement.innerHTML).toBe(before);
    expect(document.querySelectorAll('[tabindex]')).toHaveLength(0);
  });

  it("shows a name's card line: its name, kind, description and dated role, in the page's direction", async () => {
    await card.show(find('person', 'نبيه بري'));
    const c = q('.card')!;
    expect(c.hidden).toBe(false);
    expect(c.dir).toBe('rtl');
    expect(c.getAttribute('role')).toBe('dialog');
    expect(q('.label')!.textContent).toBe('Person');
    expect(q('.heading')!.textContent).toBe('Nabih Berri');
    expect(texts('.line')).toEqual([
      'About Nabih Berri',
      `Speaker of Parliament (1992) · ${t('en', 'asOf', { DATE: '2025-01' })}`,
    ]);
    expect(texts('.actions button')).toEqual([t('en', 'hoverOpenPanel'), '×']);
  });

  it('speaks Arabic where the UI does, the name marked as Arabic', async () => {
    lang = 'ar';
    await card.show(find('person', 'نبيه بري'));
    expect(q('.label')!.textContent).toBe(t('ar', 'kind_label_person'));
    expect(q('.heading bdi')!.textContent).toBe('نبيه بري');
    expect(q('.heading bdi')!.lang).toBe('ar');
    expect(texts('.line')[1]).toBe(`رئيس مجلس النواب (1992) · ${t('ar', 'asOf', { DATE: '2025-01' })}`);
  });

  it('says a name is not in the glossary, and shows page text as text', async () => {
    await card.show(find('organization', HOSTILE_NAME));
    expect(q('.heading')!.textContent).toBe(HOSTILE_NAME);
    expect(shadow().querySelector('img')).toBeNull();
    expect(texts('.line')).toEqual([t('en', 'notInGlossary')]);
  });

  it("shows a quote's speaker and role, and copies it with the side panel's citation", async () => {
    await card.show(find('quote', 'الحوار مستمر'));
    expect(q('.label')!.textContent).toBe('Quote');
    expect(q('.heading bdi')!.textContent).toBe('نبيه بري');
    expect(q('.heading bdi')!.lang).toBe('ar');
    expect(texts('.line')).toEqual(['Speaker of Parliament']);
    q('.copy')!.click();
    await vi.waitFor(() => expect(q('.note')!.textContent).toBe(t('en', 'copied')));
    expect(copy).toHaveBeenCalledWith(citation(A.quotes[0], STATE, 'en'));
  });

  it('names a claim by the speaker of the quote it holds, or as unattributed, with what makes it checkable', async () => {
    const describe = (claim: Claim, uiLang: UiLang) =>
      describeItem({ kind: 'claims', item: claim, ranges: [] }, A, {
        lang: uiLang,
        t: (k, subs) => t(uiLang, k, subs),
        card: async () => null,
      });
    const quoted = await describe({ ...A.quotes[0], score: 0.8, reasons: ['figure', 'attributed'], quote: 0 }, 'en');
    expect(quoted.heading).toBe(A.quotes[0].speaker!.name);
    expect(quoted.label).toBe(t('en', 'kind_claims'));
    expect(quoted.lines).toEqual([`${t('en', 'reason_figure')}, ${t('en', 'reason_attributed')}`]);
    const bare = await describe({ start: 0, end: 5, score: 0.5, reasons: ['vague-source'] }, 'ar');
    expect(bare.heading).toBe(t('ar', 'unattributed'));
    expect(bare.lines).toEqual([t('ar', 'reason_vague_source')]);
  });

  it('explains vague sourcing, with no side panel item to open', async () => {
    await card.show(find('vague', 'مصادر مطلعة'));
    expect(q('.heading')!.textContent).toBe('مصادر مطلعة');
    expect(texts('.line')).toEqual([t('en', 'hoverVagueLine')]);
    expect(q('.open')).toBeNull();
  });

  it('opens the side panel at the item, from its button or a click on the card', async () => {
    await card.show(find('person', 'نبيه بري'));
    q('.open')!.click();
    expect(openPanel).toHaveBeenCalledWith({ kind: 'entity', key: 'nabih-berri' });
    await card.show(find('quote', 'لا بديل عنه'));
    q('.heading')!.click();
    expect(openPanel).toHaveBeenLastCalledWith({ kind: 'quote', start: A.quotes[1].start });
    expect(q('.note')!.hidden).toBe(true);
  });

  it('says how to open the sidebar where the browser lets only its own button do it', async () => {
    openPanel.mockResolvedValue(false);
    await card.show(find('place', 'بيروت'));
    q('.open')!.click();
    await vi.waitFor(() => expect(q('.note')!.textContent).toBe(t('en', 'hoverOpenByButton')));
    expect(q('.note')!.hidden).toBe(false);
  });

  it('closes on Escape', async () => {
    await card.show(find('place', 'بيروت'));
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(q('.card')!.hidden).toBe(true);
    expect(card.current).toBeUndefined();
  });

  it('comes to the keyboard on Alt+Shift+J, goes through the highlights in the reading direction, and gives the focus back', async () => {
    const link = document.createElement('a');
    link.href = '#top';
    document.body.append(link);
    link.focus();
    press('J', { code: 'KeyJ', altKey: true, shiftKey: true });
    await vi.waitFor(() => expect(card.current).toBe(items[0]));
    const nav = q('.nav')!;
    expect(nav.textContent).toBe(t('en', 'hoverNavigator'));
    expect(shadow().activeElement).toBe(nav);
    const key = async (k: string) => {
      const before = card.current;
      press(k, {}, nav);
      await vi.waitFor(() => expect(card.current).not.toBe(before));
      expect(q('.card')!.hidden).toBe(false);
      return card.current;
    };
    // The page reads right to left: the left arrow goes on.
    expect(await key('ArrowLeft')).toBe(items[1]);
    expect(await key('ArrowRight')).toBe(items[0]);
    expect(await key('End')).toBe(items.at(-1));
    expect(await key('ArrowDown')).toBe(items[0]);
    press('Escape', {}, nav);
    expect(q('.card')!.hidden).toBe(true);
    expect(shadow().activeElement).toBe(nav);
    press('Escape', {}, nav);
    expect(document.activeElement).toBe(link);
  });

  it('leaves the page when it has no highlights, and on destroy', async () => {
    await card.show(items[0]);
    items = [];
    card.sync();
    expect(document.querySelector(HOVER_HOST_TAG)).toBeNull();
    items = painted(layOut());
    await card.show(items[0]);
    expect(document.querySelector(HOVER_HOST_TAG)).not.toBeNull();
    card.destroy();
    expect(document.querySelector(HOVER_HOST_TAG)).toBeNull();
  });
});

describe('page/hover-card-place', () => {
  const box = (left: number, top: number, right: number, bottom: number): Box => ({ left, top, right, bottom });
  const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  const VIEW = { width: 1000, height: 800 };
  const CARD = { width: 300, height: 120 };

  it.each([
    ['one line, room below', [box(400, 100, 500, 120)], 'ltr', { left: 400, top: 126 }],
    ['one line, room below, right to left', [box(400, 100, 500, 120)], 'rtl', { left: 200, top: 126 }],
    ['no room below: above', [box(400, 700, 500, 720)], 'ltr', { left: 400, top: 574 }],
    ['at the window’s edge: kept inside', [box(900, 100, 990, 120)], 'ltr', { left: 692, top: 126 }],
    ['two lines: below the last', [box(600, 100, 900, 120), box(100, 122, 300, 142)], 'ltr', { left: 600, top: 148 }],
  ] as const)('%s', (_, lines, dir, want) => {
    const at = placeCard(lines, CARD, VIEW, dir);
    expect(at).toEqual(want);
    const placed = box(at.left, at.top, at.left + CARD.width, at.top + CARD.height);
    for (const line of lines) expect(overlaps(placed, line)).toBe(false);
  });

  it('never covers the text, even where it fits neither above nor below', () => {
    const lines = [box(100, 60, 900, 80), box(100, 82, 900, 760)];
    const at = placeCard(lines, CARD, VIEW, 'ltr');
    const placed = box(at.left, at.top, at.left + CARD.width, at.top + CARD.height);
    for (const line of lines) expect(overlaps(placed, line)).toBe(false);
  });

  it('finds the innermost item under a point, on its line boxes only', () => {
    const fake = (start: number, end: number, rect: Box, inside: boolean): PaintedItem => ({
      kind: 'quote',
      item: { start, end, text: '', direct: true },
      ranges: [
        {
          isPointInRange: () => inside,
          getClientRects: () => [rect],
        } as unknown as Range,
      ],
    });
    const quote = fake(0, 40, box(0, 0, 400, 20), true);
    const name = { ...fake(5, 10, box(50, 0, 100, 20), true), kind: 'person' as const };
    const caret = { node: document.body, offset: 0 };
    expect(itemAt([quote, name], caret, 60, 10)).toBe(name);
    expect(itemAt([quote, name], caret, 300, 10)).toBe(quote);
    // A caret found beside the text, below its line: nothing.
    expect(itemAt([quote, name], caret, 60, 40)).toBeUndefined();
    expect(itemAt([quote, name], undefined, 60, 10)).toBeUndefined();
  });
});
