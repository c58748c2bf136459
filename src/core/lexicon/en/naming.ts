/** English words that name what follows them, lower-cased: a quoted span after one is a name or a title, not a claim. */
import { words } from '../words';

/** Nouns and verbs of naming before a quoted name or title: `the film "…"`, `dubbed "…"`, `the so-called "…"`. */
export const NAME_NOUNS = words(`party movement group operation campaign initiative plan programme program newspaper
  magazine channel show series film movie book novel album song titled entitled call calls called dub dubs dubbed named
  nicknamed codenamed code-named so-called slogan hashtag brand term word words phrase label project scheme fund
  festival exhibition conference summit agreement accord law bill report study column podcast documentary app
  platform account motto banner headline alliance bloc coalition militia brigade play poem website site page list`);
