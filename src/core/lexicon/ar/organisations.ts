/** Arabic organisations: the heads their names are built on, the nouns before a bare name, and the armed forces. */
import { words } from '../words';

/**
 * Heads of organisation names that belong to the name (`حزب الله`, `وزارة الخارجية`, `جامعة القاهرة`): the head and
 * the definite words after it make the name.
 */
export const ORG_HEADS = words(`
  حزب حركه تيار جمعيه وزاره مجلس هيئه جامعه منظمه اتحاد رابطه نقابه مؤسسه جبهه لجنه وكاله مصرف بنك صندوق
  محكمه مكتب معهد مركز اكاديميه كليه مستشفي جهاز دائره مديريه اداره سلطه بلديه برلمان كتله تجمع ائتلاف
  منتدي هيئه غرفه بورصه مرصد
`);

/**
 * Fields a body's name gives after `ل` in construct (`المرصد السوري لحقوق الإنسان`, `مركز لدراسات الشرق`), as it does
 * after `لل` (`للدراسات`); a verbal noun after `ل` is a purpose (`اجتمع المجلس لبحث الموازنة`), not the name.
 */
export const ORG_FIELDS = words('حقوق شؤون دراسات ابحاث رعايه تنميه اغاثه مكافحه');

/** Nouns after which a bare proper name names an organisation (`شركة موتورولا`, `نادي تشيلسي`): the noun stays out. */
export const ORG_BEFORE = words('شركه نادي فريق صحيفه مجله قناه اذاعه وكاله مجموعه منتخب مصنع');

/**
 * Adjectives that say where a body sits, when it meets or what it is doing, never a word of its name: the name ends
 * before them (`جبهة الخلاص الوطني المتمردة`, `المحكمة الجنائية العليا الواقعة في`, `مجلس الأمن البالغ عدد أعضائه`).
 */
export const ORG_DESCRIBING = words(`
  الواقع الواقعه المنعقد المنعقده التابع التابعه المتمرد المتمرده المدجج المدججه البالغ البالغه المشرف المشرفه
  الجديد الجديده السابق السابقه المقبل المقبله الحالي الحاليه المنتخب المنتخبه المذكور المذكوره
  اليوميه الاسبوعيه الشهريه السنويه اليومي الاسبوعي الشهري السنوي
`);

/**
 * Words that name only a sports club and stand before its city (`دينامو كييف`, `سسكا موسكو`, `أسيك أبيدجان`): with
 * the city they are the club's name, an organisation, and the city in it no place. Not `ريال`, also the currency.
 */
export const CLUB_WORDS = words(`
  دينامو سسكا ستيوا ايك اسيك سبارتاك لوكوموتيف شاختار اتلتيكو سبورتنغ سبورتينغ هابويل مكابي بيتار سلافيا رابيد
  بوروسيا
`);

/**
 * Heads that are first the act of running something (`إدارة الحرب`, `إدارة البنك`, `لإدارة النفايات`): over the whole
 * ANERcorp file the head rule named a body with `إدارة` 0 times in 18; a department so named is left to the glossary.
 */
export const ACT_HEADS = words('اداره');

/** The nouns a sports club's name follows in construct (`فريق برشلونة`, `نادي قطر`). */
export const CLUB_NOUNS = words('فريق نادي');

/**
 * Words of a match report (readings without proclitics or article; pronoun and tanween forms as written; not `هدف`,
 * also an aim): where they
 * stand near a city with a country's masculine nisba, the city is its club (`حقق ليون الفرنسي فوزه`).
 */
export const MATCH_WORDS = words(`
  فوز فوزه فوزا فاز يفوز مباراه المباراه مباراتها هدفا هدفين الدوري دوري بطوله كاس لاعب لاعبا لاعبي ملعب
  تعادل خساره خسر يخسر شوط الشوط مرمي مدرب مضيفه ضيفه منافسه انطلاقتها
`);

/** Armed forces: named only with a proper word after them (`قوات الدعم السريع`), never with a nisba alone. */
export const ARMED = words('جيش الجيش قوات القوات ميليشيا ميليشيات كتائب سرايا لواء فيلق شرطه الشرطه المؤسسه');

/**
 * Words that say what kind of body or place a glossary name is (`حركة حماس`, `منظمة الأمم المتحدة`, `وكالة فرانس
 * برس`, `سهل البقاع`). Where the rest is itself a name of the same entry, the word is matched but not highlighted.
 * Heads that are part of an institution's own name (`مؤسسة كهرباء لبنان`, `وزارة المال`) are not among them.
 */
export const DESCRIPTORS = words('حركة تنظيم منظمة هيئة وكالة صحيفة جريدة قناة شركة مجموعة ميناء مرفأ سهل');

/**
 * The English words of a paper's or a channel's name as the Arabic press writes them (`ديلي ميل`, `واشنطن بوست`,
 * `ديلي ستار`): the word before one is part of that name, not the place or the word it spells alone.
 */
export const PUBLICATION_WORDS = words(
  'تايمز بوست نيوز تلغراف تليغراف هيرالد جورنال تريبيون اكسبرس ميرور غازيت كرونيكل',
);

/**
 * `ديلي` (Daily) in its spellings, and the words of a paper's name that are everyday words alone (`ستار`, a curtain;
 * `ميل`, a mile): those only after it.
 */
export const DAILY = words('ديلي دايلي');
export const AFTER_DAILY = words('ميل ستار بيست');

/** Heads of bodies and places named after a person (`مركز جون إف. كينيدي`, `جامعة رفيق الحريري`): the name is theirs. */
export const NAMED_AFTER_HEADS = words('مركز جامعه مستشفي مؤسسه مطار مدرسه ملعب قاعه جائزه');
