/**
 * The page side of Hamish, with no extension API in it: extract the article, analyse it, find it on the live page
 * and paint it; repaint when the settings change, or when the page re-renders or replaces its article; scroll to and
 * flash a span on request. The content script wires it to messages and storage.
 */
import { articleText } from '../core/article-text';
import type { Annotations, Article, Claim, HighlightKind, Mention, Quote, Reading, Span, Vague } from '../core/types';
import { isAnnotated, type PageReport } from '../messaging/protocol';
import type { Settings } from '../storage/items';
import { browserUnreadLanguage, type DetectLanguage } from './article-language';
import { extractArticle } from './extract-article';
import { createPainter, type Painter } from './highlighter';
import { anchorArticle, rangesFor, type Anchor } from './text-map';

export interface AnnotatorDeps {
  win: Window & typeof globalThis;
  /** The reading of an article, from wherever the analysis runs (the extension's background; the core in tests). */
  analyze: (article: Article) => Promise<Reading>;
  /** The browser's language detector, a second opinion on an article's language where the browser has one. */
  detectLanguage?: DetectLanguage;
  /** Told of a state the annotator reached by itself: the page replaced its article after load (a client-side
   * render, a single-page navigation that rendered late), so the side panel can follow. */
  onChange?: (state: PageReport) => void;
  /** Told whenever what is painted changed (`painted` holds it), so the hover card follows. */
  onPaint?: () => void;
}

const FLASH_MS = 1200;
/** Quiet time after the page changes its article before we repaint: a re-render comes in bursts. */
const REFRESH_MS = 250;
/** The least time between two readings of the page we start ourselves. */
const RERUN_GAP_MS = 1000;
/** How long after a reading that found no article the page may still render one (a client-rendered shell). */
const LATE_MS = 10_000;

/** A performance mark for each step of a run (`hamish:start`, `extracted`, `asked` (the article handed to the
 * analysis), `analysed`, `painted`, and `done` at the end of every run, article or not): `npm run bench` reads them in Chromium, the end-to-end tests wait
 * for `done`. A page's broken `performance` never stops us. */
function mark(win: Window, step: string): void {
  try {
    win.performance?.mark?.(`hamish:${step}`);
  } catch {
    // A page may have replaced or frozen `performance`; timing is not worth failing over.
  }
}

/** The text of each block of an article's text (the headline first), as the page is searched for them. */
function blockTexts({ text, blocks }: { text: string; blocks: Span[] }): string[] {
  return blocks.map((b) => text.slice(b.start, b.end));
}

/** A painted item (a mention, a quote, a vague source, a claim) and where it stands on the page: what a hover card answers for. */
export interface PaintedItem {
  kind: HighlightKind;
  /** The mention, quote, vague source or claim itself, as the annotations hold it. */
  item: Mention | Quote | Vague | Claim;
  ranges: Range[];
}

/** The spans each kind of highlight covers. */
function spansByKind(a: Annotations): Record<HighlightKind, (Mention | Quote | Vague | Claim)[]> {
  const of = (k: HighlightKind) => a.mentions.filter((m) => m.kind === k);
  return {
    person: of('person'),
    place: of('place'),
    organization: of('organization'),
    demonym: of('demonym'),
    quote: a.quotes,
    vague: a.vague,
    claims: a.claims,
  };
}

export class Annotator {
  /** The page's annotations, why it has none (an article in a language we do not read), or null: no article. */
  state: PageReport = null;
  private painter: Painter;
  private settings: Settings | undefined;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;
  /** The span of the last jump: after the flash it keeps a quiet mark until the next jump, across repaints. */
  private jumped: Span | undefined;
  /** Every painted item with its live ranges, in text order; empty while nothing is painted. */
  painted: PaintedItem[] = [];
  /** Watches the page for changes to the article we painted (or to the page while we read it). */
  private observer: MutationObserver | undefined;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  /** The elements the painted article stands in; empty where none of it was found on the page. */
  private roots: Node[] = [];
  /** Runs in flight, the latest run's number, and whether the page changed while one ran. */
  private running = 0;
  private generation = 0;
  private changedMeanwhile = false;
  private lastRun = 0;
  /** When the content script last asked for a reading (load, navigation). */
  private askedAt = 0;
  /** The page holds the article we analysed but it cannot be placed on it: stop reacting to its changes. */
  private unplaceable = false;
  /** The article found on the page while the background read it, for the first paint of its annotations. */
  private prepared: { texts: string[]; anchors: (Anchor | null)[] } | undefined;

  constructor(private deps: AnnotatorDeps) {
    this.painter = createPainter(deps.win);
  }

  /** The window the annotator paints in. */
  get win(): Window & typeof globalThis {
    return this.deps.win;
  }

