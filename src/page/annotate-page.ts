/**
 * The page side of Hamish, with no extension API in it: extract the article, analyse it, find it on the live page
 * and paint it; repaint when the settings change; scroll to and flash a span on request. The content script wires
 * it to messages and storage.
 */
import { analyze, type Resources } from '../core/analyze';
import { detectLang } from '../core/text/lang';
import type { Annotations, HighlightKind, Lang, Span } from '../core/types';
import type { PageState } from '../messaging/protocol';
import type { Settings } from '../storage/items';
import { extractArticle } from './extract-article';
import { createPainter, type Painter } from './highlighter';
import { anchorArticle, rangesFor } from './text-map';

export interface AnnotatorDeps {
  win: Window & typeof globalThis;
  /** The analysis resources for an article's language (the glossary; compromise for English). */
  loadResources: (lang: Lang) => Promise<Resources>;
}

const FLASH_MS = 1200;

/** The spans each kind of highlight covers. */
function spansByKind(a: Annotations): Record<HighlightKind, Span[]> {
  const of = (k: HighlightKind) => a.mentions.filter((m) => m.kind === k);
  return { person: of('person'), place: of('place'), organization: of('organization'), demonym: of('demonym'), quote: a.quotes, vague: a.vague };
}

export class Annotator {
  state: PageState | null = null;
  private painter: Painter;
  private settings: Settings | undefined;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private deps: AnnotatorDeps) {
    this.painter = createPainter(deps.win);
  }

  /** Reads the page afresh; resolves to the new state (null where the page holds no article). */
  async run(): Promise<PageState | null> {
    const { win } = this.deps;
    this.painter.clear();
    const article = extractArticle(win.document);
    if (!article) return (this.state = null);
    const lang = detectLang(article.lang, article.title + ' ' + article.paragraphs.slice(0, 3).join(' '));
    const annotations = analyze(article, await this.deps.loadResources(lang));
    this.state = { url: win.location.href, site: article.site, published: article.published, annotations };
    this.paint();
    return this.state;
  }

  applySettings(settings: Settings): void {
    this.settings = settings;
    this.paint();
  }

  /** Scrolls the span into view and flashes it; false where the page does not show it. */
  focus(span: Span): boolean {
    const a = this.state?.annotations;
    if (!a) return false;
    const ranges = rangesFor(a.text, span, a.blocks, anchorArticle(this.deps.win.document, this.blockTexts()));
    if (ranges.length === 0) return false;
    const { win } = this.deps;
    const rect = ranges[0].getBoundingClientRect();
    win.scrollTo({ top: Math.max(0, rect.top + win.scrollY - win.innerHeight / 3), behavior: 'smooth' });
    clearTimeout(this.flashTimer);
    this.painter.paint('flash', ranges);
    this.flashTimer = setTimeout(() => this.painter.paint('flash', []), FLASH_MS);
    return true;
  }

  destroy(): void {
    clearTimeout(this.flashTimer);
    this.painter.clear();
    this.state = null;
  }

  private blockTexts(): string[] {
    const a = this.state!.annotations;
    return a.blocks.map((b) => a.text.slice(b.start, b.end));
  }

  private paint(): void {
    const a = this.state?.annotations;
    if (!a || !this.settings) return;
    this.painter.clear();
    if (this.settings.hidden) return;
    const spans = spansByKind(a);
    let anchors: ReturnType<typeof anchorArticle> | undefined;
    for (const kind of Object.keys(spans) as HighlightKind[]) {
      if (!this.settings.kinds[kind]) continue;
      // A painter that splits text nodes needs a fresh map after each kind; the highlight API needs one in all.
      const current = !anchors || this.painter.mutates ? (anchors = anchorArticle(this.deps.win.document, this.blockTexts())) : anchors;
      this.painter.paint(kind, spans[kind].flatMap((s) => rangesFor(a.text, s, a.blocks, current)));
    }
  }
}
