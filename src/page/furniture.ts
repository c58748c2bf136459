/**
 * Page furniture Readability keeps inside an article: captions and photo credits, bylines and contributor lines,
 * date-and-views lines, app promotions, market tickers, lists of related headlines, the headline again. None of it is
 * the article, and all of it got highlighted (a photographer as a person, `DJI` as an organisation, `حوار: آسيا
 * العتروس` giving the place Asia). Removed as classes: first by structure (what the markup says an element is), then
 * by pattern (what a line of text looks like where the markup says nothing).
 */
import { BLOCK_TAGS, collapse, type TextBlock } from './text-blocks';

/** A class or id word of an element that holds furniture (`photo-credit`, `byline`, `related_links`). */
const FURNITURE_NAME =
  /(?:^|[_-])(?:caption|credits?|bylines?|author|contributors?|related|promo|promotion|ticker|newsletter|app-?banner|dateline|views)(?:$|[_-])/i;
/** A word that says the element has no such furniture, or only a switch for it (`no_caption`, `has-caption`). */
const ABOUT_FURNITURE = /^(?:no|has|with|without|show|hide|toggle)[_-]/i;
/** The most words an id may have and still name what the element is; longer ids are slugs of a heading's text. */
const ID_WORDS = 3;

/** Markup that says what it holds: captions, and the schema's and the web's author fields. */
const FURNITURE_SELECTOR = 'figcaption, [itemprop=author], [rel=author]';

/** The largest share of the article one marked element may take: past it the mark is on a wrapper of the article
 * (`story-body has-share`), not on furniture. */
const MAX_SHARE = 0.25;

const isBlock = (el: Element) => BLOCK_TAGS.has(el.tagName.toUpperCase());

/** True where text or an inline element with text stands next to the node, before the next block. */
function inlineNeighbour(node: Node | null, step: (n: Node) => Node | null): boolean {
  for (let n = node; n; n = step(n)) {
    if (n.nodeType === 1 && isBlock(n as Element)) return false;
    if ((n.textContent ?? '').trim()) return true;
  }
  return false;
}

/**
 * True for an element that is a block of its own: a block element, or an inline one with no text beside it up to
 * the blocks around it. A name inside a sentence (`said <span class="author">…</span>`) stays, or the paragraph would
 * no longer be the page's.
 */
function standsAlone(el: Element): boolean {
  if (isBlock(el)) return true;
  if (inlineNeighbour(el.previousSibling, (n) => n.previousSibling)) return false;
  if (inlineNeighbour(el.nextSibling, (n) => n.nextSibling)) return false;
  const parent = el.parentElement;
  return !parent || isBlock(parent) || standsAlone(parent);
}

/** True where the element's tag (a custom element: `news-byline`), class, or short id names furniture. */
function namedFurniture(el: Element): boolean {
  const id = el.getAttribute('id') ?? '';
  const words = [el.tagName.toLowerCase(), ...(el.getAttribute('class') ?? '').split(/\s+/)];
  if (id.split(/[_-]/).length <= ID_WORDS) words.push(id);
  return words.some((w) => FURNITURE_NAME.test(w) && !ABOUT_FURNITURE.test(w));
}

/** Removes the elements the markup marks as furniture: by tag and schema, or by the words of their class and id. */
export function removeMarkedFurniture(root: Element): void {
  const total = collapse(root.textContent ?? '').length;
  const marked = (el: Element) => el.matches(FURNITURE_SELECTOR) || namedFurniture(el);
  for (const el of [...root.querySelectorAll('*')]) {
    if (!root.contains(el) || !marked(el) || !standsAlone(el)) continue;
    if (collapse(el.textContent ?? '').length <= total * MAX_SHARE) el.remove();
  }
}

