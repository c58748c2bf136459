/**
 * Arabic words of reporting, folded: the reporting verbs in every form news copy uses, the words that open the words
 * themselves, complementisers, speech nouns and the source prepositions. The quote finder's cues are made of these.
 */
import { fold } from '../../text/normalize';
import { words } from '../words';

/** Number and gender a reporting verb shows: for carrying a subjectless cue to a speaker who agrees with it. */
export const enum Agree {
  Any = 0,
  Masc = 1,
  Fem = 2,
  Plural = 4,
}

export interface CueForm {
  lemma: string;
  agree: Agree;
  /** A circumstantial participle (`مضيفاً`): its subject is the clause's. */
  participle: boolean;
}

/**
 * Arabic reporting verbs as `past present participle` (participle optional, `-` for none), in the 3rd person
 * masculine singular. Every form is generated from these: past ت/وا/ا, present ت/ون/ان, participle ة/ين, with و/ف.
 */
const VERBS = `
قال يقول قائلاً | أكد يؤكد مؤكداً | أوضح يوضح موضحاً | أشار يشير مشيراً | أضاف يضيف مضيفاً | تابع يتابع - |
رأى يرى - | اعتبر يعتبر معتبراً | كشف يكشف كاشفاً | ذكر يذكر مذكّراً | نقل ينقل ناقلاً | صرّح يصرّح مصرّحاً |
شدّد يشدّد مشدّداً | لفت يلفت لافتاً | ختم يختم خاتماً | اختتم يختتم مختتماً | خلص يخلص - | وصف يصف واصفاً |
أعلن يعلن معلناً | أفاد يفيد مفيداً | اعترف يعترف معترفاً | حذّر يحذّر محذّراً | نبّه ينبّه منبّهاً | طالب يطالب مطالباً |
دعا يدعو داعياً | نفى ينفي نافياً | لاحظ يلاحظ ملاحظاً | أردف يردف مردفاً | استطرد يستطرد مستطرداً |
علّق يعلّق معلّقاً | زعم يزعم زاعماً | أجاب يجيب مجيباً | تساءل يتساءل متسائلاً | سأل يسأل - |
اعتقد يعتقد معتقداً | توقّع يتوقّع متوقّعاً | أبلغ يبلغ مبلغاً | أخبر يخبر - | أقرّ يقرّ مقرّاً | شرح يشرح شارحاً |
رجّح يرجّح مرجّحاً | استبعد يستبعد مستبعداً | أعرب يعرب معرباً | تعهّد يتعهّد متعهّداً |
هدّد يهدّد مهدّداً | كتب يكتب كاتباً | غرّد يغرّد مغرّداً | روى يروي راوياً | لخّص يلخّص ملخّصاً | جزم يجزم جازماً |
استدرك يستدرك مستدركاً | أورد يورد - | ألمح يلمح ملمّحاً | نوّه ينوّه منوّهاً | أوضح يوضح - | أفصح يفصح - |
اتهم يتهم متهماً | أشاد يشيد مشيداً | ناشد يناشد مناشداً | حسم يحسم - |
اقترح يقترح مقترحاً | أبدى يبدي مبدياً | حكى يحكي -
`;

function cueForms(): Map<string, CueForm> {
  const out = new Map<string, CueForm>();
  const add = (form: string, lemma: string, agree: Agree, participle = false) => {
    for (const f of [form, 'و' + form, 'ف' + form]) if (!out.has(f)) out.set(f, { lemma, agree, participle });
  };
  for (const entry of VERBS.split('|')) {
    const [pastRaw, presRaw, partRaw] = entry.trim().split(/\s+/);
    if (!pastRaw) continue;
    const past = fold(pastRaw);
    const lemma = past;
    add(past, lemma, Agree.Masc);
    const defective = /[يا]$/.test(past);
    const stem = defective ? past.slice(0, -1) : past;
    add(stem + 'ت', lemma, Agree.Fem);
    add(stem + 'وا', lemma, Agree.Plural);
    add(past + 'ا', lemma, Agree.Plural);
    add(stem + 'تا', lemma, Agree.Plural | Agree.Fem);
    if (defective) add(stem + 'يا', lemma, Agree.Plural);
    const pres = fold(presRaw).slice(1);
    const pstem = /[يوا]$/.test(pres) ? pres.slice(0, -1) : pres;
    add('ي' + pres, lemma, Agree.Masc);
    add('ت' + pres, lemma, Agree.Fem);
    add('ي' + pstem + 'ون', lemma, Agree.Plural);
    add('ي' + pres + 'ون', lemma, Agree.Plural);
    add('ي' + pres + 'ان', lemma, Agree.Plural);
    add('ت' + pres + 'ان', lemma, Agree.Plural | Agree.Fem);
    if (partRaw && partRaw !== '-') {
      const part = fold(partRaw);
      const base = part.endsWith('ا') ? part.slice(0, -1) : part;
      add(base + 'ا', lemma, Agree.Masc, true);
      add(base, lemma, Agree.Masc, true);
      add(base + 'ه', lemma, Agree.Fem, true);
      add(base + 'ين', lemma, Agree.Plural, true);
      add(base + 'تين', lemma, Agree.Plural | Agree.Fem, true);
    }
  }
  return out;
}