  /** The annotations painted on the page, where there are any. */
  get annotations(): Annotations | undefined {
    return isAnnotated(this.state) ? this.state.annotations : undefined;
  }

  /** Reads the page afresh; resolves to the new state (null where the page holds no article). */
  run(): Promise<PageReport> {
    this.askedAt = Date.now();
    return this.read();
  }

  private async read(): Promise<PageReport> {
    const { win } = this.deps;
    const generation = ++this.generation;
    this.running++;
    this.lastRun = Date.now();
    this.changedMeanwhile = false;
    this.unplaceable = false;
    this.watch();
    this.quietly(() => this.painter.clear());
    this.roots = [];
    this.painted = [];
    this.prepared = undefined;
    this.jumped = undefined;
    this.deps.onPaint?.();
    mark(win, 'start');
    try {
      const article = extractArticle(win.document);
      mark(win, 'extracted');
      if (!article) return (this.state = null);
      // The article leaves for the background at once, which also checks its language with code already warm there;
      // the browser's second opinion on the language and the finding of the article on the page run here meanwhile
      // (each a few milliseconds of code running for the first time in this page: a reader waited for them when they
      // came first).
      const analysis = this.deps.analyze(article);
      analysis.catch(() => undefined); // awaited below, unless the browser's detector or a later run makes it moot
      mark(win, 'asked');
      const laid = articleText(article);
      const theirs = browserUnreadLanguage(laid.text, this.deps.detectLanguage);
      const texts = blockTexts(laid);
      this.prepared = { texts, anchors: anchorArticle(win.document, texts) };
      const unread = await theirs;
      // A later run (a navigation meanwhile) has read the page since: its result stands.
      if (generation !== this.generation) return this.state;
      // An article the browser finds in another language drops its analysis.
      if (unread) return (this.state = { url: win.location.href, unreadLanguage: unread });
      const reading = await analysis;
      if (generation !== this.generation) return this.state;
      if ('unreadLanguage' in reading)
        return (this.state = { url: win.location.href, unreadLanguage: reading.unreadLanguage });
      const { annotations } = reading;
      mark(win, 'analysed');
      this.state = { url: win.location.href, site: article.site, published: article.published, annotations };
      this.paint();
      mark(win, 'painted');
      return this.state;
    } finally {
      this.running--;
      // The page changed while we read it (a single-page site renders the next article after its URL changed, a
      // client render replaces the server's): look again once it is quiet.
      if (this.changedMeanwhile && generation === this.generation) this.scheduleRefresh();
      mark(win, 'done');
    }
  }

  applySettings(settings: Settings): void {
    this.settings = settings;
    this.paint();
  }

  /** The live ranges of a span of the text; none where the page does not show it. */
  private rangesOf(span: Span): Range[] {
    const a = this.annotations;
    if (!a) return [];
    return rangesFor(a.text, span, a.blocks, anchorArticle(this.deps.win.document, this.blockTexts()));
  }

  /**
   * Scrolls the span into view and flashes it; false where the page does not show it. After the flash a quiet mark
   * stays on it until the next jump, so a reader who looked away finds where the panel took them.
   */
  focus(span: Span): boolean {
    const ranges = this.rangesOf(span);
    if (ranges.length === 0) return false;
    const { win } = this.deps;
    const rect = ranges[0].getBoundingClientRect();
    win.scrollTo({ top: Math.max(0, rect.top + win.scrollY - win.innerHeight / 3), behavior: 'smooth' });
    clearTimeout(this.flashTimer);
    this.jumped = { start: span.start, end: span.end };
    this.quietly(() => this.painter.paint('jumped', []));
    this.quietly(() => this.painter.paint('flash', this.painter.mutates ? this.rangesOf(span) : ranges));
    this.flashTimer = setTimeout(() => {
      this.quietly(() => this.painter.paint('flash', []));
      this.paintJumped();
      if (this.painter.mutates) this.refreshPainted();
    }, FLASH_MS);
    if (this.painter.mutates) this.refreshPainted();
    return true;
  }

  private paintJumped(): void {
    if (!this.jumped || this.settings?.hidden) return;
    const ranges = this.rangesOf(this.jumped);
    this.quietly(() => this.painter.paint('jumped', ranges));
  }

  destroy(): void {
    this.painted = [];
    this.jumped = undefined;
    this.deps.onPaint?.();
    clearTimeout(this.flashTimer);
    clearTimeout(this.refreshTimer);
    this.observer?.disconnect();
    this.observer = undefined;
    this.quietly(() => this.painter.clear());
    this.state = null;
  }

  private blockTexts(): string[] {
    return blockTexts(this.annotations!);
  }

