/**
 * What every Arabic rule reads the tokens through: a view with each token's readings (without proclitics) worked out
 * once, and the shapes of words the rules share (definite, nisba, given name).
 */
import type { Proposal, TextContext } from '../context';
import { adjacent } from '../../match/name-matcher';
import type { Token } from '../../text/tokens';
import { writtenLast } from '../../text/normalize';
import type { EntityKind } from '../../types';
import { STOP } from '../../lexicon/ar/function-words';
import { INITIALS } from '../../lexicon/ar/names';
import { readings } from './readings';

/** One call's view of the tokens: readings without proclitics, computed once per token. */
export class View {
  private readings: (readonly string[] | undefined)[];
  constructor(
    readonly ctx: TextContext,
    readonly claimed: Uint8Array,
  ) {
    this.readings = new Array(ctx.tokens.length);
  }
  get tokens(): Token[] {
    return this.ctx.tokens;
  }
  read(i: number): readonly string[] {
    return (this.readings[i] ??= this.ctx.tokens[i].arabic
      ? readings(this.ctx.tokens[i].text)
      : [this.ctx.tokens[i].text]);
  }
  text(i: number): string {
    return this.ctx.tokens[i].text;
  }
  /** True where the token is a given name the rules know. */
  given(i: number): boolean {
    return this.ctx.givenNames.has(this.ctx.tokens[i].text);
  }
  /** True where the token is `و` and a given name (`وفادي`): the next person in a list, not a family name. */
  conjoined(i: number): boolean {
    const w = this.ctx.tokens[i].text;
    return w[0] === 'و' && this.ctx.givenNames.has(w.slice(1));
  }
  /** True where the token ends in alef maqsura as written (`المستوى`), which folding makes a ي (`الحسيني`). */
  maqsura(i: number): boolean {
    return writtenLast(this.ctx.norm, this.ctx.tokens[i]) === 'ى';
  }
  /**
   * True where the token ends in a pronoun as written (`فريقه`, `بلاده`, `عملها`, `لبلدهم`): a noun's, never a name's. A
   * name's ta marbuta is written ة; names in ه are short (`عبده`, `طه`) or foreign (`أوليفيه`).
   */
  pronounSuffix(i: number): boolean {
    const w = this.text(i);
    if (w.length < 5 || /(?:يه|اه|وه|الله)$/.test(w)) return false;
    return writtenLast(this.ctx.norm, this.ctx.tokens[i]) === 'ه' || /(?:ها|هم)$/.test(w);
  }
  has(i: number, set: ReadonlySet<string>): boolean {
    if (i < 0 || i >= this.ctx.tokens.length) return false;
    // A loop, not `some`: this runs for every token against every word list.
    for (const r of this.read(i)) if (set.has(r)) return true;
    return false;
  }
  /**
   * Token `j` can continue a name begun at `j - 1`: Arabic, free, right next to it (or after an initial and its dot,
   * `جون إف. كينيدي`), not a function word.
   */
  free(j: number): boolean {
    const t = this.ctx.tokens[j];
    return (
      j < this.ctx.tokens.length &&
      !this.claimed[j] &&
      t.arabic &&
      (adjacent(this.ctx.norm.text, this.ctx.tokens[j - 1], t) || this.initialBefore(j)) &&
      !this.stop(j)
    );
  }
  /** True where token `j - 1` is a Latin initial written in Arabic with its dot, and `j` follows it: `إف. كينيدي`. */
  initialBefore(j: number): boolean {
    const { tokens, norm } = this.ctx;
    const prev = tokens[j - 1];
    return j > 0 && INITIALS.has(prev.text) && /^\. ?$/.test(norm.text.slice(prev.end, tokens[j].start));
  }
  stop(j: number): boolean {
    const w = this.text(j);
    if (STOP.has(w)) return true;
    // `الله` reads as ال + `له` (to him), but in `عبد الله` it is a name.
    if (w === 'الله') return false;
    // A token that only reads as a function word with a clitic (`وقال`, `فان`) stops too; names are not read so.
    const r = this.read(j);
    return r.length > 1 && STOP.has(r[1]) && !this.ctx.givenNames.has(w) && !r.some((x) => this.ctx.givenNames.has(x));
  }
  /** The name as proposed: the first token without its proclitics, then the rest as written. */
  name(first: number, last: number, head?: string): string {
    const text = this.ctx.norm.text.slice(this.tokens[first].start, this.tokens[last].end);
    const h = head ?? this.text(first);
    return h + text.slice(this.text(first).length);
  }
}

