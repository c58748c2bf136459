// @vitest-environment happy-dom
/**
 * The side panel's Claims view under happy-dom: the claims ranked with their speaker and reasons, a status and a note
 * written to local storage and shown again on the next opening, the keys of the desk, orphaned notes listed apart, and
 * the reader's links (opened only by a click, in a new tab).
 */
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { PageState } from '../../src/messaging/protocol';
import { DEFAULT_SETTINGS, notesItem, readNotes, settingsItem } from '../../src/storage/items';
import { SidePanel } from '../../src/ui/components/SidePanel';
import { exportFileName } from '../../src/core/export';
import { annotations, ARTICLE, noteOn, REVIEWER } from '../core/claims/desk-fixture';
import { CARDS } from './fixtures';
import { click, mount, sentToTab, serveCards, texts, unmount } from './render';

serveCards(CARDS);
const a = annotations();
const STATE: PageState = { url: ARTICLE.url, site: ARTICLE.site, published: ARTICLE.published, annotations: a };

async function panel(uiLang: 'ar' | 'en' = 'en'): Promise<HTMLElement> {
  // the site controls ask whether the site is granted; the fake browser has no permissions of its own
  fakeBrowser.permissions.contains = vi.fn(async () => false) as never;
  await settingsItem.setValue({ ...DEFAULT_SETTINGS, uiLang });
  const root = await mount(<SidePanel />, { state: STATE });
  await vi.waitFor(() => expect(root.querySelector('.claims-section')).not.toBeNull());
  await vi.waitFor(() => expect(root.querySelector('main')!.getAttribute('lang')).toBe(uiLang));
  // Preact runs effects after the next frame: by then the panel listens for the desk's keys.
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
  return root;
}

async function change(el: Element | null, value: string): Promise<void> {
  if (!el) throw new Error('no field');
  await act(() => {
    (el as HTMLSelectElement).value = value;
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

const key = (el: Element, k: string) =>
  act(() => void el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true })));