/** A line of a photo credit: a copyright sign, a credit label, an agency and its photographer (`REUTERS/Name`). */
const PHOTO_CREDIT = [
  /^(?:©|\(c\)\s|copyright\b|photo(?:graph)?s?\s*(?::|by\b)|image\s*(?::|by\b)|pictures?\s*:|credits?\s*:)/i,
  /(?:^|\s)(?:©|\bREUTERS\s*\/|\bAFP\s*\/|\bAP\s*(?:Photo)?\s*\/|\bEPA\s*\/|Getty Images)/,
  /^(?:الصورة|صورة|تصوير|عدسة)\s*[:(]/u,
];

/** Contributor lines of agency copy: `(Reporting by …; Editing by …)`, `Additional reporting by …`. */
const AGENCY_BYLINE = /^\(?\s*(?:additional\s+)?(?:reporting|writing|editing|compiled|research|translation)\s+by\b/i;

/** A byline alone on its line: `By Name Surname`, `حوار: …`, `كتب …`, `بقلم …`. */
const BYLINE = [
  /^[Bb]y\s+\p{Lu}[\p{L}.'-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}.'-]*){0,5}$/u,
  /^(?:حوار|كتب|كتبت|بقلم|إعداد|اعداد|تحرير|ترجمة|متابعة|مراسل|مراسلة)\s*[:：]/u,
  /^(?:كتب|كتبت|بقلم)\s+\S+(?:\s+\S+){0,3}$/u,
];

/** An app promotion: download or follow us on the app, in English or Arabic. A sentence that only names a store
 * (`available to rent on Google Play`) is prose. */
const APP_PROMO = [
  /\b(?:download|get|install|try)\s+(?:the|our)\s+(?:[\p{L}\d]+\s+){0,3}app\b/iu,
  /^(?:get it on|download (?:it )?on|available on)\s+(?:the\s+)?(?:App Store|Google Play)\b/i,
  /(?:حمّ?ل|حمِّل|نزّ?ل|حمّلوا|نزّلوا|تابعونا|تابعوا|اشترك)[^.]{0,40}تطبيق/u,
];

/** Views or reads counted on a date line. */
const VIEWS = /\d[\d,.]*\s*(?:views|reads|مشاهدة|مشاهدات|قراءة|قراءات)/iu;

/** Words of a date line: months, weekdays and the labels around them, in English and Arabic. */
const DATE_WORDS = new Set(
  (
    'jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august september ' +
    'october november december mon tue wed thu fri sat sun monday tuesday wednesday thursday friday saturday sunday ' +
    'am pm gmt utc updated published posted last on at ' +
    'كانون الثاني شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين الأول يناير فبراير مارس أبريل ابريل مايو يونيو ' +
    'يوليو أغسطس اغسطس سبتمبر أكتوبر اكتوبر نوفمبر ديسمبر الاثنين الإثنين الثلاثاء الأربعاء الاربعاء الخميس الجمعة ' +
    'السبت الأحد الاحد ص م آخر تحديث نشر في تاريخ النشر'
  ).split(' '),
);

/** The most words a line of furniture has: longer lines are prose that happens to mention a credit or an app. */
const SHORT = 25;

const wordsOf = (text: string) => text.split(/[\s,،|/•·:()\-–—]+/u).filter(Boolean);

/** A date-and-time line, with or without a count of views: a few words, nearly all of them dates and labels. */
function isDateLine(words: string[]): boolean {
  if (words.length > 12) return false;
  const dateish = words.filter((w) => /^[\d٠-٩.:/]+$/u.test(w) || DATE_WORDS.has(w.toLowerCase())).length;
  return dateish >= 2 && dateish / words.length >= 0.7;
}

/** A line of market quotes: symbols and figures with their changes (`DJI 33,120 +0.4% SPX 4,100 −0.2%`). */
function isTickerLine(words: string[]): boolean {
  if (words.length < 4 || words.length > 60) return false;
  const figures = words.filter((w) => /^[+\-−]?[\d.,]+%?$/u.test(w)).length;
  const symbols = words.filter((w) => /^[.^]?[A-Z]{2,6}[a-z]?\d?$/u.test(w)).length;
  const changes = words.some((w) => /%$|^[+\-−]\d/u.test(w));
  return changes && figures / words.length >= 0.4 && (figures + symbols) / words.length >= 0.8;
}

/** The furniture class a line of text belongs to, or undefined for a line of the article. */
export function furnitureLine(text: string, headline: string): string | undefined {
  if (text === headline) return 'repeated headline';
  const words = wordsOf(text);
  if (isTickerLine(words)) return 'ticker';
  if (words.length > SHORT) return undefined;
  if (PHOTO_CREDIT.some((re) => re.test(text))) return 'photo credit';
  if (AGENCY_BYLINE.test(text)) return 'agency byline';
  if (BYLINE.some((re) => re.test(text))) return 'byline';
  if (APP_PROMO.some((re) => re.test(text))) return 'app promotion';
  if (VIEWS.test(text) || isDateLine(words)) return 'date line';
  return undefined;
}

/** Labels of a list of related headlines. */
const RELATED_LABEL =
  /^(?:related|read more|read also|more from|more on this|see also|you may also like|اقرأ أيضاً?|اقرأ ايضاً?|اقرأ المزيد|مواضيع ذات صلة|أخبار ذات صلة|ذات صلة|المزيد)\s*:?$/iu;

/** The fewest words a list's items have on average to be headlines: a list of names or products is shorter. */
const HEADLINE_WORDS = 5;

/** True for a run of blocks that reads as related headlines: links, each a headline's length on average. */
function headlineList(run: TextBlock[]): boolean {
  if (run.length < 2) return false;
  return run.reduce((n, b) => n + wordsOf(b.text).length, 0) / run.length >= HEADLINE_WORDS;
}

/**
 * The article's blocks without furniture: lines of the classes above, and lists of related headlines (two or more
 * blocks in a row that are nothing but links, with the label before them).
 */
export function withoutFurniture(blocks: TextBlock[], headline: string): string[] {
  const keep = blocks.map((b) => !furnitureLine(b.text, headline));
  for (let i = 0; i < blocks.length;) {
    let j = i;
    while (j < blocks.length && blocks[j].linked) j++;
    if (headlineList(blocks.slice(i, j))) {
      keep.fill(false, i, j);
      if (i > 0 && RELATED_LABEL.test(blocks[i - 1].text)) keep[i - 1] = false;
    }
    i = Math.max(j, i + 1);
  }
  return blocks.filter((_, i) => keep[i]).map((b) => b.text);
}
