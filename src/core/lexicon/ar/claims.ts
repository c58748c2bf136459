/**
 * Arabic words that make a sentence checkable, folded, by word class (matched after the proclitics come off: `بسبعة`,
 * `والأكبر`): numbers, measures, comparisons, trends, causes, and the words of opinion and prediction, which nobody
 * can check yet.
 */
import { words } from '../words';

/** Numbers written out (the hundreds as one word: `ثلاثمئة`), fractions and counts: `سبعة مشاريع`، `نصف البيوت`. */
export const NUMBER_WORDS = words(`اثنان اثنين اثنتان اثنتين ثلاثة ثلاث أربعة أربع خمسة خمس ستة ست سبعة سبع ثمانية
  ثماني ثمان تسعة تسع عشرة عشر عشرون عشرين ثلاثون ثلاثين أربعون أربعين خمسون خمسين ستون ستين سبعون سبعين ثمانون
  ثمانين تسعون تسعين مئة مائة مئتا مئتي مئات ثلاثمئة ثلاثمائة أربعمئة أربعمائة خمسمئة خمسمائة ستمئة ستمائة
  سبعمئة سبعمائة ثمانمئة ثمانمائة تسعمئة تسعمائة ألف ألفا ألفي آلاف ألوف مليون مليونا ملايين مليار مليارات عشرات نصف
  ثلث ثلثا ثلثي ربع خمس ضعف ضعفي أضعاف غالبية معظم أغلبية نسبة`);
/** Words of a share: `بالمئة`، `في المئة`، `٪`. */
export const PERCENT_WORDS = words('المئة المائة بالمئة بالمائة المية بالمية');
/** Currencies, prices and costs (a budget named is a topic, not a sum). */
export const MONEY_WORDS = words(`دولار دولارات الدولار الدولارات ليرة ليرات الليرة يورو دينار دنانير ريال ريالات درهم
  دراهم جنيه أسعار الأسعار سعر كلفة تكلفة التضخم`);
/** Months (both calendars in use) and the words that date a claim to a period: `منذ سنوات`، `عام 2022`. */
export const DATE_WORDS = words(`كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين يناير فبراير مارس أبريل مايو
  يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر منذ سنوات عقود`);
/**
 * Comparisons and superlatives (the elative `أفعل`, with or without the article): `أكبر`، `الأول`، `أكثر من`. `مقابل` is
 * left out: `في المقابل` turns to another side, it compares nothing.
 */
export const COMPARISON_WORDS = words(`أكبر أصغر أعلى أدنى أكثر أقل أول أولى أسرع أبطأ أفضل أسوأ أطول أقصر أقدم أحدث
  أغلى أرخص أعمق أوسع أضخم أهم الوحيد الوحيدة وحيد قياسي قياسية مقارنة بالمقارنة يفوق تفوق يتجاوز تتجاوز تجاوز`);
/** Changes of a quantity over time: `تضاعف`، `ارتفاع`، `تراجعت`. */
export const CHANGE_WORDS = words(`تضاعف تضاعفت ارتفع ارتفعت يرتفع ترتفع ارتفاع انخفض انخفضت ينخفض تنخفض انخفاض تراجع
  تراجعت يتراجع تتراجع زاد زادت يزيد تزيد زيادة ازداد ازدادت ازدياد يتزايد تتزايد تزايد نما نمت نمو تقلص تقلصت تقلص
  خفض تحسن تحسنت تدهور تدهورت انهار انهارت قفز قفزت هبط هبطت`);
/** Causes and effects: `بسبب`، `أدى إلى`، `نتيجة`. */
export const CAUSE_WORDS = words(`بسبب سبب نتيجة جراء بفعل أدى أدت يؤدي تؤدي أسفر أسفرت تسبب تسببت ناجم ناجمة ناتج
  ناتجة لأن لان بفضل حرم حرمت`);
/** Opinion, wish and prescription: what a speaker wants or believes, not what is (`يحتاج إلى سنة` states a fact). */
export const OPINION_WORDS = words(`يجب ينبغي نريد يريد تريد نأمل يأمل تأمل نطالب يطالب يطالبون مطالبين يرى ترى أرى
  نعتقد يعتقد أعتقد ربما يبدو لعل ضرورة نحتاج دعا دعت`);
/** Prediction and plans: what will be, which no one can check yet (`سوف`، `يُنتظر`، `سيقوم`). */
export const FUTURE_WORDS = words(`سوف سيقوم ستقوم سيكون ستكون سيتم يتوقع يُتوقع متوقع ينتظر تنتظر يُنتظر المقبل
  المقبلة`);
