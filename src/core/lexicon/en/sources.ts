/**
 * English heads of sources, lower-cased: anonymous sourcing (vague), unnamed groups who speak for themselves,
 * institutions, and the words around an anonymous source (`senior`, `familiar with`).
 */
import { words } from '../words';

/** Heads of anonymous sourcing: vague. */
export const VAGUE_HEADS = words(`source sources official officials insider insiders person people diplomat diplomats
  aide aides figures observers`);
/** Heads of unnamed groups who speak for themselves: anonymous, yet not vague sourcing. */
export const GROUP_HEADS = words(`residents resident witness witnesses farmers farmer traders trader shopkeepers
  shopkeeper drivers driver parents parent students student villagers villager neighbours neighbors colleagues friends
  relatives workers worker activists activist critics critic experts expert analysts members member locals local
  families family protesters protester doctors doctor teachers teacher owners owner fishermen fisherman merchants
  merchant mps lawmakers supporters opponents some many several others one`);
/** Heads of institutions, bodies and documents that speak: `the ministry said`, `a report found`. */
export const INSTITUTION_HEADS = words(`ministry government army military police statement department office agency
  council commission committee company firm party authority authorities administration embassy court prosecutors union
  bank fund municipality organisation organization association chamber coalition alliance cabinet presidency palace
  side delegation board federation institute university hospital network newspaper channel group movement mission force
  forces agency command directorate secretariat parliament assembly senate house kremlin bureau service services
  regulator unit cooperative council report study survey document letter memo review audit investigation inquiry poll`);

/**
 * Papers someone issues (`the statement said`): the speaker is who issued one, named before, never the paper itself;
 * a study, a survey or a poll speaks for itself.
 */
export const ISSUED_DOCUMENTS = words('statement letter memo communique release declaration');

/** What follows a plural vague head that opens a clause of sourcing: `sources said`, `officials familiar with …`. */
export const VAGUE_FOLLOWERS = words('said say says told familiar close with who in at briefed speaking');
/** Of those, the ones that open a qualifier the vague phrase runs on through (`familiar with the talks`). */
export const VAGUE_QUALIFIERS = words('familiar close with who briefed speaking in at');
/** Where that qualifier ends: the reporting verb or the clause after it. */
export const VAGUE_QUALIFIER_ENDS = words('said say says told that and');
/** Modifiers before a vague head that belong to the phrase: `senior Western diplomats`, `two Israeli officials`. */
export const VAGUE_MODIFIERS =
  words(`senior diplomatic government military security western arab regional local informed
  some several two three other unnamed anonymous us u.s israeli lebanese syrian iraqi european`);
