/**
 * The card a highlight answers with when it is hovered, tapped, or reached from the keyboard: what the item is, and a
 * way to the side panel at it. It lives in an open shadow root on an element of our own at the end of the document:
 * the page's style cannot reach in, ours cannot reach out, and the card is fixed over the page, so nothing of the
 * page's layout moves. (Open, not closed: a closed root would hide nothing a page could not read off the screen, and
 * an open one lets assistive tools and the tests reach it.)
 *
 * The element goes into the page only when the reader first asks for a card: until then the page has nothing of ours
 * but the highlights, which are not in its DOM.
 *
 * The keyboard: Alt+Shift+J brings the way in, a small bar that takes the focus; the arrow keys go from highlight to
 * highlight in the text's order, each scrolled into view with its card; Tab goes on into the card's buttons; Escape
 * closes the card, and again gives the focus back where it was. No tab stop is added to the page and no element of it
 * gets a tabindex, so its tab order stays exactly as it was (a tab stop of ours at the end of the document was the
 * other choice: it would be one more element in every page, there before anyone asked).
 */
import type { Quote } from '../core/types';
import type { PanelItem } from '../messaging/protocol';
import type { PaintedItem } from './annotate-page';
import type { CardView, HoverKey } from './hover-card-content';
import { caretAt, itemAt, placeCard } from './hover-card-place';
import { HOVER_CARD_CSS } from './hover-card-style';

export const HOVER_HOST_TAG = 'hamish-hover';

export interface HoverCardDeps {
  win: Window & typeof globalThis;
  /** The painted items, in the text's order, with their live ranges. */
  items: () => readonly PaintedItem[];
  describe: (item: PaintedItem) => Promise<CardView>;
  /** The direction the article reads in; the card starts where the item starts. */
  dir: () => 'rtl' | 'ltr';
  /** The UI language the card speaks, and its strings. */
  lang: () => string;
  t: (key: HoverKey, subs?: Record<string, string>) => string;
  cite: (quote: Quote) => string | Promise<string>;
  copy: (text: string) => Promise<boolean>;
  /** Opens the side panel at the item; false where the browser lets only its own controls open it. */
  openPanel: (item: PanelItem) => Promise<boolean>;
}

/** Hover intent: a pointer passing over a name on its way elsewhere opens nothing. */
const SHOW_MS = 150;
/** Time to move the pointer from the text into the card. */
const HIDE_MS = 300;

/** The key that brings the keyboard's way in: Alt+Shift+J (J as in jump), beside the Alt+Shift+H that hides all. */
const isSummonKey = (e: KeyboardEvent) => e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyJ';

const XHTML = 'http://www.w3.org/1999/xhtml';

/** True where the page is an HTML document (served as HTML or XHTML): an XML or SVG document gets no card. */
export const takesHoverCard = (doc: Document) => doc.documentElement?.namespaceURI === XHTML;

const el = <K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, cls: string, text = '') => {
  const e = doc.createElementNS(XHTML, tag) as HTMLElementTagNameMap[K];
  e.className = cls;
  e.textContent = text;
  return e;
};

export function createHoverCard(deps: HoverCardDeps): HoverCard {
  return new HoverCard(deps);
}

/** The arrow keys' steps through the highlights, in the reading direction; Home and End go to either end. */
function stepOf(key: string, rtl: boolean): number | undefined {
  const steps: Record<string, number> = {
    ArrowDown: 1,
    ArrowUp: -1,
    [rtl ? 'ArrowLeft' : 'ArrowRight']: 1,
    [rtl ? 'ArrowRight' : 'ArrowLeft']: -1,
    Home: -Infinity,
    End: Infinity,
  };
  return steps[key];
}

/** The index a step leads to among `count` items from `at` (-1: none yet), wrapping round at either end. */
function stepTo(at: number, by: number, count: number): number {
  if (!Number.isFinite(by)) return by < 0 ? 0 : count - 1;
  if (at < 0) return by > 0 ? 0 : count - 1;
  return (at + by + count) % count;
}

export class HoverCard {
  /** The item whose card is shown. */
  current: PaintedItem | undefined;
  private view: CardView | undefined;
  private readonly doc: Document;
  private readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private readonly nav: HTMLButtonElement;
  private readonly card: HTMLDivElement;
  private readonly body: HTMLDivElement;
  private readonly note: HTMLParagraphElement;
  private readonly actions: HTMLDivElement;
  /** Bumped by every show and hide, so a card described too late for its turn is never drawn. */
  private token = 0;
  private showTimer: ReturnType<typeof setTimeout> | undefined;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private frame = 0;
  private readonly controller = new AbortController();
  /** What had the focus before the keyboard's way in took it, to give it back. */
  private focusedBefore: Element | null = null;

