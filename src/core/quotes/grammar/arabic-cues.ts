/**
 * Arabic cues: every form of a reporting verb (with an object pronoun tried off), the source prepositions
 * (`بحسب`, `وفقاً لـ`, `نقلاً عن`, `على لسان`) and `على حد قوله`, which names nobody.
 */
import { CUE_FORMS, OBJECT_SUFFIXES, SOURCE_NEEDS_PREP, SOURCE_PREPS, type CueForm } from '../../lexicon/ar/saying';
import { Cue, type Cues } from '../cues';
import { G_COMMA, G_MARK, type View } from '../view';

/** An Arabic reporting verb form, with a trailing object pronoun tried off. */
export function arabicCue(w: string): CueForm | undefined {
  const f = CUE_FORMS.get(w);
  if (f) return f;
  for (const suf of OBJECT_SUFFIXES) {
    if (w.length - suf.length >= 3 && w.endsWith(suf)) {
      const g = CUE_FORMS.get(w.slice(0, -suf.length));
      if (g && !g.participle) return g;
    }
  }
  return undefined;
}

/** Marks token `i` where it is an Arabic cue. */
export function markArabicCue(v: View, i: number, cues: Cues): void {
  const w = v.w[i];
  if (SOURCE_PREPS.has(w)) {
    let j = i + 1;
    if (SOURCE_NEEDS_PREP.has(w) && j < v.n && (v.w[j] === 'ل' || v.w[j] === 'عن')) j++;
    source(cues, i, j);
    return;
  }
  if (w === 'لسان' && i > 0 && v.w[i - 1] === 'علي') {
    source(cues, i, i + 1);
    return;
  }
  if (i > 0 && v.w[i - 1] === 'حد' && /^(قول|تعبير)(ه|ها|هم)$/.test(w)) {
    cues.type[i] = Cue.Bare;
    return;
  }
  const f = arabicCue(w);
  // A participle reports only as an adverb of the clause (`، مشيراً إلى`), not as an adjective (`أوساط متابعة`).
  if (f && f.participle && !(v.gap[i] & (G_COMMA | G_MARK)) && w[0] !== 'و') return;
  if (f) {
    cues.type[i] = f.participle ? Cue.Participle : Cue.Verb;
    cues.agree[i] = f.agree;
    cues.lemma[i] = f.lemma;
  }
}

/** A source cue at `i` whose noun phrase starts at `arg`: every source has the lemma `بحسب`. */
function source(cues: Cues, i: number, arg: number): void {
  cues.type[i] = Cue.Source;
  cues.arg[i] = arg;
  cues.lemma[i] = 'بحسب';
}
