/**
 * Terms for salience: light stems over folded tokens (Arabic clitics and common suffixes off, English inflections
 * off), with function words left out. Not a morphological analyser; enough that `الزيارة`, `زيارة` and `وزيارته`
 * count as one term, and `talks`, `talked` as one.
 */
import { fold } from '../text/normalize';

const words = (s: string) => new Set(fold(s).trim().split(/\s+/));

const AR_STOP = words(`في من على إلى الى عن مع أن إن ان لا ما لم لن قد كان كانت كانوا يكون تكون هذا هذه ذلك تلك هؤلاء
  التي الذي الذين اللذين اللتين هو هي هم هما نحن أنا أنت كل بعض غير بين عند عندما حيث حين إذ إذا لكن بل أو أم ثم
  كما مثل منذ حتى خلال بعد قبل أمام فوق تحت نحو حول ضمن لدى وقد فقد وكان وكانت أي أيضا أيضاً كذلك فيما بينما إلا
  قال يقول تقول قالت أضاف يضيف تضيف أكد يؤكد أشار يشير وأشار ويقول وقال وتقول ذكر وذكر رأى يرى ويرى عليه عليها فيه فيها
  منه منها إليه إليها به بها له لها لهم عن عليهم أنه أنها إنه إنها بأن وأن وإن فإن لأن وفق بحسب وبحسب وفي ومن وعلى
  جدا جداً فقط اليوم أمس العام الماضي المقبل الحالي نفسه نفسها ذاته ذاتها عدد عدة أكثر أقل`);

const EN_STOP = new Set(
  `a an the and or but if of in on at to for from by with about as into over after before
  between during under without within is are was were be been being has have had do does did will would can could may
  might shall should must not no nor so than that this these those it its they them their he him his she her we our
  you your i me my who whom whose which what when where while how why all any both each few more most other some such
  only own same too very just also said says say told added according there here then now up out said mr mrs ms one
  two three new last next year years week month day days time times people`.split(/\s+/),
);

const AR_PREFIXES = ['وبال', 'وال', 'فال', 'بال', 'كال', 'لل', 'ال', 'وب', 'ول', 'فب', 'فل', 'و', 'ف', 'ب', 'ل', 'ك'];
const AR_SUFFIXES = ['هما', 'كما', 'تين', 'ات', 'ون', 'ين', 'ان', 'ها', 'هم', 'نا', 'يه', 'ه', 'ي', 'ت'];
/** A plural ending needs a longer stem before it (`تعاون` is no plural of `تعا`). */
const minStem = (suffix: string) => (suffix === 'ون' || suffix === 'ين' || suffix === 'ان' ? 4 : 3);

/** The stem of one folded Arabic token, or '' for a function word. */
export function arabicStem(w: string): string {
  if (AR_STOP.has(w) || w.length < 2) return '';
  let s = w;
  for (const p of AR_PREFIXES) {
    if (s.startsWith(p) && s.length - p.length >= 3) {
      s = s.slice(p.length);
      break;
    }
  }
  if (AR_STOP.has(s)) return '';
  for (const x of AR_SUFFIXES) {
    if (s.endsWith(x) && s.length - x.length >= minStem(x)) {
      s = s.slice(0, -x.length);
      break;
    }
  }
  return s;
}

/** The stem of one lower-cased English token, or '' for a function word. */
export function englishStem(w: string): string {
  if (EN_STOP.has(w) || w.length < 3 || /^\d+$/.test(w)) return '';
  let s = w;
  if (s.endsWith('ies') && s.length > 4) s = s.slice(0, -3) + 'y';
  else if (s.endsWith('ing') && s.length > 5) s = s.slice(0, -3);
  else if (s.endsWith('ed') && s.length > 4) s = s.slice(0, -2);
  else if (s.endsWith('es') && s.length > 4 && /(ss|sh|ch|x)es$/.test(s)) s = s.slice(0, -2);
  else if (s.endsWith('s') && !s.endsWith('ss') && s.length > 3) s = s.slice(0, -1);
  return s;
}