  constructor(private readonly deps: HoverCardDeps) {
    const doc = (this.doc = deps.win.document);
    this.host = doc.createElementNS(XHTML, HOVER_HOST_TAG) as HTMLElement;
    this.root = this.host.attachShadow({ mode: 'open' });
    this.nav = el(doc, 'button', 'nav');
    this.nav.type = 'button';
    this.card = el(doc, 'div', 'card');
    this.card.hidden = true;
    this.card.setAttribute('role', 'dialog');
    this.card.setAttribute('aria-labelledby', 'hamish-heading');
    // The card's words sit in a live region, so a screen reader reads each card as the keyboard reaches it.
    this.body = el(doc, 'div', 'body');
    this.body.setAttribute('aria-live', 'polite');
    this.note = el(doc, 'p', 'note');
    this.note.setAttribute('aria-live', 'polite');
    this.actions = el(doc, 'div', 'actions');
    this.card.append(this.body, this.note, this.actions);
    this.root.append(el(doc, 'style', '', HOVER_CARD_CSS), this.nav, this.card);
    this.listen();
  }

  /** Shows the card for an item (hover, tap and the keyboard all end here). */
  async show(item: PaintedItem): Promise<void> {
    clearTimeout(this.hideTimer);
    clearTimeout(this.showTimer);
    if (item === this.current && !this.card.hidden) return;
    const mine = ++this.token;
    const view = await this.deps.describe(item);
    if (mine !== this.token) return;
    this.enter();
    this.current = item;
    this.view = view;
    this.render(view);
    this.card.hidden = false;
    this.place();
  }

  hide(): void {
    clearTimeout(this.showTimer);
    clearTimeout(this.hideTimer);
    this.token++;
    const focused = this.root.activeElement;
    this.card.hidden = true;
    this.current = undefined;
    this.view = undefined;
    // Focus that was in the card goes back to the way in, never lost to the top of the page.
    if (focused && focused !== this.nav && this.host.isConnected) this.nav.focus();
  }

  /** Follows what is painted: where nothing is, the card closes and our element leaves the page. */
  sync(): void {
    const { deps, nav, host } = this;
    nav.textContent = deps.t('hoverNavigator');
    nav.lang = deps.lang();
    nav.dir = deps.lang() === 'ar' ? 'rtl' : 'ltr';
    if (deps.items().length === 0 && host.isConnected) {
      this.hide();
      host.remove();
    }
  }

  /** Puts our element in the page, after everything of the page's own, the first time it is needed. */
  private enter(): void {
    if (!this.host.isConnected) this.doc.documentElement.append(this.host);
  }

  /** The keyboard's way in: the bar takes the focus and the first highlight shows its card. */
  private summon(e: KeyboardEvent): void {
    if (this.deps.items().length === 0) return;
    e.preventDefault();
    this.enter();
    const active = this.doc.activeElement;
    if (active !== this.host) this.focusedBefore = active;
    this.nav.focus();
    this.step(new KeyboardEvent('keydown', { key: 'Home' }));
  }

  /** Escape: the card closes; with none open, the focus goes back where it was before the way in took it. */
  private escape(): void {
    if (this.current) return this.hide();
    if (this.root.activeElement !== this.nav) return;
    const before = this.focusedBefore as HTMLElement | null;
    this.focusedBefore = null;
    if (before && before.isConnected && typeof before.focus === 'function' && before !== this.doc.body) before.focus();
    else this.nav.blur();
  }

  destroy(): void {
    this.controller.abort();
    clearTimeout(this.showTimer);
    clearTimeout(this.hideTimer);
    cancelAnimationFrame(this.frame);
    this.host.remove();
  }

  private render(v: CardView): void {
    const { deps, doc } = this;
    this.card.dir = deps.dir();
    this.card.lang = deps.lang();
    const heading = el(doc, 'p', 'heading');
    heading.id = 'hamish-heading';
    const name = el(doc, 'bdi', '', v.heading);
    name.lang = v.headingLang;
    heading.append(name);
    this.body.replaceChildren(el(doc, 'p', 'label', v.label), heading, ...v.lines.map((l) => el(doc, 'p', 'line', l)));
    this.say('');
    const quote = v.quote;
    const copy = async (q: Quote) => this.say((await deps.copy(await deps.cite(q))) ? deps.t('copied') : '');
    this.actions.replaceChildren(
      ...(v.panel ? [this.button('primary open', deps.t('hoverOpenPanel'), () => void this.open())] : []),
      ...(quote ? [this.copyButton(quote, () => void copy(quote))] : []),
      this.button('close', '×', () => this.hide(), deps.t('hoverClose')),
    );
  }