describe('ui/ClaimsSection', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(unmount);

  it('lists the claims from the most worth checking down, each with its speaker or "unattributed" and its reasons', async () => {
    const root = await panel();
    expect(texts(root, '#claims-h .count')).toEqual(['3']);
    expect(texts(root, '.claim-meta .speaker')).toEqual(['unattributed', 'مصادر مطلعة', 'فايز رسامني']);
    expect(texts(root, '.claim-reasons')[0]).toBe('figure, percentage, comparison, change · score 1');
    expect(texts(root, '.claim-reasons')[2]).toBe('figure, attributed · score 0.55');
  });

  it('shows a claim in the page when it is clicked', async () => {
    const root = await panel();
    await act(() => root.querySelector<HTMLButtonElement>('.claim-text')!.click());
    const top = [...a.claims].sort((x, y) => y.score - x.score)[0];
    expect(sentToTab.at(-1)).toEqual({ type: 'focusSpan', span: expect.objectContaining({ start: top.start }) });
  });

  it('keeps a status and a note per claim, and shows them on the next opening', async () => {
    let root = await panel();
    await change(root.querySelector('.claim select'), 'misleading');
    await vi.waitFor(async () => expect((await readNotes(ARTICLE.url))[0]?.verdict).toBe('misleading'));
    await change(root.querySelector('.claim textarea'), 'base year differs');
    await vi.waitFor(async () => expect((await readNotes(ARTICLE.url))[0]?.note).toBe('base year differs'));
    await unmount();
    root = await panel('ar');
    await vi.waitFor(() => expect(root.querySelector<HTMLSelectElement>('.claim select')!.value).toBe('misleading'));
    expect(root.querySelector<HTMLTextAreaElement>('.claim textarea')!.value).toBe('base year differs');
    expect(root.querySelector('.claim')!.className).toContain('verdict-misleading');
  });

  it('steps through the claims with J and K and sets a status with the number keys, from anywhere in the panel', async () => {
    const root = await panel();
    // from the panel's body, and from a button of another section: the keys are the panel's, not the view's
    await key(document.body, 'j');
    await key(root.querySelector('.export button[data-format=json]')!, 'j');
    expect(root.querySelectorAll('.claim')[1].getAttribute('aria-current')).toBe('true');
    expect(document.activeElement).toBe(root.querySelectorAll('.claim-text')[1]);
    await key(document.body, 'k');
    await key(document.body, 'k');
    expect(root.querySelectorAll('.claim')[2].getAttribute('aria-current')).toBe('true');
    await key(document.body, '5');
    await vi.waitFor(async () => expect((await readNotes(ARTICLE.url)).map((n) => n.verdict)).toEqual(['false']));
    expect((await readNotes(ARTICLE.url))[0].anchor.exact).toBe(texts(root, '.claim-text')[2]);
  });

  it('leaves the keys alone while the reader types in a field, or presses them with a modifier', async () => {
    const root = await panel();
    await key(document.body, 'j');
    for (const field of ['.claim textarea', '#reviewer-name', '.claim select'])
      for (const k of ['j', 'k', '3']) await key(root.querySelector(field)!, k);
    await act(
      () => void document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', ctrlKey: true, bubbles: true })),
    );
    expect(root.querySelectorAll('.claim')[0].getAttribute('aria-current')).toBe('true');
    expect(await readNotes(ARTICLE.url)).toEqual([]);
  });

  it('sets no status before a claim is in focus, and stops listening once the panel is closed', async () => {
    await panel();
    await key(document.body, '3');
    await unmount();
    await key(document.body, 'j');
    await key(document.body, '3');
    expect(await readNotes(ARTICLE.url)).toEqual([]);
  });

  it('shows its keys in a legend: J, K and a number per status', async () => {
    const root = await panel('ar');
    expect(texts(root, '.key-legend kbd')).toEqual(['J', 'K', '1', '2', '3', '4', '5', '6']);
    expect(texts(root, '.key-legend dd')).toEqual([
      'الادعاء التالي',
      'الادعاء السابق',
      'للتحقق',
      'قيد التحقق',
      'صحيح',
      'مضلل',
      'خاطئ',
      'لا يمكن التحقق منه',
    ]);
  });

  it('lists a note whose sentence the page no longer shows as orphaned', async () => {
    const gone = { ...noteOn(a, 'وارتفعت', 'false', 'kept'), anchor: { exact: 'جملة حُذفت.', prefix: '', suffix: '' } };
    await notesItem.setValue({ [ARTICLE.url]: { title: a.title, notes: [gone] } });
    const root = await panel();
    await vi.waitFor(() => expect(texts(root, '.orphaned q')).toEqual(['جملة حُذفت.']));
    expect(texts(root, '.orphaned .note')).toEqual(['kept']);
  });

  it('offers the archive, fact-check and exact-words links, each opened by the reader in a new tab', async () => {
    const root = await panel();
    const links = [...root.querySelectorAll<HTMLAnchorElement>('.claims-section a')];
    expect(links[0].href).toBe(`https://web.archive.org/save/${ARTICLE.url}`);
    expect(links[1].href).toMatch(/^https:\/\/toolbox\.google\.com\/factcheck\/explorer\/search\/.+;hl=ar$/);
    expect(decodeURIComponent(links[2].href)).toContain('"وارتفعت حركة الحاويات');
    for (const l of links) expect([l.target, l.rel]).toEqual(['_blank', 'noopener noreferrer']);
  });
});

/** What the panel saved: each file's name and text, caught at the download link's click. */
function catchDownloads(): { name: string; blob: Blob }[] {
  const saved: { name: string; blob: Blob }[] = [];
  let last: Blob | undefined;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => ((last = b as Blob), 'blob:x'));
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ name: this.download, blob: last! });
  });
  return saved;
}

