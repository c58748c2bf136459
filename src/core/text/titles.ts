/**
 * Words of titles and ranks that stand before a name and are never part of it, in folded form. The glossary's titled
 * forms (`King Salman`, `الملك سلمان`) are matched whole and highlighted without these leading words.
 */
import { fold } from './normalize';

const words = (s: string) =>
  new Set(
    s
      .trim()
      .split(/\s+/)
      .map((w) => fold(w).toLowerCase()),
  );

export const TITLE_WORDS = words(`
  president king queen prince princess crown sheikh shaikh emir amir sultan general gen colonel col field marshal
  imam ayatollah grand sayyed sayyid syed patriarch pope cardinal bishop archbishop mufti judge minister prime speaker
  dr doctor mr mrs ms lord sir brigadier major captain lieutenant senator governor mayor
  الرئيس الملك الملكة الأمير الأميرة ولي العهد الشيخ السلطان الجنرال العقيد المشير الفريق اللواء العميد الإمام آية الله
  السيد البطريرك البابا الكاردينال المطران المفتي القاضي الوزير رئيس الحكومة الوزراء الدكتور الحاكم النائب
`);

/**
 * Titles the press puts before a family name alone (`الرئيس بري`, `President Aoun`), so the word after one is a person.
 * Not ranks that are also everyday words (`الفريق` is a team too) nor the parts of `آية الله`.
 */
export const SURNAME_TITLES = words(`
  president king prince sheikh emir sultan pope patriarch cardinal minister speaker senator governor mayor mr mrs ms dr
  الرئيس الرئيسة الملك الأمير الشيخ السلطان العماد المشير الجنرال البطريرك المطران البابا الكاردينال الإمام السيد
  السيدة الوزير الوزيرة النائب النائبة السفير السفيرة المستشارة السيناتور
`);

/** How many leading words of a name are title words. */
export function titleLength(words: string[]): number {
  let n = 0;
  while (n < words.length - 1 && TITLE_WORDS.has(fold(words[n]).toLowerCase().replace(/\.$/, ''))) n++;
  return n;
}

/**
 * Nouns a place's name is often written with (`مدينة غزة`, `قضاء عكار`, `دولة الكويت`): like a title they tell which
 * place is meant, and like a title they are not highlighted, as the rules leave them out of a place they find.
 */
const PLACE_NOUNS = words('مدينة بلدة قرية مخيم دولة قضاء محافظة منطقة');

/** 1 where a place's name of two or more words opens with a place noun, else 0. */
export function placeNounLength(words: string[]): number {
  return words.length > 1 && PLACE_NOUNS.has(fold(words[0])) ? 1 : 0;
}

/**
 * Words that say what kind of body or place a name is (`حركة حماس`, `منظمة الأمم المتحدة`, `وكالة فرانس برس`, `سهل
 * البقاع`). Where the rest is itself a name of the same entry, the word is matched but not highlighted. Heads that are
 * part of an institution's own name (`مؤسسة كهرباء لبنان`, `وزارة المال`) are not among them.
 */
export const DESCRIPTORS = words('حركة تنظيم منظمة هيئة وكالة صحيفة جريدة قناة شركة مجموعة ميناء مرفأ سهل');

/**
 * Words after which a place is meant (`في صور`, `قضاء عاليه`, `جنوب الزاوية`): prepositions of place and movement,
 * compass words and place nouns. A place's name that is also an everyday word is matched only after one of them.
 */
export const PLACE_CONTEXT = words(`
  في من الى إلى على عن بين قرب نحو باتجاه حتى داخل خارج عند لدى جنوب شمال شرق غرب وسط جنوبي شمالي شرقي غربي
  مدينة بلدة قرية محافظة قضاء منطقة أطراف ضواحي بلدية
`);