  /** "Copy with citation" to the eye; to a screen reader, whose quote it copies (the label's `{braced}` words). */
  private copyButton(quote: Quote, onClick: () => void): HTMLButtonElement {
    const name = quote.speaker?.name;
    const label = name ? this.deps.t('copyQuoteBy', { NAME: name }) : this.deps.t('copyQuoteUnattributed');
    return this.button('copy', label.replace(/\{[^}]*\}/g, ''), onClick, label.replace(/[{}]/g, ''));
  }

  private button(cls: string, text: string, onClick: () => void, label?: string): HTMLButtonElement {
    const b = el(this.doc, 'button', cls, text);
    b.type = 'button';
    if (label) b.setAttribute('aria-label', label);
    b.addEventListener('click', (e) => {
      e.stopPropagation();
      onClick();
    });
    return b;
  }

  private say(text: string): void {
    this.note.textContent = text;
    this.note.hidden = !text;
  }

  private async open(): Promise<void> {
    if (!this.view?.panel) return;
    // Sent before anything is awaited, so the click still counts as the reader's own gesture (Chrome requires it).
    const opened = await this.deps.openPanel(this.view.panel);
    this.say(opened ? '' : this.deps.t('hoverOpenByButton'));
  }

  private place(): void {
    const { current, card, deps } = this;
    if (!current || card.hidden) return;
    const lines = current.ranges.flatMap((r) => [...r.getClientRects()]);
    const box = card.getBoundingClientRect();
    const at = placeCard(
      lines,
      { width: box.width, height: box.height },
      { width: deps.win.innerWidth, height: deps.win.innerHeight },
      deps.dir(),
    );
    card.style.left = `${at.left}px`;
    card.style.top = `${at.top}px`;
  }

  /** A pointer at a point: a highlight there shows its card (at once for a tap), anywhere else but the card hides it. */
  private pointer(x: number, y: number, path: EventTarget[], now: boolean): void {
    const hit = itemAt(this.deps.items(), caretAt(this.doc, x, y), x, y);
    clearTimeout(this.showTimer);
    if (hit) {
      clearTimeout(this.hideTimer);
      if (hit === this.current) return;
      if (now) void this.show(hit);
      else this.showTimer = setTimeout(() => void this.show(hit), SHOW_MS);
      return;
    }
    if (path.includes(this.host)) return clearTimeout(this.hideTimer);
    if (this.current && !this.root.activeElement) {
      clearTimeout(this.hideTimer);
      this.hideTimer = setTimeout(() => this.hide(), now ? 0 : HIDE_MS);
    }
  }

  private listen(): void {
    const { doc, deps, root } = this;
    const opts = { signal: this.controller.signal, passive: true };
    doc.addEventListener(
      'pointermove',
      (e) => {
        if (e.pointerType !== 'mouse') return;
        const { clientX: x, clientY: y } = e;
        const path = e.composedPath();
        cancelAnimationFrame(this.frame);
        this.frame = requestAnimationFrame(() => this.pointer(x, y, path, false));
      },
      opts,
    );
    // A tap answers at once; a click elsewhere closes.
    doc.addEventListener('pointerdown', (e) => this.pointer(e.clientX, e.clientY, e.composedPath(), true), opts);
    doc.addEventListener(
      'keydown',
      (e) => {
        if (e.key === 'Escape') this.escape();
        else if (isSummonKey(e)) this.summon(e);
      },
      { signal: this.controller.signal },
    );
    deps.win.addEventListener('scroll', () => this.place(), { ...opts, capture: true });
    deps.win.addEventListener('resize', () => this.place(), opts);
    this.card.addEventListener('click', () => void this.open());
    root.addEventListener('focusout', (e) => {
      const to = (e as FocusEvent).relatedTarget as Node | null;
      if (!to || !root.contains(to)) this.hide();
    });
    this.nav.addEventListener('keydown', (e) => this.step(e));
  }

  /** Arrow keys from the way in: the next or previous highlight in the text, scrolled into view with its card. */
  private step(e: KeyboardEvent): void {
    const by = stepOf(e.key, this.deps.dir() === 'rtl');
    const items = this.deps.items().filter((p) => p.ranges.length > 0);
    if (by === undefined || items.length === 0) return;
    e.preventDefault();
    const item = items[stepTo(this.current ? items.indexOf(this.current) : -1, by, items.length)];
    const { win } = this.deps;
    const box = item.ranges[0].getBoundingClientRect();
    win.scrollTo({ top: Math.max(0, box.top + win.scrollY - win.innerHeight / 3) });
    void this.show(item);
  }
}
