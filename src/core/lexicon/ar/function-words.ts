/**
 * Arabic function words and common words: what never continues a name, what never is one, the small words of the
 * constructions the rules read (prepositions, complementisers), and those that bound a speaker's noun phrase
 * (prepositions, adverbs, relatives, the particles of a clause whose subject comes before its verb: `أما X فيقول`).
 */
import { words } from '../words';

/**
 * Function words, pronouns, auxiliaries, reporting verbs and time words that never continue a name. Clitic-stripped
 * readings are compared too, so `وقال` and `فان` stop a name as `قال` and `ان` do.
 */
export const STOP = words(`
  ان انه انها انهم ما ماذا لماذا كيف متي اين هل لا لم لن ليس ليست قد لقد سوف كان كانت كانوا يكون تكون اصبح
  في من الي علي عن مع منذ حتي بين عند لدي لدى خلال بعد قبل امام خلف فوق تحت حول دون ضد نحو عبر ضمن وسط
  الذي التي الذين اللذين اللتين اللواتي اللاتي هذا هذه ذلك تلك هؤلاء اولئك هنا هناك هو هي هم هن انا نحن انت
  و او ثم ف ب ل ك ام بل لكن اذا اذ اي كل بعض غير سوي جميع كما مثل حيث بينما عندما لان لكي كي
  قال قالت يقول تقول اكد اكدت يؤكد اضاف اضافت يضيف اعلن اعلنت يعلن اشار اشارت يشير اوضح اوضحت يوضح ذكر ذكرت
  يري رأي راي اعتبر اعتبرت يعتبر وصف يصف دعا دعت يدعو طالب طالبت حذر حذرت نفي نفت اعرب اعربت تابع تابعت ختم
  امس اليوم غدا الان الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت الاحد صباح مساء ليل يوم عام سنه شهر اسبوع
  يناير فبراير مارس ابريل مايو يونيو يوليو اغسطس سبتمبر اكتوبر نوفمبر ديسمبر كانون شباط آذار نيسان ايار
  حزيران تموز آب ايلول تشرين
  ايضا فقط جدا اكثر اقل اول اخر كذلك ذاته نفسه نفسها عليه عليها فيه فيها منه منها له لها لهم به بها
  الرئيس الحكومه الدوله البلاد الوزير المسؤول المسؤولين الجانب الطرفين البيان المصدر رئيس وزير نائب زياره
  بان وان فان بانه وانه تضيف تشير توضح يكشف تكشف يلفت يخلص تري الاسبوع الماضي الجاري المقبل الحالي الاخير الاول الثاني العام الشهر
  السنه الفجر الصباح المساء الليل الظهر
  حاليا رسميا سابقا لاحقا مجددا اخيرا مؤخرا تقريبا شخصيا فورا دائما ابدا غالبا احيانا عاده مثلا خصوصا تحديدا
`);

/** Prepositions whose phrase may stand between a title and the name (`المقيم في الكويت منذ ثلاثة عقود`). */
export const TITLE_PREPOSITIONS = words('في منذ من لدي عن علي الي مع بين');

/**
 * Common adjectives, nouns and quantifiers that are never a name's word: not after `شركة` or `مدينة` (`شركة كبيرة`),
 * nor as a family name after a given name that is also a word (`عاكف العديد من`, devoted to many).
 */
export const COMMON = words(`
  كبيره كبري صغيره جديده قديمه واحده اخري عريقه ضخمه مهمه حره خاصه عامه ناشئه رائده كبير صغير جديد قديم واحد
  اخر مهم حر خاص عام امنه جزاء اولي ثانيه ثالثه اول ثاني ثالث عدد بعض معظم اكبر اصغر اهم افضل اغني اقدم احدث كل نفس ذات
  العديد الكثير الكثيرين القليل البعض الجميع كافه جميع غالبيه اغلب مختلف شتي
  نفط طيران
`);

/**
 * Definite adjectives and everyday nouns that describe an institution rather than name it: `البلدية المنتخبة`,
 * `حركة التجارة`, `تجمع المياه`. After an organisation head they make no name.
 */
export const NOT_NAME_WORDS = words(`
  المنتخبه المنتخب الجديده الجديد الحاليه الحالي السابقه السابق المقبله المقبل المعنيه المعني المختصه المختص
  الكبري الكبير الصغري الصغير الاولي الثانيه الاخيره المذكوره المشتركه نفسها نفسه ذاتها ذاته المحليه المركزيه
  التجاره البضائع السير المرور النقل الملاحه الطيران الاسواق الاموال الاستثمار الاحتجاجات النزوح العوده الشحن
  الركاب السياح المسافرين الاسعار المياه الامطار السيارات الشاحنات
  الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر الثالثه الرابعه الخامسه السادسه السابعه الثامنه التاسعه
  العاشره المنظمه الاداره الاعمال المسلحه الخاصه السوق التداول
  التمرد الجنود العنف الاهتمام الكمبيوتر التحكم الاسود
`);

/** Prepositions (free-standing) that end a bare subject. */
export const PREPOSITIONS = words(`في إلى الى على عن من مع خلال عبر أمام بعد قبل حول لدى عند منذ ضمن إثر بين نحو عقب
  أثناء وسط داخل خارج تحت فوق ضد حتى بحضور لجهة بشأن حيال تجاه بعيد قرب لمناسبة بمناسبة أمس باسم`);
/** Adverbs that may stand between a reporting verb and its subject. */
export const ADVERBS = words(`أيضا أيضاً كذلك بدوره بدورها بدورهم بدوره أمس اليوم الأحد الاثنين الثلاثاء الأربعاء
  الخميس الجمعة السبت صباحا مساء مساءً صباحاً لاحقا سابقا مجددا مجدداً بدوره بدورها حينها آنذاك حينذاك`);
/** Words that cannot be part of a name run. */
export const NOT_IN_NAMES =
  words(`إحدى أحد بعض عدد كل جميع غير ذلك هذا هذه هؤلاء التي الذي الذين اللذين اللتين قد فقد وقد لقد لا ما
  لم لن كان كانت كانوا ثم أو أم بل لكن لكنه لكنها إذ إذا حيث فيما بينما كما مثل أي أكثر أقل نحو حوالى حوالي يوم يوما
  أيام شهر أشهر سنة سنوات عام أعوام مرة أيضا هنا هناك منها منه فيه فيها عليه عليها إليه إليها`);
/** Prepositions whose object qualifies an anonymous source (`مصدر في الغرفة`, `مقربون من الرئيس`, `لدى الجيش`). */
export const QUALIFYING_PREPOSITIONS = words('في من داخل لدى عن');
/** Relative pronouns: a clause that opens with one qualifies the phrase before it and is no part of its name. */
export const RELATIVES = words('الذي التي الذين اللذين اللتين اللواتي من');
/** Clause openers before a subject that precedes its verb: `أما X فيقول`. */
export const TOPIC = words('أما وأما');
/** `وكان X قد قال`: the subject stands between `كان` and `قد`. */
export const KANA = words('كان وكان كانت وكانت كانوا وكانوا');
export const QAD = words('قد وقد');
/** Conjunctions that open a clause and so bound the subject before its verb (`فيما الحكومة أعلنت`). */
export const CLAUSE_OPENERS = words('فيما بينما حين عندما لكن ولكن');
