/**
 * Words of titles and ranks that stand before a name and are never part of it, in folded form. The glossary's titled
 * forms (`King Salman`, `الملك سلمان`) are matched whole and highlighted without these leading words.
 */
import { fold } from './normalize';

const words = (s: string) => new Set(s.trim().split(/\s+/).map((w) => fold(w).toLowerCase()));

export const TITLE_WORDS = words(`
  president king queen prince princess crown sheikh shaikh emir amir sultan general gen colonel col field marshal
  imam ayatollah grand sayyed sayyid syed patriarch pope cardinal bishop archbishop mufti judge minister prime speaker
  dr doctor mr mrs ms lord sir brigadier major captain lieutenant senator governor mayor
  الرئيس الملك الملكة الأمير الأميرة ولي العهد الشيخ السلطان الجنرال العقيد المشير الفريق اللواء العميد الإمام آية الله
  السيد البطريرك البابا الكاردينال المطران المفتي القاضي الوزير رئيس الحكومة الوزراء الدكتور الحاكم النائب
`);

/** How many leading words of a name are title words. */
export function titleLength(words: string[]): number {
  let n = 0;
  while (n < words.length - 1 && TITLE_WORDS.has(fold(words[n]).toLowerCase().replace(/\.$/, ''))) n++;
  return n;
}
