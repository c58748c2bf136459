/** English abbreviations whose full stop ends no sentence (`Mr. Smith`, `Gen. Haftar`), lower-cased, without the dot. */
import { words } from '../words';

export const ABBREVIATIONS =
  words(`mr mrs ms dr st gen col lt sgt cpl brig gov sen rep prof rev fr hon jr sr no vs etc inc
  co corp ltd capt maj adm cmdr mt ft`);