async function type(root: HTMLElement, selector: string, value: string): Promise<void> {
  const el = root.querySelector<HTMLInputElement>(selector)!;
  await act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const submitReviewer = (root: HTMLElement) =>
  act(() => void root.querySelector('.reviewer form')!.dispatchEvent(new Event('submit', { cancelable: true })));

describe('ui/ClaimsSection: the reviewing organisation and the desk’s files', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(async () => {
    await unmount();
    vi.restoreAllMocks();
  });

  it('keeps the reviewing organisation only when its name is given and its site is http(s), saying why not', async () => {
    const root = await panel();
    await type(root, '#reviewer-name', 'Desk of Examples');
    await type(root, '#reviewer-url', 'javascript:alert(1)');
    await submitReviewer(root);
    expect(root.querySelector('#reviewer-url')!.getAttribute('aria-invalid')).toBe('true');
    expect(texts(root, '#reviewer-url-problem')).toEqual(['Enter a web address that starts with http:// or https://.']);
    expect(root.querySelector('#reviewer-name')!.getAttribute('aria-invalid')).toBeNull();
    expect((await settingsItem.getValue()).reviewer).toEqual({ name: '', url: '' });
    await type(root, '#reviewer-url', ' https://factcheck.example.org/ ');
    await submitReviewer(root);
    await vi.waitFor(async () =>
      expect((await settingsItem.getValue()).reviewer).toEqual({
        name: 'Desk of Examples',
        url: 'https://factcheck.example.org/',
      }),
    );
    expect(root.querySelector('#reviewer-url')!.getAttribute('aria-invalid')).toBeNull();
    expect(texts(root, '.reviewer [role=status]')).toEqual(['Saved.']);
  });

  it('asks for the name in Arabic when it is left empty', async () => {
    const root = await panel('ar');
    await type(root, '#reviewer-url', 'https://factcheck.example.org/');
    await submitReviewer(root);
    expect(texts(root, '#reviewer-name-problem')).toEqual(['أدخل اسم الجهة.']);
    expect((await settingsItem.getValue()).reviewer.url).toBe('');
  });

  it('says what a ClaimReview lacks instead of saving one', async () => {
    const saved = catchDownloads();
    const root = await panel();
    await click(root.querySelector('.desk-exports button[data-format=claimreview]'));
    expect(saved).toEqual([]);
    expect(texts(root, '.desk-missing li')).toEqual([
      "the reviewing organisation's name (in the form above)",
      "the reviewing organisation's website, starting with http:// or https:// (in the form above)",
      'at least one claim given a finding: supported, misleading, false or unverifiable',
    ]);
  });

  it('saves ClaimReview, Markdown and the notes as W3C annotations, named from the title, with the page’s address and date', async () => {
    const saved = catchDownloads();
    const found = noteOn(a, 'وارتفعت', 'false', 'base year differs');
    await notesItem.setValue({ [ARTICLE.url]: { title: a.title, notes: [found] } });
    const root = await panel();
    // set from another panel: the form shows it, and the export signs with it
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, reviewer: REVIEWER });
    await vi.waitFor(() => expect(root.querySelector<HTMLInputElement>('#reviewer-url')!.value).toBe(REVIEWER.url));
    await vi.waitFor(() => expect(root.querySelector<HTMLSelectElement>('.claim select')!.value).toBe('false'));
    for (const f of ['claimreview', 'markdown', 'notes'])
      await click(root.querySelector(`.desk-exports button[data-format=${f}]`));
    expect(texts(root, '.desk-missing li')).toEqual([]);
    const stem = exportFileName(a.title, 'json').slice(0, -'.json'.length);
    expect(saved.map((s) => s.name)).toEqual([`${stem}.claimreview.jsonld`, `${stem}.md`, `${stem}.notes.jsonld`]);
    expect(saved.map((s) => s.blob.type)).toEqual([
      'application/ld+json;charset=utf-8',
      'text/markdown;charset=utf-8',
      'application/ld+json;charset=utf-8',
    ]);
    const [review] = JSON.parse(await saved[0].blob.text());
    expect(review).toMatchObject({
      '@type': 'ClaimReview',
      claimReviewed: found.anchor.exact,
      author: { name: REVIEWER.name, url: REVIEWER.url },
      reviewRating: { alternateName: 'خاطئ' },
      itemReviewed: { appearance: { url: ARTICLE.url, datePublished: ARTICLE.published } },
    });
    expect(review.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await saved[1].blob.text()).toContain('base year differs');
    const w3c = JSON.parse(await saved[2].blob.text());
    expect(w3c.first.items[0].target).toMatchObject({ source: ARTICLE.url, selector: { exact: found.anchor.exact } });
    expect(w3c.first.items[0].body.map((b: { value: string }) => b.value)).toEqual(['base year differs', 'false']);
  });
});
