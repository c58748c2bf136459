/**
 * What the content script does on a page from load to unload, with no extension API in it: annotate the article
 * (again after each navigation), stay off on a paused site, repaint when the settings change, tell the extension's
 * pages whenever the annotations change, and count the pinned names on the page for the badge and the pins' history.
 * The content script hands it the messaging and the storage it needs.
 */
import type { Lang, Quote } from '../core/types';
import type { Card } from '../glossary/compile';
import { isAnnotated, type Handlers, type Message, type PageReport, type PageState } from '../messaging/protocol';
import type { Appearance, Pin, Settings } from '../storage/items';
import { Annotator, type AnnotatorDeps } from './annotate-page';
import type { DetectLanguage } from './article-language';
import { createHoverCard, takesHoverCard, type HoverCard } from './hover-card';
import { describeItem, type HoverKey } from './hover-card-content';
import { pinnedCounts } from './pinned';

/** The stored items a session reads and follows: `storage/items` in the extension. */
export interface SessionStorage {
  readSettings(): Promise<Settings>;
  watchSettings(cb: (settings: Settings) => void): () => void;
  readPins(): Promise<Pin[]>;
  watchPins(cb: (pins: Pin[]) => void): () => void;
  recordAppearances(article: Omit<Appearance, 'seenAt' | 'count'>, counts: Map<string, number>): Promise<void>;
}

export interface SessionDeps {
  win: Window & typeof globalThis;
  /** The analysis resources for an article's language. */
  analyze: AnnotatorDeps['analyze'];
  /** The browser's language detector, where it has one: a second opinion on an article's language. */
  detectLanguage?: DetectLanguage;
  /** To the background and the extension's pages. It fails where nothing listens (no panel open): no harm done. */
  send: (message: Message) => Promise<unknown>;
  storage: SessionStorage;
  /** What the hover card needs from the extension's UI layer; without it, highlights show no card. */
  hover?: HoverDeps;
}

export interface HoverDeps {
  /** The reader's UI language (from the settings) and its strings. */
  strings: (settings: Settings) => { lang: Lang; t: (key: HoverKey, subs?: Record<string, string>) => string };
  /** A quote with its citation (the speaker's role from the glossary's cards), the same text the side panel copies. */
  cite: (quote: Quote, state: PageState, lang: Lang, cards: Record<string, Card>) => string;
  copy: (text: string) => Promise<boolean>;
}

export interface ArticleSession {
  /** What the page answers the side panel and the popup: its annotations, and showing a span. */
  handlers: Handlers;
  /** Reads the page afresh (load, navigation), or clears it on a paused site, and tells the extension either way. */
  run(): Promise<void>;
  /** Stops following the storage and removes every highlight. */
  destroy(): void;
}

/** Starts a session on the page with the stored settings applied; nothing is read or painted before `run`. */
export async function startArticleSession(deps: SessionDeps): Promise<ArticleSession> {
  const { win, analyze, detectLanguage, send, storage } = deps;
  const tell = (message: Message) => void send(message).catch(() => undefined);
  let hover: HoverCard | undefined;
  const annotator = new Annotator({
    win,
    analyze,
    detectLanguage,
    // The page replaced its article after load (a client render, a late single-page navigation).
    onChange: (state) => void announce(state),
    onPaint: () => hover?.sync(),
  });
  const isPaused = (s: Settings) => s.pausedSites.includes(win.location.hostname);

  // The badge counts pinned mentions; each pinned entity on the page adds this article to its history.
  const updatePins = async () => {
    const counts = pinnedCounts(
      annotator.annotations,
      (await storage.readPins()).map((p) => p.key),
    );
    tell({ type: 'setBadge', count: [...counts.values()].reduce((a, b) => a + b, 0) });
    const s = annotator.state;
    if (isAnnotated(s))
      await storage.recordAppearances(
        { url: s.url, title: s.annotations.title, site: s.site, published: s.published },
        counts,
      );
  };
  const announce = async (state: PageReport) => {
    tell({ type: 'annotationsChanged', state });
    await updatePins();
  };

  let settings = await storage.readSettings();
  if (deps.hover && takesHoverCard(win.document)) hover = hoverCard(annotator, deps.hover, () => settings, send);
  const run = async () => announce(isPaused(settings) ? (annotator.destroy(), null) : await annotator.run());
  const stops = [
    storage.watchSettings((next) => {
      const pausedChanged = isPaused(next) !== isPaused(settings);
      settings = next;
      annotator.applySettings(next);
      if (pausedChanged) void run();
    }),
    storage.watchPins(() => void updatePins()),
  ];
  annotator.applySettings(settings);

  return {
    handlers: {
      getAnnotations: () => annotator.state,
      focusSpan: (m) => annotator.focus(m.span),
    },
    run,
    destroy() {
      stops.forEach((stop) => stop());
      hover?.destroy();
      annotator.destroy();
    },
  };
}

/** The hover card over the annotator's painted items; glossary cards come from the background, once each. */
function hoverCard(
  annotator: Annotator,
  hover: HoverDeps,
  settings: () => Settings,
  send: SessionDeps['send'],
): HoverCard {
  const cards = new Map<string, Promise<Card | null>>();
  const card = (key: string) => {
    if (!cards.has(key))
      cards.set(
        key,
        send({ type: 'getCard', key }).then(
          (c) => (c as Card | null) ?? null,
          () => null,
        ),
      );
    return cards.get(key)!;
  };
  const strings = () => hover.strings(settings());
  return createHoverCard({
    win: annotator.win,
    items: () => annotator.painted,
    describe: (item) => describeItem(item, annotator.annotations!, { ...strings(), card }),
    dir: () => (annotator.annotations?.lang === 'ar' ? 'rtl' : 'ltr'),
    lang: () => strings().lang,
    t: (key, subs) => strings().t(key, subs),
    cite: async (quote) => {
      // The speaker's card is already here: the card that offers the copy read it.
      const key = quote.speaker?.entity;
      const speaker = key ? await card(key) : null;
      return hover.cite(quote, annotator.state as PageState, strings().lang, key && speaker ? { [key]: speaker } : {});
    },
    copy: hover.copy,
    openPanel: (item) =>
      send({ type: 'openPanelAt', item }).then(
        (r) => (r as { opened?: boolean } | undefined)?.opened === true,
        () => false,
      ),
  });
}
