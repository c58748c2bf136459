/**
 * Arabic function words that bound a speaker's noun phrase, folded: prepositions, adverbs, relatives and the particles
 * of a clause whose subject comes before its verb (`أما X فيقول`, `وكان X قد قال`).
 */
import { words } from '../words';

/** Prepositions (free-standing) that end a bare subject. */
export const PREPOSITIONS = words(`في إلى الى على عن من مع خلال عبر أمام بعد قبل حول لدى عند منذ ضمن إثر بين نحو عقب
  أثناء وسط داخل خارج تحت فوق ضد حتى بحضور لجهة بشأن حيال تجاه بعيد قرب لمناسبة بمناسبة أمس باسم`);
/** Adverbs that may stand between a reporting verb and its subject. */
export const ADVERBS = words(`أيضا أيضاً كذلك بدوره بدورها بدورهم بدوره أمس اليوم الأحد الاثنين الثلاثاء الأربعاء
  الخميس الجمعة السبت صباحا مساء مساءً صباحاً لاحقا سابقا مجددا مجدداً بدوره بدورها حينها آنذاك حينذاك`);
/** Words that cannot be part of a name run. */
export const NOT_IN_NAMES = words(`إحدى أحد بعض عدد كل جميع غير ذلك هذا هذه هؤلاء التي الذي الذين اللذين اللتين قد لا ما
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
