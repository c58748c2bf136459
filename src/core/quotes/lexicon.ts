/**
 * Word lists for attribution, in folded form (as `fold` leaves Arabic: no hamza on alef, ه for ة, ي for ى; English
 * lower-cased), built once at load. Lists hold word classes, never strings of any one article.
 */
import { fold } from '../text/normalize';

const words = (s: string): Set<string> => new Set(fold(s).trim().split(/\s+/).filter(Boolean));
const lower = (s: string): Set<string> => new Set(s.trim().toLowerCase().split(/\s+/).filter(Boolean));

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
const AR_VERBS = `
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

/** Reporting verbs that take no quote of their own but name a source: `وصف` wants its object described. */
export const DESCRIBE = words('وصف نعت سمى اعتبر رأى');

function arabicCues(): Map<string, CueForm> {
  const out = new Map<string, CueForm>();
  const add = (form: string, lemma: string, agree: Agree, participle = false) => {
    for (const f of [form, 'و' + form, 'ف' + form]) if (!out.has(f)) out.set(f, { lemma, agree, participle });
  };
  for (const entry of AR_VERBS.split('|')) {
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

export const AR_CUES = arabicCues();

/** Object pronouns a reporting verb may carry (`وصفها`, `أبلغه`): tried off before a look-up. */
// Not a bare ه: folded, it is also the ta marbuta of a noun (إضافة → اضافه, not أضاف + ه).
export const AR_OBJECT_SUFFIXES = ['هما', 'هم', 'ها', 'نا', 'ني'];

/** Nouns that attribute what follows to the noun phrase after them: `بحسب`, `وفق`, `نقلاً عن`, `على لسان`. */
export const AR_SOURCE_PREPS = words('بحسب حسب وبحسب وحسب وفق ووفق وفقا ووفقا طبقا نقلا ونقلا');
/** Words after which `ل` or `عن` starts the source: `وفقاً لـ`, `نقلاً عن`. */
export const AR_SOURCE_NEEDS_PREP = words('وفقا ووفقا طبقا نقلا ونقلا');

/** Complementisers that end a cue's subject and open the reported clause. */
export const AR_COMP = words(`أن إن بأن وأن وإن أنه إنه أنها إنها أنهم إنهم أنهما بأنه بأنها بأنهم بأنهما فإن
  وبأن لأن كأن`);
/** Words that open the words themselves: `بالقول`, `قائلاً`. */
export const AR_SAYING = words('بالقول قائلا قائلاً قائلة قائلين قوله قولها قولهم ما يلي');
/** Prepositions (free-standing) that end a bare subject. */
export const AR_PREPS = words(`في إلى الى على عن من مع خلال عبر أمام بعد قبل حول لدى عند منذ ضمن إثر بين نحو عقب أثناء
  وسط داخل خارج تحت فوق ضد حتى بحضور لجهة بشأن حيال تجاه بعيد قرب لمناسبة بمناسبة أمس باسم`);
/** Adverbs that may stand between a reporting verb and its subject. */
export const AR_ADVERBS = words(`أيضا أيضاً كذلك بدوره بدورها بدورهم بدوره أمس اليوم الأحد الاثنين الثلاثاء الأربعاء
  الخميس الجمعة السبت صباحا مساء مساءً صباحاً لاحقا سابقا مجددا مجدداً بدوره بدورها حينها آنذاك حينذاك`);
/** Addressees: `له`, `لنا`, `للصحافيين` (any `لل…`), `لصحيفة …`. */
export const AR_ADDRESSEE = words('له لها لهم لهما لنا لي لكم لـ ل');
export const AR_MEDIA = words(`صحيفة جريدة قناة موقع وكالة إذاعة تلفزيون مجلة شبكة محطة منصة برنامج`);
/** Speech nouns that take an outlet after `إلى`/`مع`: `في حديثه إلى "النهار"`. */
export const AR_SPEECH_NOUNS = words(`حديث حديثه حديثها حديثهم تصريح تصريحه تصريحها تصريحات تصريحاته تصريحاتها مقابلة
  مقابلته مقابلتها حوار حواره حوارها اتصال اتصاله اتصالها كلام كلامه كلامها`);

/** Heads of anonymous sourcing: the phrase they open is vague (`مصادر مطلعة`, `أوساط متابعة`, `مصدر في الغرفة`). */
export const AR_VAGUE_HEADS = words(`مصدر مصادر المصدر المصادر أوساط الأوساط دوائر الدوائر جهات مسؤولون مسؤولين مسؤول
  مقربون مقربين مطلعون مطلعين معلومات تقارير`);
/** Vague heads that are vague sourcing wherever they stand, not only as a cue's subject. */
export const AR_VAGUE_ALWAYS = words('مصادر أوساط دوائر جهات');
/** Heads of unnamed groups who speak for themselves: anonymous, yet not vague sourcing. */
export const AR_GROUP_HEADS =
  words(`سكان السكان أهالي الأهالي الأهالي مواطنون المواطنون مواطنين المواطنين مزارعون المزارعون
  تجار التجار سائقو سائقي عمال العمال عدد بعض نواب خبراء الخبراء محللون المحللون مراقبون المراقبون شهود شاهد ناشطون
  ناشطين نشطاء طلاب الطلاب أصحاب أحد إحدى أطباء الأطباء معلمون المعلمون لاجئون اللاجئون نازحون النازحون`);
/** Heads of institutions and sides: `بيان`, `الجانب`, `وزارة …`. */
export const AR_INSTITUTION_HEADS =
  words(`بيان البيان الجانب جانب الجانبين الجانبان الطرفين الطرفان وزارة الوزارة الحكومة حكومة
  الرئاسة رئاسة مكتب المكتب هيئة الهيئة لجنة اللجنة مجلس المجلس جمعية الجمعية منظمة المنظمة شركة الشركة مؤسسة المؤسسة
  بلدية البلدية جامعة الجامعة وكالة الوكالة حركة الحركة حزب الحزب نقابة النقابة اتحاد الاتحاد مفوضية المفوضية قوات القوات
  الجيش جيش السفارة سفارة قيادة القيادة غرفة الغرفة مديرية المديرية محكمة المحكمة النيابة الشرطة الأمن وسائل صحيفة
  الصحيفة قناة القناة مصرف المصرف البنك بنك صندوق الصندوق تعاونية التعاونية الخارجية الداخلية الدفاع البيت الأمم الكتلة
  كتلة تكتل التيار الجبهة الائتلاف الوفد وفد الدولة المصلحة مصلحة إدارة الإدارة السلطات سلطات القصر الديوان الأونروا
  اليونيفيل الحرس الادعاء الاستخبارات قيادة المركز مركز المعهد معهد المنتدى أرقام الأرقام إحصاءات الإحصاءات دراسة
  الدراسة تقرير التقرير وثيقة الوثيقة`);
/** Roles and titles that stand before a name and are not part of it (with their feminine forms). */
export const AR_ROLES = words(`رئيس رئيسة الرئيس الرئيسة وزير وزيرة الوزير الوزيرة نائب نائبة النائب النائبة عضو العضو
  مدير مديرة المدير المديرة صاحب صاحبة أستاذ أستاذة الأستاذ الأستاذة عميد عميدة العميد ضابط الضابط قائد القائد رجل سيدة
  امرأة أمين الأمين مستشار مستشارة المستشار سفير سفيرة السفير مبعوث المبعوث محافظ المحافظ قاضي القاضي مفتي المفتي شيخ
  الشيخ أمير الأمير ملك الملك سلطان السلطان إمام الإمام مطران المطران بطريرك البطريرك مساعد مساعدة ممثل ممثلة مندوب
  منسق منسقة مراسل مراسلة ناطق الناطق الناطقة متحدث متحدثة المتحدث المتحدثة زعيم الزعيم مؤسس كبير كبيرة خبير خبيرة
  الخبير الخبيرة باحث باحثة الباحث الباحثة محلل محللة المحلل المحللة مهندس مهندسة المهندس المهندسة طبيب طبيبة الطبيب
  الطبيبة دكتور الدكتور الدكتورة د المشير الفريق اللواء العقيد العماد المقدم الرائد النقيب الجنرال السيد السيدة
  الأب الأم الابن الابنة ابن ابنة والد والدة شقيق شقيقة زوج زوجة أخ أخت جد جدة عم خال المحامي المحامية محامي محامية
  الكاتب الكاتبة الصحافي الصحافية الناشط الناشطة المرشح المرشحة الممرضة الممرض الصياد المزارع المزارعة التاجر التاجرة
  اللاجئ اللاجئة المواطن المواطنة الطالب الطالبة المعلم المعلمة مدرس مدرسة الأكاديمي الأكاديمية أكاديمي الاقتصادي
  الحاكم المهندس الإعلامي الإعلامية المطرب المطربة المخرج المخرجة الفنان الفنانة البروفسور بروفسور أمينة عاملة عامل
  موظف موظفة الموظف الموظفة عميل قيادي القيادي مسؤولة المسؤولة المسؤول`);
/** Kin and role words that come with a possessive suffix (`ابنه`, `رئيسه`, `والدته`): a role, never a name. */
export const AR_ROLE_STEMS = words(`ابن ابنت والد والدت شقيق شقيقت زوج زوجت أخ أخت رئيس نائب مدير مديرت مستشار مساعد
  ناطق متحدث`);
/** Particles inside Arabic names: `أبو سعيدة`, `عبد الله`, `بن حمد`. */
export const AR_NAME_PARTICLES = words('أبو أبي أبا عبد بن ابن بنت آل أم ولد بو');
/** First halves of compound names that take a definite second half: `شمس الدين`, `سيف الإسلام`. */
/** Their second halves: a closed set. */
export const AR_COMPOUND_SECOND = words('الدين الله الإسلام الرحمن الرحيم العابدين الحق النور الكريم العزيز');
export const AR_COMPOUND_FIRST = words(
  'شمس نور عز علاء صلاح عماد بدر نصر جمال كمال فخر تاج محيي زين سيف سعد شرف بهاء ضياء حسام سراج',
);
/** Words that cannot be part of a name run. */
export const AR_FUNCTION = words(`إحدى أحد بعض عدد كل جميع غير ذلك هذا هذه هؤلاء التي الذي الذين اللذين اللتين قد لا ما
  لم لن كان كانت كانوا ثم أو أم بل لكن لكنه لكنها إذ إذا حيث فيما بينما كما مثل أي أكثر أقل نحو حوالى حوالي يوم يوما
  أيام شهر أشهر سنة سنوات عام أعوام مرة أيضا هنا هناك منها منه فيه فيها عليه عليها إليه إليها`);
/** Clause openers before a subject that precedes its verb: `أما X فيقول`, `وكان X قد قال`, `أن X أكد`. */
export const AR_TOPIC = words('أما وأما');
export const AR_KANA = words('كان وكان كانت وكانت كانوا وكانوا');
export const AR_QAD = words('قد وقد');

/** Plural heads (for agreement with a plural verb carried across sentences). */
export const AR_PLURAL_HEADS =
  words(`مصادر المصادر أوساط الأوساط دوائر جهات مسؤولون مسؤولين مقربون مطلعون سكان السكان أهالي
  الأهالي مواطنون مزارعون المزارعون تجار التجار سائقو عمال العمال عدد بعض نواب خبراء الخبراء محللون مراقبون شهود ناشطون
  نشطاء طلاب أصحاب الطرفين الطرفان الجانبين الجانبان`);

// --- English -------------------------------------------------------------------------------------------------

/** English reporting verbs (any form): the subject may stand before (`X said`) or after (`said X`). */
export const EN_CUES = lower(`said says say saying told tells added adds stated states explained explains noted notes
  argued argues insisted insists warned warns claimed claims wrote writes asked asks replied replies responded responds
  continued continues concluded concludes declared declares announced announces acknowledged acknowledges admitted admits
  confirmed confirms denied denies maintained maintains observed observes remarked remarks suggested suggests stressed
  stresses emphasised emphasises emphasized emphasizes cautioned cautions predicted predicts complained complains conceded
  concedes countered counters recalled recalls believes believe thinks think tweeted posted urged urges vowed vows
  described describes called calls agreed agrees estimated estimates reiterated reiterates underlined underlines testified
  alleged alleges boasted lamented laments quipped mused joked shouted recounted recounts reported reports pointed
  explained put summed admitted acknowledges assured assures promised promises`);
/** English verbs whose following noun phrase is the addressee, not the speaker (`told Reuters`). */
export const EN_NO_INVERSION = lower(
  'told tells asked asks urged urges assured assures promised promises called calls described describes put summed pointed believe believes think thinks',
);
/** Words between a subject and its verb: `X also said`, `X has said`, `X later told`. */
export const EN_AUX =
  lower(`also has have had was is were are later then previously reportedly further again once separately
  recently earlier publicly repeatedly would will may might could should quickly simply only just since often has
  had already still privately bluntly flatly openly`);
/** Words that end a subject going backwards. */
export const EN_CLAUSE =
  lower(`that and but while as when because which who whom so after before if although though since
  where whereas yet or nor than until unless whether`);
export const EN_PRONOUNS = lower('he she they it we i you');
export const EN_PREPS = lower(`in on at during after before on in from into with by about over under outside inside near
  following amid ahead last this yesterday today tuesday monday wednesday thursday friday saturday sunday earlier`);
/** Words that join a name run (`al-`, `bin`, `van`). */
export const EN_NAME_PARTICLES = lower('al el bin ibn abu abou van von de da di du del della la le bint ben ould');
/** Titles before a name (`Foreign Minister Jane Doe`), not part of it. */
export const EN_TITLES = lower(`president prime minister foreign finance defence defense interior economy energy health
  education justice secretary general gen lt col colonel major maj captain capt dr mr mrs ms miss professor prof sheikh
  king queen prince princess emir sultan ambassador senator sen rep representative governor gov mayor judge justice chief
  commander sergeant sgt bishop patriarch imam pope speaker chairman chairwoman chair ceo director deputy vice mp field
  marshal brigadier admiral officer lieutenant premier chancellor envoy spokesman spokeswoman spokesperson father mother
  cardinal rabbi sir dame lord lady head leader economist analyst researcher professor`);
/** English heads of anonymous sourcing: vague. */
export const EN_VAGUE_HEADS =
  lower(`source sources official officials insider insiders person people diplomat diplomats aide aides
  figures observers`);
export const EN_GROUP_HEADS =
  lower(`residents resident witness witnesses farmers farmer traders trader shopkeepers shopkeeper
  drivers driver parents parent students student villagers villager neighbours neighbors colleagues friends relatives
  workers worker activists activist critics critic experts expert analysts members member locals local families family
  protesters protester doctors doctor teachers teacher owners owner fishermen fisherman merchants merchant mps lawmakers
  supporters opponents some many several others one`);
export const EN_INSTITUTION_HEADS =
  lower(`ministry government army military police statement department office agency council
  commission committee company firm party authority authorities administration embassy court prosecutors union bank fund
  municipality organisation organization association chamber coalition alliance cabinet presidency palace side delegation
  board federation institute university hospital network newspaper channel group movement mission force forces agency
  command directorate secretariat parliament assembly senate house kremlin bureau service services regulator unit
  cooperative council report study survey document letter memo review audit investigation inquiry poll`);
/** Adjectives and complements that extend an anonymous head (`sources familiar with the talks`, `a senior official`). */
export const EN_VAGUE_EXTEND =
  lower(`familiar close with knowledge of to who spoke asked requested declined not be named on
  condition anonymity because they were authorised authorized speak publicly the a an matter talks plan discussions
  negotiations issue senior diplomatic government military security western arab regional local informed briefed
  knowledgeable involved in at from within ministry department administration industry party his her their its`);
export const EN_ABBREVIATIONS = lower(
  'mr mrs ms dr st gen col lt sgt gov sen rep prof jr sr no vs etc inc co corp ltd capt maj adm cmdr mt ft',
);

/** Nouns before a quoted name or title: `حركة "حماس"`, `عملية "…"`, `برنامج "…"`, `the film "…"`. */
export const AR_NAME_NOUNS = words(`حركة حركتي حركتا حزب حزبي تنظيم جماعة جبهة تيار كتلة كتلتي ائتلاف تحالف عملية عمليتي
  مبادرة خطة مشروع برنامج صحيفة جريدة مجلة قناة موقع وكالة إذاعة تلفزيون شبكة شركة مؤسسة منظمة جمعية مجموعة كتاب
  رواية فيلم مسلسل أغنية قصيدة مسرحية معرض مهرجان مؤتمر منتدى قمة اتفاق اتفاقية قانون مرسوم قرار وثيقة تقرير دراسة
  بعنوان عنوان عنوانه عنوانها اسم اسمه اسمها باسم تسمية لقب شعار هاشتاغ وسم حملة مناورات مناورة لواء كتيبة فرقة ميليشيا
  فصيل مستشفى مدرسة جامعة مطار ملعب نادي مركز مصطلح عبارة كلمة مقولة مفهوم صفحة حساب تطبيق منصة يسمى تسمى المسمى
  المسماة الملقب الملقبة المعروف المعروفة يعرف تعرف سمي سميت عرف عرفت دعيت يدعى تدعى لقبه لقبها وسمه ساحة شارع
  ميدان جائزة مسابقة عيد يوم نشيد مدونة مقال مقالة زاوية عمود ملف بند صندوق سفينة قافلة معسكر مخيم`);
export const EN_NAME_NOUNS = lower(`party movement group operation campaign initiative plan programme program newspaper
  magazine channel show series film movie book novel album song titled entitled call calls called dub dubs dubbed named
  nicknamed codenamed code-named so-called slogan hashtag brand term word words phrase label project scheme fund
  festival exhibition conference summit agreement accord law bill report study column podcast documentary app
  platform account motto banner headline alliance bloc coalition militia brigade play poem website site page list`);
/** Verbs and nouns that introduce a description in quotes (`وصفها بـ"…"`): the quoted words are a claim. */
export const AR_DESCRIBE = words(
  'وصف وصفت وصفه وصفها يصف تصف نعت نعته نعتها اتهم اتهمه اتهمها يتهم تتهم اعتبر اعتبره اعتبرها يعتبر تعتبر',
);