// --- The same stems as hashes, without building strings (the summary's inner loop) -------------------------------

const FNV = 2166136261;
const mix = (h: number, c: number) => Math.imul(h ^ c, 16777619);

/** FNV-1a of `s[from..to)` in 30 bits (a small integer for the engine), never 0. */
function hashRange(s: string, from: number, to: number, h = FNV): number {
  for (let i = from; i < to; i++) h = mix(h, s.charCodeAt(i));
  return h & 0x3fffffff || 1;
}

/** Hash of a whole string, as `termHash` computes it for a stem. */
export const hashTerm = (s: string): number => hashRange(s, 0, s.length);

const AR_STOP_H = new Set([...AR_STOP].map(hashTerm));
const EN_STOP_H = new Set([...EN_STOP].map(hashTerm));
const AR_PREFIX_CODES = AR_PREFIXES.map((p) => [...p].map((c) => c.charCodeAt(0)));
const AR_SUFFIX_CODES = AR_SUFFIXES.map((p) => [...p].map((c) => c.charCodeAt(0)));
const AR_SUFFIX_MIN = AR_SUFFIXES.map(minStem);

const startsAt = (w: string, at: number, codes: number[]) => {
  for (let k = 0; k < codes.length; k++) if (w.charCodeAt(at + k) !== codes[k]) return false;
  return true;
};

/**
 * The hash of `arabicStem(w)` (or of `englishStem` of `w` lower-cased), 0 for a function word: equal stems, equal
 * hashes. A collision between two stems only merges their counts.
 */
export function termHash(w: string, english: boolean): number {
  return english ? englishHash(w) : arabicHash(w);
}

function arabicHash(w: string): number {
  const n = w.length;
  if (n < 2) return 0;
  const whole = hashRange(w, 0, n);
  if (AR_STOP_H.has(whole)) return 0;
  let a = 0;
  for (const p of AR_PREFIX_CODES) {
    if (n - p.length >= 3 && startsAt(w, 0, p)) {
      a = p.length;
      break;
    }
  }
  if (a && AR_STOP_H.has(hashRange(w, a, n))) return 0;
  let b = n;
  for (let k = 0; k < AR_SUFFIX_CODES.length; k++) {
    const x = AR_SUFFIX_CODES[k];
    if (b - a - x.length >= AR_SUFFIX_MIN[k] && startsAt(w, b - x.length, x)) {
      b -= x.length;
      break;
    }
  }
  return hashRange(w, a, b);
}

function englishHash(w: string): number {
  const n = w.length;
  if (n < 3) return 0;
  let h = FNV;
  let digits = true;
  for (let i = 0; i < n; i++) {
    let c = w.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) c += 32;
    if (c < 0x30 || c > 0x39) digits = false;
    h = mix(h, c);
  }
  if (digits || EN_STOP_H.has(h & 0x3fffffff || 1)) return 0;
  const lc = (i: number) => {
    const c = w.charCodeAt(i);
    return c >= 0x41 && c <= 0x5a ? c + 32 : c;
  };
  const ends = (suf: string) => {
    if (n < suf.length) return false;
    for (let k = 0; k < suf.length; k++) if (lc(n - suf.length + k) !== suf.charCodeAt(k)) return false;
    return true;
  };
  const lower = (to: number, extra = '') => {
    let x = FNV;
    for (let i = 0; i < to; i++) x = mix(x, lc(i));
    for (let k = 0; k < extra.length; k++) x = mix(x, extra.charCodeAt(k));
    return x & 0x3fffffff || 1;
  };
  if (ends('ies') && n > 4) return lower(n - 3, 'y');
  if (ends('ing') && n > 5) return lower(n - 3);
  if (ends('ed') && n > 4) return lower(n - 2);
  if (ends('es') && n > 4 && (ends('sses') || ends('shes') || ends('ches') || ends('xes'))) return lower(n - 2);
  if (ends('s') && !ends('ss') && n > 3) return lower(n - 1);
  return h & 0x3fffffff || 1;
}
