/**
 * English organisations: the words that close or open an organisation's name, and the nouns that say a name is one.
 */
import { words } from '../words';

/** The last word of an organisation's name: "International Monetary Fund", "Amal Movement". */
export const ORG_HEADS = words(`
  university college school institute academy fund bank banque army forces force guard brigade brigades battalion
  militia movement party front bloc alliance coalition council assembly parliament congress senate committee
  commission ministry department directorate authority agency bureau administration association union federation
  league syndicate chamber society foundation organisation organization institution corporation company group
  holding holdings exchange court tribunal church patriarchate hospital center centre airlines airways news times
  post network channel tv radio press gazette herald expo fair festival forum programme program club police
  security intelligence service services mission nations cooperative inc ltd llc sal corp co trust laboratories
  industries telecom media communications observatory office lab labs reserve board cabinet commandos unit
  initiative watch cross crescent municipality government treasury presidency secretariat embassy consulate
`);

/** First words of an organisation's name in transliterated Arabic: "Jabhat al-Nusra", "Harakat Amal". */
export const ORG_FIRST = words(`jabhat hayat harakat hizb tayyar saraya liwa jaish ansar asaib kataib kata'ib`);

/** Nouns that say an appositive name is an organisation: "a local association, Roots of the South". */
export const ORG_NOUNS = words(`
  association group company firm movement party organisation organization agency ngo charity bank fund militia
  coalition network newspaper daily weekly outlet channel broadcaster station body institution institute union
  syndicate federation cooperative co-operative consortium alliance authority ministry council committee bloc
  faction manufacturer supplier operator lender donor developer startup start-up platform foundation website
  university college school hospital club team brand chain retailer exporter importer producer carrier airline
  insurer bloc publication magazine
`);

/** Plural nouns for organisations that a name may exemplify: `groups such as X`, `parties like X`. */
export const ORG_PLURALS = words(`
  groups parties companies firms organisations organizations agencies banks movements militias
`);