  /** The article on the live page: as found while the background read it where that still holds (same blocks, the
   * page unchanged since), found afresh otherwise. */
  private anchors(): (Anchor | null)[] {
    const texts = this.blockTexts();
    const ready = this.prepared;
    this.prepared = undefined;
    if (ready && !this.changedMeanwhile && ready.texts.join('\n') === texts.join('\n')) return ready.anchors;
    return anchorArticle(this.deps.win.document, texts);
  }

  private paint(): void {
    const a = this.annotations;
    if (!a || !this.settings) return;
    this.quietly(() => this.painter.clear());
    this.painted = [];
    if (this.settings.hidden) return this.deps.onPaint?.();
    const spans = spansByKind(a);
    let anchors: ReturnType<typeof anchorArticle> | undefined;
    for (const kind of Object.keys(spans) as HighlightKind[]) {
      if (!this.settings.kinds[kind]) continue;
      // A painter that splits text nodes needs a fresh map after each kind; the highlight API needs one in all.
      const current = !anchors || this.painter.mutates ? (anchors = this.anchors()) : anchors;
      const items = spans[kind].map((item) => ({ kind, item, ranges: rangesFor(a.text, item, a.blocks, current) }));
      this.painted.push(...items);
      this.quietly(() =>
        this.painter.paint(
          kind,
          items.flatMap((i) => i.ranges),
        ),
      );
    }
    if (anchors) this.roots = [...new Set(anchors.flatMap((x) => (x ? [x.map.root] : [])))];
    this.painted.sort((x, y) => x.item.start - y.item.start || y.item.end - x.item.end);
    this.paintJumped();
    if (this.painter.mutates) this.refreshPainted();
    this.deps.onPaint?.();
  }

  /** Where the painter splits text nodes, every painted item's ranges taken again after the last paint. */
  private refreshPainted(): void {
    const a = this.annotations;
    if (!a) return;
    const anchors = anchorArticle(this.deps.win.document, this.blockTexts());
    for (const p of this.painted) p.ranges = rangesFor(a.text, p.item, a.blocks, anchors);
  }

  /** Paints without hearing our own changes (the fallback painter wraps and unwraps text nodes). */
  private quietly(fn: () => void): void {
    fn();
    if (this.painter.mutates) this.observer?.takeRecords();
  }

  /** Listens for the page changing its article under what we painted. Custom highlights hold live ranges: when the
   * page replaces the nodes they collapse and show nothing; when it rewrites text in place they would cover other
   * words. Either way the article is placed again, or read again where it is gone. */
  private watch(): void {
    const { win } = this.deps;
    if (this.observer || typeof win.MutationObserver !== 'function') return;
    this.observer = new win.MutationObserver((records) => {
      if (this.running) {
        this.changedMeanwhile = true;
        return;
      }
      if (this.annotations) {
        if (!this.unplaceable && records.some((r) => this.concerns(r))) this.scheduleRefresh();
      } else if (!this.state && Date.now() - this.askedAt < LATE_MS && records.some((r) => r.addedNodes.length > 0)) {
        // No article yet: a client-rendered page may be putting it in now.
        this.scheduleRefresh();
      }
    });
    this.observer.observe(win.document, { childList: true, characterData: true, subtree: true });
  }

  /** A change inside the painted article, or one that takes it off the page; any change where none of it was found. */
  private concerns(r: MutationRecord): boolean {
    if (this.roots.length === 0) return true;
    return this.roots.some((root) => !root.isConnected || root.contains(r.target));
  }

  private scheduleRefresh(delay = REFRESH_MS): void {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => void this.refresh(), delay);
  }

  /** Places the article again after the page changed it, or reads the page again where the article is gone (or was
   * not there yet). */
  private async refresh(): Promise<void> {
    if (this.running) return;
    const a = this.annotations;
    if (!a) {
      const wait = this.lastRun + RERUN_GAP_MS - Date.now();
      if (wait > 0) return this.scheduleRefresh(wait);
      const state = await this.read();
      if (state) this.deps.onChange?.(state);
      return;
    }
    if (!this.settings || this.settings.hidden) return;
    const { win } = this.deps;
    if (anchorArticle(win.document, this.blockTexts()).some(Boolean)) return this.paint();
    const article = extractArticle(win.document);
    if (article && articleText(article).text === a.text) {
      // Still the same article, and none of it can be found on the page: nothing to paint, nothing to chase.
      this.unplaceable = true;
      return;
    }
    const wait = this.lastRun + RERUN_GAP_MS - Date.now();
    if (wait > 0) return this.scheduleRefresh(wait);
    // (Read first: an optional call skips evaluating its argument where there is no callback.)
    const state = await this.read();
    this.deps.onChange?.(state);
  }
}
