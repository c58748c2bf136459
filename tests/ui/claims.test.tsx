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
import { annotations, ARTICLE, noteOn } from '../core/claims/desk-fixture';
import { CARDS } from './fixtures';
import { mount, sentToTab, serveCards, texts, unmount } from './render';

serveCards(CARDS);
const a = annotations();
const STATE: PageState = { url: ARTICLE.url, site: ARTICLE.site, published: ARTICLE.published, annotations: a };

async function panel(uiLang: 'ar' | 'en' = 'en'): Promise<HTMLElement> {
  // the site controls ask whether the site is granted; the fake browser has no permissions of its own
  fakeBrowser.permissions.contains = vi.fn(async () => false) as never;
  await settingsItem.setValue({ ...DEFAULT_SETTINGS, uiLang });
  const root = await mount(<SidePanel />, { state: STATE });
  await vi.waitFor(() => expect(root.querySelector('.claims-section')).not.toBeNull());
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

  it('steps through the claims with J and K and sets a status with the number keys', async () => {
    const root = await panel();
    const section = root.querySelector('.claims-section')!;
    await key(section, 'j');
    await key(section, 'j');
    expect(root.querySelectorAll('.claim')[1].getAttribute('aria-current')).toBe('true');
    await key(section, 'k');
    await key(section, 'k');
    expect(root.querySelectorAll('.claim')[2].getAttribute('aria-current')).toBe('true');
    await key(section, '5');
    await vi.waitFor(async () => expect((await readNotes(ARTICLE.url)).map((n) => n.verdict)).toEqual(['false']));
    expect((await readNotes(ARTICLE.url))[0].anchor.exact).toBe(texts(root, '.claim-text')[2]);
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
