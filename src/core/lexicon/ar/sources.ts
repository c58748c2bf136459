/**
 * Arabic heads of sources, folded: anonymous sourcing (vague), unnamed groups who speak for themselves, institutions
 * and sides, outlets, and the words around an anonymous source (`رفيع`, `صادر عن`, `رفض الكشف عن اسمه`).
 */
import { words } from '../words';

/** Heads of anonymous sourcing: the phrase they open is vague (`مصادر مطلعة`, `أوساط متابعة`, `مصدر في الغرفة`). */
export const VAGUE_HEADS = words(`مصدر مصادر المصدر المصادر أوساط الأوساط دوائر الدوائر جهات مسؤولون مسؤولين مسؤول
  مقربون مقربين مطلعون مطلعين معلومات تقارير`);
/** Vague heads that are vague sourcing wherever they stand, not only as a cue's subject. */
export const VAGUE_ALWAYS = words('مصادر أوساط دوائر جهات');
/** Heads of unnamed groups who speak for themselves: anonymous, yet not vague sourcing. */
export const GROUP_HEADS =
  words(`سكان السكان أهالي الأهالي الأهالي مواطنون المواطنون مواطنين المواطنين مزارعون المزارعون
  تجار التجار سائقو سائقي عمال العمال عدد بعض نواب خبراء الخبراء محللون المحللون مراقبون المراقبون شهود شاهد ناشطون
  ناشطين نشطاء طلاب الطلاب أصحاب أحد إحدى أطباء الأطباء معلمون المعلمون لاجئون اللاجئون نازحون النازحون
  مختصون المختصون مختصين المختصين متخصصون المتخصصون متخصصين مشتبه المشتبه مشتبهون`);
/** Heads of institutions and sides: `بيان`, `الجانب`, `وزارة …`. */
export const INSTITUTION_HEADS = words(`بيان البيان الجانب جانب الجانبين الجانبان الطرفين الطرفان وزارة الوزارة الحكومة
  حكومة الرئاسة رئاسة مكتب المكتب هيئة الهيئة لجنة اللجنة مجلس المجلس جمعية الجمعية منظمة المنظمة شركة الشركة مؤسسة
  المؤسسة بلدية البلدية جامعة الجامعة وكالة الوكالة حركة الحركة حزب الحزب نقابة النقابة اتحاد الاتحاد مفوضية المفوضية
  قوات القوات الجيش جيش السفارة سفارة قيادة القيادة غرفة الغرفة مديرية المديرية محكمة المحكمة النيابة الشرطة الأمن
  وسائل صحيفة الصحيفة قناة القناة مصرف المصرف البنك بنك صندوق الصندوق تعاونية التعاونية الخارجية الداخلية الدفاع
  البيت الأمم الكتلة كتلة تكتل التيار الجبهة الائتلاف الوفد وفد الدولة المصلحة مصلحة إدارة الإدارة السلطات سلطات
  القصر الديوان الأونروا اليونيفيل الحرس الادعاء الاستخبارات قيادة المركز مركز المعهد معهد المنتدى أرقام الأرقام
  إحصاءات الإحصاءات إحصائيات الإحصائيات دراسة الدراسة تقرير التقرير وثيقة الوثيقة قطاع القطاع`);

/**
 * Words before a head in construct that leave it the head (`آخر الإحصائيات`, `معظم الخبراء`): the phrase is what its
 * second word is.
 */
export const BEFORE_HEAD = words('آخر أحدث أغلب معظم غالبية');
/** Plural heads (for agreement with a plural verb carried across sentences). */
export const PLURAL_HEADS = words(`مصادر المصادر أوساط الأوساط دوائر جهات مسؤولون مسؤولين مقربون مطلعون سكان السكان
  أهالي الأهالي مواطنون مزارعون المزارعون تجار التجار سائقو عمال العمال عدد بعض نواب خبراء الخبراء محللون مراقبون
  شهود ناشطون نشطاء طلاب أصحاب الطرفين الطرفان الجانبين الجانبان`);
/** Outlets: after `ل` they are an addressee (`لصحيفة …`), not a speaker. */
export const MEDIA = words(`صحيفة جريدة قناة موقع وكالة إذاعة تلفزيون مجلة شبكة محطة منصة برنامج`);

/** Adjectives that qualify a source's head beside the nisba and participle forms: `رفيع`, `بارز`, `موثوق`. */
export const QUALIFIERS = words(
  'رفيع رفيعة بارز بارزة كبير كبيرة رسمي مطلع مطلعة مشترك مشتركة خاص خاصة عليا رفيعو موثوق موثوقة أخرى آخر آخرون',
);
/** `بيان صادر عن …`: the words that tie a statement to the body that issued it. */
export const ISSUED = words('صادر صادرة الصادر الصادرة صدر صدرت');
/** Verbs of a source that withholds its name (`رفض الكشف عن اسمه`): the clause belongs to the anonymous phrase. */
export const WITHHOLDING_VERBS = words('رفض رفضت فضل فضلت طلب طلبت اشترط اشترطت آثر آثرت حجب حجبت');
/** What such a source withholds: the word that closes the clause (`… عن اسمه`, `… هويتهم`). */
export const WITHHELD_IDENTITY = words('اسمه اسمها اسمهم أسماءهم هويته هويتها هويتهم');
