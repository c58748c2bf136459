/** Parts of Arabic personal names a speaker's name run joins across, folded: particles and compound given names. */
import { words } from '../words';

/** Particles inside Arabic names: `أبو سعيدة`, `عبد الله`, `بن حمد`. */
export const NAME_PARTICLES = words('أبو أبي أبا عبد بن ابن بنت آل أم ولد بو');
/** First halves of compound names that take a definite second half: `شمس الدين`, `سيف الإسلام`. */
export const COMPOUND_FIRST = words(
  'شمس نور عز علاء صلاح عماد بدر نصر جمال كمال فخر تاج محيي زين سيف سعد شرف بهاء ضياء حسام سراج',
);
/** Their second halves: a closed set. */
export const COMPOUND_SECOND = words('الدين الله الإسلام الرحمن الرحيم العابدين الحق النور الكريم العزيز');
