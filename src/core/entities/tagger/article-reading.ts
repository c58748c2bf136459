/**
 * What the first pass read elsewhere in the article, as features of the second (Arabic): a foreign surname with no
 * title before it (`إيتو`, `نيستلروي`) is missed where it stands alone, yet the same article names it once where the
 * model is sure (`صامويل إيتو`, `قال إيتو`). For each token, the kinds of name the first pass gave the same stem at the
 * article's other tokens, and where in those names it stood. Pure: no DOM, no Node.
 */
import { isInside, O } from './tags';

/**
 * A token's document bits: for each kind, bit `kind * 3 + place` where the first pass tagged the same stem elsewhere
 * as a name of that kind, alone (0), as its last word (1) or before its last word (2); and `DOC_OUTSIDE` where the
 * stem also stands outside every name elsewhere.
 */
const DOC_KIND_BITS = 9;
export const DOC_OUTSIDE = 1 << DOC_KIND_BITS;
export const DOC_BITS = DOC_KIND_BITS + 1;
/** The bits that say a stem was read as a name elsewhere, by kind. */
const KIND_MASK = [0b111, 0b111 << 3, 0b111 << 6];

/** The bit index a token tagged `tags[i]` gives its stem's other occurrences (tags are BIO over three kinds). */
function bitAt(tags: ArrayLike<number>, i: number): number {
  const t = tags[i];
  if (t === O) return DOC_KIND_BITS;
  const kind = (t - 1) >> 1;
  const continues = i + 1 < tags.length && tags[i + 1] === 2 + 2 * kind;
  const place = continues ? 2 : isInside(t) ? 1 : 0;
  return kind * 3 + place;
}

/**
 * Each token's document bits from the first pass's tags of every token of the article (`stems[i]`, `tags[i]`),
 * counting the other tokens only: a token's own reading is the second pass's to make.
 */
export function documentBits(stems: readonly string[], tags: ArrayLike<number>): Uint16Array {
  // Each distinct stem gets a number, and its counts DOC_BITS cells of one array: an article has a few hundred.
  const ids = new Map<string, number>();
  const own = new Uint8Array(stems.length);
  const idOf = new Uint32Array(stems.length);
  for (let i = 0; i < stems.length; i++) {
    let id = ids.get(stems[i]);
    if (id === undefined) ids.set(stems[i], (id = ids.size));
    idOf[i] = id;
    own[i] = bitAt(tags, i);
  }
  const counts = new Uint16Array(ids.size * DOC_BITS);
  for (let i = 0; i < stems.length; i++) counts[idOf[i] * DOC_BITS + own[i]]++;
  const out = new Uint16Array(stems.length);
  for (let i = 0; i < stems.length; i++) {
    const base = idOf[i] * DOC_BITS;
    let b = 0;
    for (let k = 0; k < DOC_BITS; k++) if (counts[base + k] > (k === own[i] ? 1 : 0)) b |= 1 << k;
    out[i] = b;
  }
  return out;
}

/**
 * Where the second pass may read a block otherwise than the first (its tokens' bits and first-pass tags): the tokens
 * whose stem was read elsewhere as a kind of name their own tag is not, marked 1; undefined where there is none.
 * Elsewhere the document bits only repeat the first pass's reading. `open(i)` may set tokens aside where no new
 * reading would be used (the glossary's names).
 */
export function documentDisagreements(
  doc: Uint16Array,
  tags: ArrayLike<number>,
  open: (i: number) => boolean = () => true,
): Uint8Array | undefined {
  let out: Uint8Array | undefined;
  for (let i = 0; i < tags.length; i++) {
    const kinds = doc[i] & ~DOC_OUTSIDE;
    if (!kinds || !open(i)) continue;
    const own = tags[i] === O ? 0 : KIND_MASK[(tags[i] - 1) >> 1];
    if (kinds & ~own) (out ??= new Uint8Array(tags.length))[i] = 1;
  }
  return out;
}
