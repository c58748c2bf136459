/**
 * Arabic places: the places the press names every day, the nouns and prepositions that say a place is meant, and the
 * compass words.
 */
import { words } from '../words';

/** Countries, continents, regions and cities that the press names every day (the glossary adds cards for them). */
export const PLACES = words(`
  لبنان سوريا سوريه العراق الاردن فلسطين مصر ليبيا تونس الجزائر المغرب موريتانيا السودان اليمن عمان قطر البحرين
  الكويت السعوديه الامارات ايران تركيا اسرائيل قبرص اليونان روسيا اوكرانيا الصين اليابان الهند باكستان افغانستان
  بنغلاديش اندونيسيا ماليزيا تايلاند الفيليبين الفلبين فيتنام كوريا سنغافوره استراليا نيوزيلندا كندا اميركا امريكا
  المكسيك البرازيل الارجنتين تشيلي كولومبيا فنزويلا البيرو كوبا فرنسا المانيا بريطانيا انكلترا انجلترا ايطاليا
  اسبانيا البرتغال هولندا بلجيكا سويسرا النمسا السويد النروج النرويج الدنمارك فنلندا بولندا المجر رومانيا بلغاريا
  صربيا كرواتيا البوسنه مقدونيا سلوفينيا سلوفاكيا التشيك تشيكيا ايرلندا ايسلندا اسكتلندا ويلز الاكوادور بوليفيا
  جورجيا ارمينيا اذربيجان كازاخستان اوزبكستان تركمانستان قرغيزستان طاجيكستان منغوليا ميانمار بورما كمبوديا
  لاوس نيبال سريلانكا اثيوبيا اريتريا الصومال جيبوتي كينيا اوغندا تنزانيا رواندا بوروندي الكونغو نيجيريا النيجر
  تشاد السنغال غانا الكاميرون انغولا زامبيا زيمبابوي موزمبيق مدغشقر ناميبيا بوتسوانا الغابون غينيا
  ليبيريا سيراليون بنين توغو اوروبا افريقيا آسيا اسيا اوقيانيا الاوروغواي الباراغواي بنما كوستاريكا هايتي
  بيروت دمشق بغداد القاهره الرياض جده مكه الدوحه المنامه ابوظبي دبي الشارقه مسقط صنعاء عدن
  طرابلس بنغازي مصراته سرت الرباط الخرطوم نواكشوط القدس غزه نابلس الخليل الفاشر الدمام
  جنين اريحا طولكرم قلقيليه رفح حيفا يافا عكا الناصره اسطنبول انقره طهران كابول مشهد اصفهان تبريز
  كراتشي لاهور نيودلهي دلهي مومباي بكين شنغهاي طوكيو سيول موسكو كييف وارسو برلين باريس لندن روما
  مدريد برشلونه لشبونه امستردام بروكسل جنيف فيينا ستوكهولم اوسلو كوبنهاغن هلسنكي اثينا واشنطن نيويورك
  شيكاغو بوسطن ميامي تكساس كاليفورنيا فلوريدا اوتاوا تورونتو مونتريال سيدني ملبورن الاسكندريه
  حلب حمص حماه اللاذقيه طرطوس ادلب درعا السويداء القنيطره الرقه الحسكه القامشلي البصره الموصل
  كركوك اربيل النجف كربلاء الفلوجه الرمادي تكريت السليمانيه صيدا زحله جبيل جونيه بعلبك الهرمل النبطيه
  عكار البقاع الجليل الجولان سيناء كردستان دارفور البلقان القوقاز
  الشيشان كشمير التيبت تايوان ماكاو الفاتيكان موناكو مالطا لوكسمبورغ ميونيخ هامبورغ ميلانو نابولي مرسيليا ليون
  تل_ابيب رام_الله بيت_لحم خان_يونس اسلام_آباد لوس_انجليس هونغ_كونغ دير_الزور الدار_البيضاء ابو_ظبي
  الضفه_الغربيه قطاع_غزه الشرق_الاوسط الخليج_العربي البحر_المتوسط البحر_الاحمر البحر_الميت ساحل_العاج
  الولايات_المتحده المملكه_المتحده كوريا_الشماليه كوريا_الجنوبيه جنوب_افريقيا نيو_يورك سان_فرانسيسكو
  البوسنه_والهرسك شمال_افريقيا امريكا_اللاتينيه اميركا_اللاتينيه جبل_لبنان الشمال_السوري
`);

/** Towns, villages and governorates, in the singular. */
const SETTLEMENT_NOUNS = 'مدينة بلدة قرية محافظة';

/** Nouns a place's name is written after (`مدينة غزة`, `قضاء عكار`, `منطقة البقاع`). */
const PLACE_NOUN_LIST = `${SETTLEMENT_NOUNS} قضاء منطقة`;

/**
 * The place nouns after which a name may end in ta marbuta (`بلدة رحبة`, `محافظة حماة`); after `منطقة` such a word is
 * nearly always an adjective (`منطقة آمنة`).
 */
const SETTLEMENT_LIST = `${SETTLEMENT_NOUNS} بلدات قرى مدن`;
export const SETTLEMENTS = words(SETTLEMENT_LIST);

/** Nouns after which the next word names a place (مدينة بنغازي): the trigger itself is not part of the name. */
export const PLACE_TRIGGERS = words(`${SETTLEMENT_LIST} ${PLACE_NOUN_LIST}
  مخيم ولايه اقليم مقاطعه جزيره جزر العاصمه عاصمه حي ضاحيه نهر بحر بحيره جبل جبال وادي سهل صحراء خليج مضيق ميناء
  مرفا مطار معبر
`);

/**
 * Nouns a glossary place's name is often written with (`مدينة غزة`, `قضاء عكار`, `دولة الكويت`): like a title they
 * tell which place is meant, and like a title they are not highlighted, as the rules leave them out of a place they
 * find.
 */
export const PLACE_NOUNS = words(`${PLACE_NOUN_LIST} مخيم دولة`);

/** Compass words: `جنوب لبنان`, `شرق ليبيا`. */
const COMPASS = 'جنوب شمال شرق غرب وسط جنوبي شمالي شرقي غربي';

/**
 * Compass words and `أقصى` (`أقصى الشمال`): what follows is a place only where it is one already. The rules do not
 * read it; the statistical tagger's features do.
 */
export const DIRECTIONS = words(`${COMPASS} أقصى`);

/**
 * Words after which a place is meant (`في صور`, `قضاء عاليه`, `جنوب الزاوية`): prepositions of place and movement,
 * compass words and place nouns. A place's name that is also an everyday word is matched only after one of them.
 */
export const PLACE_CONTEXT = words(`
  في من الى إلى على عن بين قرب نحو باتجاه حتى داخل خارج عند لدى ${COMPASS} ${PLACE_NOUN_LIST} أطراف ضواحي بلدية
`);
