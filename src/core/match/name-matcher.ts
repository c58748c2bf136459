/**
 * A token trie over names, shared by every script and by glossary and rule lexicons alike. Names are folded and
 * tokenised exactly as the text is, so one lookup serves both. Arabic heads match through their proclitics
 * (`وباكستان` finds `باكستان`); English tokens compare case-insensitively, and the caller decides what case it needs.
 */
import { proclitics, tokenize, type Token } from '../text/tokens';
import { fold } from '../text/normalize';

/** A trie node; its map and list are made only when something goes in them (most nodes are leaves). */
interface Node<T> {
  next?: Map<string, Node<T>>;
  values?: T[];
}

export interface NameHit<T> {
  /** Index of the first and last token of the match (inclusive). */
  first: number;
  last: number;
  /** The reading of the first token that matched (the token without its proclitics). */
  head: string;
  values: T[];
}

const KEEP_ARTICLE = { article: false } as const;

const key = (t: Token) => (t.arabic ? t.text : t.text.toLowerCase());

/**
 * A name as the matcher compares it: folded, tokenised as the text is, each token's key (English lowercased). A
 * hyphenated name gives a second spelling with spaces (`Al-Bayda`, `Al Bayda`). Empty for a name with no word.
 */
export function nameKeys(name: string): string[][] {
  const folded = fold(name);
  const spellings = [folded];
  if (/\p{L}-\p{L}/u.test(folded)) spellings.push(folded.replace(/(\p{L})-(?=\p{L})/gu, '$1 '));
  return spellings.map((s) => tokenize(s).map(key)).filter((keys) => keys.length > 0);
}

/**
 * True where nothing but spaces or a hyphen stands between two tokens, so a name never runs across punctuation; or
 * where a dot alone joins two single letters of an initialism (`U.S.`, `U.N.`), whose letters are one name.
 */
export function adjacent(text: string, a: Token, b: Token): boolean {
  if (a.end - a.start === 1 && b.end - b.start === 1 && b.start === a.end + 1 && text[a.end] === '.')
    return /[A-Za-z]/.test(text[a.start]) && /[A-Za-z]/.test(text[b.start]);
  for (let i = a.end; i < b.start; i++) {
    const c = text[i];
    if (c !== ' ' && c !== '-' && c !== '\u2013') return false;
  }
  return b.start - a.end <= 3;
}

export class NameMatcher<T> {
  private root: Node<T> = {};
  private longest = 0;

  /** Adds a name; `value` is returned with every match of it. Returns false for a name with no word in it. */
  add(name: string, value: T): boolean {
    const spellings = nameKeys(name);
    for (const keys of spellings) this.addKeys(keys, value);
    return spellings.length > 0;
  }

  /** Adds a name already cut into its keys (`nameKeys`), as the build step stores the glossary's. */
  addKeys(keys: readonly string[], value: T): void {
    let node = this.root;
    for (const k of keys) {
      node.next ??= new Map();
      let child = node.next.get(k);
      if (!child) node.next.set(k, (child = {}));
      node = child;
    }
    node.values ??= [];
    if (!node.values.includes(value)) node.values.push(value);
    this.longest = Math.max(this.longest, keys.length);
  }

  /** The longest name that starts at token `i`, if any. */
  matchAt(text: string, tokens: Token[], i: number): NameHit<T> | undefined {
    const t = tokens[i];
    // A name carries its own article (العراق, القذافي); one that has none never takes one (الصور is not صور).
    const heads = t.arabic ? proclitics(t.text, KEEP_ARTICLE) : [t.text.toLowerCase()];
    let best: NameHit<T> | undefined;
    for (const head of heads) {
      let node = this.root.next?.get(head);
      let j = i;
      while (node) {
        if (node.values && (!best || j > best.last)) best = { first: i, last: j, head, values: node.values };
        if (
          !node.next ||
          j + 1 >= tokens.length ||
          j - i + 1 >= this.longest ||
          !adjacent(text, tokens[j], tokens[j + 1])
        )
          break;
        node = node.next.get(key(tokens[j + 1]));
        j++;
      }
    }
    return best;
  }

  /** Every longest match, left to right, never overlapping. */
  matchAll(text: string, tokens: Token[]): NameHit<T>[] {
    const hits: NameHit<T>[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const hit = this.matchAt(text, tokens, i);
      if (hit) {
        hits.push(hit);
        i = hit.last;
      }
    }
    return hits;
  }
}
