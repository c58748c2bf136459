/** Parts of names a speaker's English name run joins across, lower-cased. */
import { words } from '../words';

/** Words that join a name run (`al-`, `bin`, `van`). */
export const NAME_PARTICLES = words('al el bin ibn abu abou van von de da di du del della la le bint ben ould');
