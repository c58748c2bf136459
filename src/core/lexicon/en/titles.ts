/**
 * English titles, ranks and roles: the words before a person's name that say a person is meant and are never part of
 * the name, their abbreviations, and the nouns for people that an appositive or a list uses.
 */
import { words } from '../words';

/** Titles the press puts before a family name alone (`President Aoun`), so the word after one is a person. */
const SURNAME_TITLE_LIST = `
  president king prince sheikh emir sultan pope patriarch cardinal minister speaker senator governor mayor mr mrs ms dr
`;
export const SURNAME_TITLES = words(SURNAME_TITLE_LIST);

/**
 * Words after which a person's name starts: "President Joseph Aoun", "Field Marshal Khalifa Haftar", "Central Bank
 * Governor Karim Souaid". The span keeps only what follows the last of them.
 */
export const TITLES = words(`${SURNAME_TITLE_LIST}
  vice prime premier ministers deputy mp lawmaker sen congressman congresswoman sheikha shaikh cheikh amir queen
  princess crown monarch marshal general gen lieutenant lt colonel col major maj brigadier brig captain capt admiral
  adm commander cmdr sergeant sgt corporal cpl officer doctor prof professor miss sir dame lord judge justice
  ambassador envoy gov secretary chairman chairwoman chairperson chair chief director spokesman spokeswoman
  spokesperson imam bishop archbishop metropolitan father fr rev reverend rabbi mufti ayatollah sayyed sayyid mullah
  cleric pastor hon rep economist analyst lawyer attorney engineer architect journalist researcher activist
  commissioner chancellor councillor councilman councilwoman coach president-elect
`);

/**
 * The leading words of a glossary name's titled form (`King Salman`), matched with it and highlighted without it:
 * titles and ranks, and the other words of the titles they open (`Crown Prince`, `Field Marshal`, `Grand Mufti`).
 */
export const TITLE_WORDS = words(`${SURNAME_TITLE_LIST}
  queen princess crown shaikh amir general gen colonel col field marshal imam ayatollah grand sayyed sayyid syed bishop
  archbishop mufti judge prime doctor lord sir brigadier major captain lieutenant
`);

/** Roles that precede a title without being part of a name: "Finance Minister", "Council member". */
export const PERSON_NOUNS = words(`
  engineer economist consultant contractor farmer trader merchant director manager official spokesman spokeswoman
  spokesperson analyst researcher professor lecturer teacher lawyer judge activist resident member head chairman
  chairwoman chair president minister mp deputy lawmaker politician journalist reporter correspondent editor writer
  author expert specialist doctor physician surgeon nurse pharmacist dentist owner founder co-founder ceo executive
  businessman businesswoman investor student father mother son daughter brother sister wife husband cousin uncle
  aunt widow nephew niece grandson granddaughter mayor governor commander officer soldier fighter leader chief
  coordinator adviser advisor diplomat ambassador envoy negotiator secretary artist singer poet novelist filmmaker
  actor actress player coach cleric priest imam sheikh bishop patriarch mufti candidate worker employee vendor
  shopkeeper craftsman craftswoman architect historian archaeologist scientist banker accountant chef driver
  fisherman shepherd mukhtar chairperson volunteer organiser organizer photographer designer producer presenter
  anchor host broadcaster blogger entrepreneur developer landlord tenant pensioner retiree veteran mother-of-three
  father-of-three survivor victim witness relative neighbour neighbor friend colleague counterpart successor
  predecessor rival opponent ally nominee defendant prosecutor detainee prisoner suspect
`);

/** Plural nouns for people that a name may exemplify: `figures such as X`, `leaders like X`. */
export const PERSON_PLURALS = words('people figures leaders politicians officials men women artists writers ministers');
