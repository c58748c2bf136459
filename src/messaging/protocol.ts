/**
 * The one message protocol between the content script, the background and the extension pages. Every message is
 * `{type, ...payload}`; `isMessage` checks the shape, and receivers also check that the sender is this extension.
 */
import type { Annotations, Article, Reading, Span } from '../core/types';
import type { Card } from '../glossary/compile';

/** What a page hands the panel and the popup: its annotations and where they came from. */
export interface PageState {
  url: string;
  site?: string;
  published?: string;
  annotations: Annotations;
}

/** A page whose article Hamish leaves alone, and why: it is written in a language Hamish does not read. */
export interface LeftAlone {
  url: string;
  /** The article's language, an ISO 639-1 code (`fr`, `fa`). */
  unreadLanguage: string;
}

/** What a tab reports: its annotations, why it has none, or null where the page is not an article. */
export type PageReport = PageState | LeftAlone | null;

export const isAnnotated = (r: PageReport): r is PageState => !!r && 'annotations' in r;

/** What the side panel opens at: an entity's card (by key), or a quote (by where it starts in the text). */
export type PanelItem = { kind: 'entity'; key: string } | { kind: 'quote'; start: number };

export interface Messages {
  /** Panel or popup → content script: the tab's current annotations, or why there are none. */
  getAnnotations: { req: object; res: PageReport };
  /** Panel → content script: scroll to a span of the article text and flash it. */
  focusSpan: { req: { span: Span }; res: boolean };
  /** Content script → extension pages: the tab's annotations changed (new article, re-render, navigation). */
  annotationsChanged: { req: { state: PageReport }; res: void };
  /**
   * Content script → background: the reading of the article the page extracted (its annotations, or the language it
   * is in where Hamish does not read it), made where the glossary, the models and compromise are loaded once for every
   * page, and where the language check's code is warm.
   */
  analyzeArticle: { req: { article: Article }; res: Reading };
  /** Content script → background: a page that looks like an article is being read; load what its analysis needs. */
  prepareAnalysis: { req: object; res: void };
  /** Content script → background: how many mentions of pinned entities the tab shows, for the toolbar badge. */
  setBadge: { req: { count: number }; res: void };
  /** Content script → background: the glossary's card for an entity, for the hover card; null where it has none. */
  getCard: { req: { key: string }; res: Card | null };
  /**
   * Content script → background, on a click in the hover card: open the side panel at an item. `opened` is false
   * where the browser lets only its own controls open it (Firefox's sidebar); the item waits for the panel either way.
   */
  openPanelAt: { req: { item: PanelItem }; res: { opened: boolean } };
  /** Background → side panel: an item waits for the panel of this tab; take it. */
  panelItemWaiting: { req: { tabId: number }; res: void };
  /** Side panel → background: the item waiting for this tab's panel, given once; null where none waits. */
  takePanelItem: { req: { tabId: number }; res: PanelItem | null };
}

export type MessageType = keyof Messages;
/** A message of type T; `Message` alone is the union of every message. */
export type MessageOf<T extends MessageType> = { type: T } & Messages[T]['req'];
export type Message = { [T in MessageType]: MessageOf<T> }[MessageType];

const isSpan = (x: unknown): x is Span =>
  typeof x === 'object' &&
  x !== null &&
  Number.isInteger((x as Span).start) &&
  Number.isInteger((x as Span).end) &&
  (x as Span).start >= 0 &&
  (x as Span).end >= (x as Span).start;

const isStrings = (x: unknown): x is string[] => Array.isArray(x) && x.every((p) => typeof p === 'string');
const optionalString = (x: unknown) => x === undefined || typeof x === 'string';

/** An article as `extractArticle` makes it: a headline, paragraphs, and optional strings about the page. */
const isArticle = (x: unknown): x is Article => {
  if (typeof x !== 'object' || x === null) return false;
  const a = x as Record<string, unknown>;
  return (
    typeof a.title === 'string' &&
    isStrings(a.paragraphs) &&
    ['lang', 'url', 'site', 'published', 'byline'].every((k) => optionalString(a[k]))
  );
};

const isTabId = (x: unknown) => Number.isInteger(x) && (x as number) >= 0;

const isPanelItem = (x: unknown): x is PanelItem => {
  if (typeof x !== 'object' || x === null) return false;
  const i = x as Record<string, unknown>;
  if (i.kind === 'entity') return typeof i.key === 'string' && i.key.length > 0 && i.key.length <= 200;
  return i.kind === 'quote' && Number.isInteger(i.start) && (i.start as number) >= 0;
};

const SHAPES: { [T in MessageType]: (m: Record<string, unknown>) => boolean } = {
  getAnnotations: () => true,
  focusSpan: (m) => isSpan(m.span),
  annotationsChanged: (m) =>
    m.state === null || (typeof m.state === 'object' && typeof (m.state as PageState).url === 'string'),
  analyzeArticle: (m) => isArticle(m.article),
  prepareAnalysis: () => true,
  setBadge: (m) => Number.isInteger(m.count) && (m.count as number) >= 0,
  getCard: (m) => typeof m.key === 'string' && m.key.length > 0 && m.key.length <= 200,
  openPanelAt: (m) => isPanelItem(m.item),
  panelItemWaiting: (m) => isTabId(m.tabId),
  takePanelItem: (m) => isTabId(m.tabId),
};

/** True for a well-formed message of a known type; anything else is ignored by every receiver. */
export function isMessage(x: unknown): x is Message {
  if (typeof x !== 'object' || x === null) return false;
  const type = (x as { type?: unknown }).type;
  return (
    typeof type === 'string' && Object.hasOwn(SHAPES, type) && SHAPES[type as MessageType](x as Record<string, unknown>)
  );
}

export interface Sender {
  id?: string;
  tab?: { id?: number; windowId?: number };
  frameId?: number;
}

export type Handlers = {
  [T in MessageType]?: (msg: MessageOf<T>, sender: Sender) => Messages[T]['res'] | Promise<Messages[T]['res']>;
};

/**
 * A listener for `runtime.onMessage` that answers only well-formed messages from this extension, through the
 * handler of their type. Messages it has no handler for get no answer, so another context may answer them.
 */
export function messageListener(extensionId: string, handlers: Handlers) {
  return (msg: unknown, sender: Sender): Promise<unknown> | undefined => {
    if (sender.id !== extensionId || !isMessage(msg)) return undefined;
    const handler = handlers[msg.type] as ((m: Message, s: typeof sender) => unknown) | undefined;
    if (!handler) return undefined;
    return Promise.resolve(handler(msg, sender));
  };
}
