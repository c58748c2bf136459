/**
 * The commonest function words of the languages news pages come in, as a fingerprint of each: articles, pronouns,
 * prepositions, conjunctions and auxiliaries, the words any paragraph of the language is made of. Only the words of
 * one language and no other nearby one count (`de` is Spanish, French, Portuguese and Dutch alike, so none holds it).
 */
import { words } from './words';

/** Languages written in the Arabic script. */
export const ARABIC_SCRIPT_WORDS: Record<string, Set<string>> = {
  ar: words(
    'في من على الى إلى عن ان أن التي الذي الذين هذا هذه ذلك مع كان كانت قد لم لن حيث بين بعد قبل عند ايضا أيضا',
  ),
  fa: words('است این آن را که می برای های شد کرد بود شده خود یک نیز اما باید شود کند دارد ما او هم تا'),
  ur: words('کے کی ہے میں سے اور کو نے یہ وہ ہیں تھا تھی کہ پر گیا کیا ہو بھی'),
};

/** Languages written in the Latin script. */
export const LATIN_SCRIPT_WORDS: Record<string, Set<string>> = {
  en: words('the and of to is was that with for on are be this have from by it which were has been their they not'),
  fr: words('le la les des du une dans pour qui que sur pas au avec ce il elle sont ont cette aux mais été nous leur'),
  de: words('der die das und ist nicht den dem ein eine mit sich auf für von zu im auch es sie wird sind wurde nach'),
  es: words('el la los las del una es y en que por con para se su al lo como más pero fue sus ha este esta'),
  pt: words('o os as do da dos das uma é e em que para com não se na no ao foi mais como pelo pela seu sua'),
  it: words('il lo gli della delle di che è e per con non una sono nel nella alla dal anche più come questo stato'),
  nl: words('het een van en is dat op te zijn voor met niet aan ook door wordt bij naar worden deze maar'),
  cs: words('a je se na v že s to do z o k by jako ale jsou byl být také které který pro podle'),
  pl: words('i w na z się do że nie jest to o jak po przez dla od są był także jego które'),
  tr: words('ve bir bu da de için ile olarak olan çok daha gibi ama en ne var sonra kadar'),
  id: words('yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke oleh adalah karena'),
  la: words('et est ut ad cum sed quae quod sit enim ex nisi quo quam sunt atque vel eius aut'),
  sv: words('och att det som en är på för av med till den har inte om ett var jag men'),
};