/** A rule's proposal; `rule` names the rule for `explainEntities`. */
export const proposal = (
  first: number,
  last: number,
  kind: EntityKind,
  name: string,
  confidence: number,
  rule: string,
): Proposal => ({ first, last, kind, name, source: 'rule', confidence, rules: [rule] });

/** A definite word: the article and at least two letters (`الوزير`, not `الي`). */
export const definite = (w: string) => w.startsWith('ال') && w.length > 3;

/** True for a nisba adjective or demonym shape: `الليبي`, `الليبية`, `ليبيين`, `الباكستانيون`. */
export function isNisba(word: string): boolean {
  return word.length >= 4 && /(?:ي|يه|يين|يون|يات|يتين|يان)$/.test(word);
}

/**
 * True for a definite adjective of the fa'il shape (`الرشيدة`, `الأنيقة`, `الجديد`): after a definite head it
 * describes the thing (`الإدارة الرشيدة`, the wise management) and names nothing.
 */
export function isQualitative(word: string): boolean {
  return /^ال[^وي][^اوي]ي[^اوي]ه?$/.test(word);
}

/**
 * True for the shapes a definite adjective takes, what may follow a definite noun: a nisba (`الوطني`), fa'il and
 * fa'iil (`العامة`, `الكامل`, `الجديد`), a participle (`المتحدة`, `المستقل`, not a plural noun like `المتظاهرين`), an
 * elative (`الأعلى`, `العليا`) or a short word (`الحر`). A word of another shape is a noun (`العثور`, `اللاعبين`).
 */
export function adjectiveShape(word: string): boolean {
  return (
    isNisba(word) ||
    isQualitative(word) ||
    /^ال(?:(?:[^ا]ا[^ا]{1,2}|ا...|..يا)ه?|..)$/.test(word) ||
    (/^الم.../.test(word) && !/(?:ين|ون|ات)$/.test(word))
  );
}

/**
 * A verb by its shape, which no name has: an imperfect of the derived forms (`يتحدث`, `تتنافس`, `يستعد`, `يحاول`);
 * after و the third form's imperfect and a past in ت (`ويحاول`, `وسكنت`: a name after و is another name, never a
 * family word; the foreign names in وي, `ويستون`, keep theirs, and ف opens names, `فرحات`). Where a noun is awaited
 * (after a place noun) any imperfect in ي or ت is one too (`تقع`, `تضم`): a town spelled so is one the lexicon knows,
 * or ends in alef or ta marbuta (`يطا`); a past in ت is not, since towns end so (`سطات`).
 */
export function verbShaped(w: string, nounAwaited = false): boolean {
  const third = /^[يتن].ا.[^اىهي]$/;
  if (/^(?:[يت]ت...|يست..)/.test(w) || third.test(w)) return true;
  const bare = w.slice(1);
  if (w[0] === 'و' && (third.test(bare) || /^...ت$/.test(bare))) return true;
  if (!nounAwaited) return false;
  return /^[يتن]..../.test(w) || (/^[يت]...?$/.test(w) && !/[اىه]$/.test(w));
}

/** The reading of a token that is a given name, if any. */
export function givenReading(v: View, i: number): string | undefined {
  const w = v.text(i);
  // Given names take no article: `الملك` is a title, not `ملك`.
  for (const r of v.read(i)) if ((v.ctx.givenNames.has(r) || isCompoundGiven(r)) && !articleBefore(w, r)) return r;
  return undefined;
}

/** True where `word` is `reading` with the article before it (and perhaps clitics before that): `والمالي`, `مالي`. */
export function articleBefore(word: string, reading: string): boolean {
  const k = word.length - reading.length;
  return k >= 2 && word.charCodeAt(k - 1) === 0x644 && word.charCodeAt(k - 2) === 0x627 && word.endsWith(reading);
}

/** `عبدالله`, `عبدالرحمن`: عبد written together with the name after it. */
const isCompoundGiven = (w: string) => w.length >= 7 && w.startsWith('عبدال');
