/**
 * A token trie over names, shared by every script and by glossary and rule lexicons alike. Names are folded and
 * tokenised exactly as the text is, so one lookup serves both. Arabic heads match through their proclitics
 * (`وباكستان` finds `باكستان`); English tokens compare case-insensitively, and the caller decides what case it needs.
 */
import { proclitics, tokenize, type Token } from '../text/tokens';
import { fold } from '../text/normalize';

interface Node<T> {
  next: Map<string, Node<T>>;
  values: T[];
}

export interface NameHit<T> {
  /** Index of the first and last token of the match (inclusive). */
  first: number;
  last: number;
  /** The reading of the first token that matched (the token without its proclitics). */
  head: string;
  values: T[];
}

const key = (t: Token) => (t.arabic ? t.text : t.text.toLowerCase());

/** True where nothing but spaces or a hyphen stands between two tokens, so a name never runs across punctuation. */
export function adjacent(text: string, a: Token, b: Token): boolean {
  for (let i = a.end; i < b.start; i++) {
    const c = text[i];
    if (c !== ' ' && c !== '-' && c !== '\u2013') return false;
  }
  return b.start - a.end <= 3;
}

export class NameMatcher<T> {
  private root: Node<T> = { next: new Map(), values: [] };
  private longest = 0;

  /** Adds a name; `value` is returned with every match of it. Returns false for a name with no word in it. */
  add(name: string, value: T): boolean {
    const folded = fold(name);
    // `Al-Bayda` is also written `Al Bayda`, and `Abu-Dhabi` `Abu Dhabi`: both spellings are indexed.
    if (/\p{L}-\p{L}/u.test(folded)) this.add(folded.replace(/(\p{L})-(?=\p{L})/gu, '$1 '), value);
    const tokens = tokenize(folded);
    if (tokens.length === 0) return false;
    let node = this.root;
    for (const t of tokens) {
      const k = key(t);
      let child = node.next.get(k);
      if (!child) {
        child = { next: new Map(), values: [] };
        node.next.set(k, child);
      }
      node = child;
    }
    if (!node.values.includes(value)) node.values.push(value);
    this.longest = Math.max(this.longest, tokens.length);
    return true;
  }

  /** The longest name that starts at token `i`, if any. */
  matchAt(text: string, tokens: Token[], i: number): NameHit<T> | undefined {
    const t = tokens[i];
    // A name carries its own article (العراق, القذافي); one that has none never takes one (الصور is not صور).
    const heads = t.arabic ? proclitics(t.text, { article: false }) : [t.text.toLowerCase()];
    let best: NameHit<T> | undefined;
    for (const head of heads) {
      let node = this.root.next.get(head);
      let j = i;
      while (node) {
        if (node.values.length && (!best || j > best.last)) best = { first: i, last: j, head, values: node.values };
        if (j + 1 >= tokens.length || j - i + 1 >= this.longest || !adjacent(text, tokens[j], tokens[j + 1])) break;
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
