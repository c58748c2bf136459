/** English titles and roles before a speaker's name, lower-cased: `Foreign Minister Jane Doe`, `the minister`. */
import { words } from '../words';

/** Titles before a name (`Foreign Minister Jane Doe`), not part of it; alone they name someone by role. */
export const ROLES = words(`president prime minister foreign finance defence defense interior economy energy health
  education justice secretary general gen lt col colonel major maj captain capt dr mr mrs ms miss professor prof sheikh
  king queen prince princess emir sultan ambassador senator sen rep representative governor gov mayor judge justice chief
  commander sergeant sgt bishop patriarch imam pope speaker chairman chairwoman chair ceo director deputy vice mp field
  marshal brigadier admiral officer lieutenant premier chancellor envoy spokesman spokeswoman spokesperson father mother
  cardinal rabbi sir dame lord lady head leader economist analyst researcher professor`);