/** Every form of every reporting verb (with و/ف), to its lemma (the folded past), agreement and participle flag. */
export const CUE_FORMS = cueForms();

/**
 * Object pronouns a reporting verb may carry (`وصفها`, `أبلغه`): tried off, in this order, before a look-up. Not a
 * bare ه: folded, it is also the ta marbuta of a noun (إضافة → اضافه, not أضاف + ه).
 */
export const OBJECT_SUFFIXES = words('هما هم ها نا ني');

/** Reporting verbs (lemmas) that take no quote of their own but name a source: `وصف` wants its object described. */
export const DESCRIBING_LEMMAS = words('وصف نعت سمى اعتبر رأى');
/** Forms of the verbs that introduce a description in quotes (`وصفها بـ"…"`): the quoted words are a claim. */
export const DESCRIBING_FORMS = words(
  'وصف وصفت وصفه وصفها يصف تصف نعت نعته نعتها اتهم اتهمه اتهمها يتهم تتهم اعتبر اعتبره اعتبرها يعتبر تعتبر',
);
/** Reporting verbs (lemmas) that carry an indirect claim (`أكد أن …`). */
export const INDIRECT_LEMMAS = words('قال أكد أوضح أشار أضاف اعتبر رأى كشف ذكر صرح شدد لفت أعلن أفاد نفى حذر رجح توقع');

/** Nouns that attribute what follows to the noun phrase after them: `بحسب`, `وفق`, `نقلاً عن`, `على لسان`. */
export const SOURCE_PREPS = words('بحسب حسب وبحسب وحسب وفق ووفق وفقا ووفقا طبقا نقلا ونقلا');
/** Words after which `ل` or `عن` starts the source: `وفقاً لـ`, `نقلاً عن`. */
export const SOURCE_NEEDS_PREP = words('وفقا ووفقا طبقا نقلا ونقلا');

/** Complementisers that end a cue's subject and open the reported clause. */
export const COMPLEMENTISERS = words(`أن إن بأن وأن وإن أنه إنه أنها إنها أنهم إنهم أنهما بأنه بأنها بأنهم بأنهما فإن
  وبأن لأن كأن`);
/** The complementisers right after a name and its verb of saying that open what was said (`قال الأعرجي إن`). */
const OPENING_LIST = 'أن أنه أنها بأن بأنه بأنها';
export const OPENING_COMPLEMENTISERS = words(OPENING_LIST);
/** The complementisers that open an indirect claim after a reporting verb (`أكد أن …`; not `لأن`, `كأن`). */
export const CLAIM_COMPLEMENTISERS = words(`${OPENING_LIST} أنهم فإن`);
/** Words that open the words themselves: `بالقول`, `قائلاً`. */
export const SAYING = words('بالقول قائلا قائلاً قائلة قائلين قوله قولها قولهم ما يلي');
/** Speech nouns that take an outlet after `إلى`/`مع`: `في حديثه إلى "النهار"`. */
export const SPEECH_NOUNS = words(`حديث حديثه حديثها حديثهم تصريح تصريحه تصريحها تصريحات تصريحاته تصريحاتها مقابلة
  مقابلته مقابلتها حوار حواره حوارها اتصال اتصاله اتصالها كلام كلامه كلامها`);
/** The prepositions that take the outlet after a speech noun or a reporting verb (`تصريح إلى "النهار"`). */
export const TOWARD = words('إلى الى مع');
/** Addressees: `له`, `لنا`, `للصحافيين` (any `لل…`), `لصحيفة …`. */
export const ADDRESSEES = words('له لها لهم لهما لنا لي لكم لـ ل');
