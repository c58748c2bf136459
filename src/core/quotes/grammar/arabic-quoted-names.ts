/**
 * The Arabic words before a quoted span that make it a name rather than a claim: a glued proclitic (`لـ"النهار"`,
 * `بـ"…"`, `و"حماس"` after a name), a noun that names what follows (`حركة "حماس"`, `لصحيفة "هآرتس"`), or an outlet
 * after a speech noun or a cue (`في حديثه إلى "النهار"`).
 */
import { stripConj } from '../../text/tokens';
import { NAME_NOUNS } from '../../lexicon/ar/naming';
import { DESCRIBING_FORMS, SPEECH_NOUNS, TOWARD } from '../../lexicon/ar/saying';
import type { Cues } from '../cues';
import { G_GLUED, type View } from '../view';

const CLITIC = /^[لبوفك]{1,2}$/;
const PREP_CLITIC = /^[لبك][^ا]/;

/**
 * Whether the word `p` before a quoted span of `n` words (from token `a`) names it.
 * @param sentence the span holds a sentence: no noun before it names it.
 * @param prevName the quoted span just before, joined by `و`, was a name (`"فتح" و"حماس"`).
 */
export function arabicNameBeforeQuote(
  v: View,
  cues: Cues,
  p: number,
  a: number,
  n: number,
  sentence: boolean,
  prevName: boolean,
): boolean {
  const wp = v.w[p];
  if ((v.gap[a] & G_GLUED) !== 0 && CLITIC.test(wp)) {
    const last = wp[wp.length - 1];
    if (last === 'ل' && n <= 4) return true;
    if (last === 'ب' && n <= 3 && !describedBefore(v, cues, p)) return true;
    if ((last === 'و' || last === 'ف') && prevName) return true;
  }
  if (!sentence && n <= 6) {
    const x = stripConj(wp);
    // an indefinite noun names what follows (`حركة "حماس"`, `لصحيفة "هآرتس"`); a definite one is its subject
    // (`المنتدى "فتح …"`)
    if (NAME_NOUNS.has(wp) || NAME_NOUNS.has(x) || (PREP_CLITIC.test(x) && NAME_NOUNS.has(x.slice(1)))) return true;
    if (CLITIC.test(wp) && p > 0 && NAME_NOUNS.has(stripConj(v.w[p - 1]))) return true;
  }
  return n <= 3 && TOWARD.has(wp) && p > 0 && (SPEECH_NOUNS.has(v.w[p - 1]) || !!cues.type[p - 1]);
}

/** `وصفها بـ"…"`: a verb of describing within five words before `p`, whose quoted words are a claim. */
function describedBefore(v: View, cues: Cues, p: number): boolean {
  for (let k = p - 1; k >= Math.max(0, p - 5); k--)
    if (DESCRIBING_FORMS.has(stripConj(v.w[k])) || DESCRIBING_FORMS.has(v.w[k]) || cues.lemma[k] === 'وصف') return true;
  return false;
}
