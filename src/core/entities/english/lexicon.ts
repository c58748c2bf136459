/**
 * Word lists for English names in news copy. All entries are lowercase; tokens are compared lowercased. They are
 * lists of kinds of words (titles, heads of organisation names, place words), never names of particular entities:
 * those belong to the glossary.
 */

const set = (s: string) => new Set(s.trim().split(/\s+/));

/**
 * Words after which a person's name starts: "President Joseph Aoun", "Field Marshal Khalifa Haftar", "Central Bank
 * Governor Karim Souaid". The span keeps only what follows the last of them.
 */
export const TITLES = set(`
  president vice prime premier minister ministers speaker deputy mp lawmaker senator sen congressman congresswoman
  sheikh sheikha shaikh cheikh emir amir king queen prince princess sultan crown monarch
  marshal general gen lieutenant lt colonel col major maj brigadier brig captain capt admiral adm commander cmdr
  sergeant sgt corporal cpl officer
  dr doctor prof professor mr mrs ms miss sir dame lord judge justice
  ambassador envoy governor gov mayor secretary chairman chairwoman chairperson chair chief director
  spokesman spokeswoman spokesperson imam patriarch cardinal bishop archbishop metropolitan pope father fr rev reverend
  rabbi mufti ayatollah sayyed sayyid mullah cleric pastor hon rep
  economist analyst lawyer attorney engineer architect journalist researcher activist commissioner chancellor
  councillor councilman councilwoman coach president-elect
`);

/** Abbreviated titles written with a full stop (`Gen. Rodolphe Haykal`): the stop ends no sentence. */
export const ABBREVIATIONS = set(
  `gen lt col maj capt sgt cpl brig adm cmdr dr prof mr mrs ms st rev fr sen rep gov hon`,
);

/** Roles that precede a title without being part of a name: "Finance Minister", "Council member". */
export const PERSON_NOUNS = set(`
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

/** Nouns that say an appositive name is an organisation: "a local association, Roots of the South". */
export const ORG_NOUNS = set(`
  association group company firm movement party organisation organization agency ngo charity bank fund militia
  coalition network newspaper daily weekly outlet channel broadcaster station body institution institute union
  syndicate federation cooperative co-operative consortium alliance authority ministry council committee bloc
  faction manufacturer supplier operator lender donor developer startup start-up platform foundation website
  university college school hospital club team brand chain retailer exporter importer producer carrier airline
  insurer bloc publication magazine
`);

/** Nouns that say a name is a place: "Hasbaya district", "the village of Kfarshouba". */
export const PLACE_NOUNS = set(`
  village villages town towns city cities district districts region province governorate area municipality
  neighbourhood neighborhood suburb suburbs camp country state capital port island valley border countryside coast
  quarter enclave hamlet locality caza qada mohafaza plain plains mountains highlands outskirts countryside oasis
  township county
`);

/** The last word of an organisation's name: "International Monetary Fund", "Amal Movement". */
export const ORG_HEADS = set(`
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
export const ORG_FIRST = set(`jabhat hayat harakat hizb tayyar saraya liwa jaish ansar asaib kataib kata'ib`);

/** The last word of a place's name: "Bekaa Valley", "Gaza Strip", "Golan Heights". */
export const PLACE_HEADS = set(`
  valley sea gulf strip river mountains mountain heights governorate province district region city island islands
  coast plain desert peninsula lake ocean bay strait canal basin delta oasis
`);

/** First words of a place's name: "Mount Lebanon", "Ras Baalbek", "Kafr Kila", "South Lebanon". */
export const PLACE_FIRST = set(`
  mount mt lake cape port fort ras ain ein deir dayr tell tal jabal jebel wadi bir kafr kfar beit bint marj
  nahr khan qasr souk souq bab borj burj jisr sidi saint st north south east west northern southern eastern western
  upper lower central greater
`);

/** Words that say the name after them is a place: "in Homs", "near Al Bayda", "from Zahle". */
export const PLACE_PREPOSITIONS = set(
  `in near from to into across outside inside towards toward around throughout via`,
);

/** Lowercase words that may stand inside a name between capitalised ones: "University of Beirut", "Electricite du Liban". */
export const CONNECTORS = set(
  `of for du de des la le al el bin ibn bint abu bou abou abi van von der den di da dos do`,
);

/** Arabic name particles glued to a capitalised name (`al-Sharaa`, `el-Khoury`) or standing before it (`bin`, `Abu`). */
export const ARTICLE_PREFIX = /^(?:al|el|ad|ed|as|es|ash|esh|at|et|az|ez|ar|er|an|en|bin|ben|ibn|abu|abou|bou)-/i;
export const PARTICLES = set(`al el bin ibn bint abu abou bou abi`);

/** Reporting verbs: "Saddi said", "said Lina Kassab". */
export const SAYS = set(`said says told tells added adds stressed noted explained warned argued insisted recalled`);

/** Acronyms that name no organisation or place. */
export const NOT_ACRONYMS = set(`
  ceo cfo coo cto mp mps gdp tv am pm dna id ok vat phd covid aids hiv sms usd eur lbp gbp kwh mw gw km kg lng lpg
  suv faq pdf ai ip vip ngo ngos vs etc bc ad bce ce ii iii iv vi vii viii ix xi xii gmt utc pr hr fm sos dj mc
  i a q qa rip faqs ceos lol omg fyi nb ps tbd asap diy
`);

/**
 * Given names common in the region's press, in their usual transliterations. Western first names come from
 * compromise's own lexicon. Only a name that starts a span of two words or more counts as a person's first name.
 */
export const FIRST_NAMES = set(`
  mohammed mohammad muhammad mohamed mohamad mehmet ahmed ahmad ali hassan hasan hussein husain hussain houssein
  khalil khaled khalid rami ramy samir sami samy samira wafic wafiq wafik nawaf nabih nabil fathia fatima fatma
  salem salim selim khalifa rola rula mona muna lina rania nadine nadia hala hiba zeina zaina rima reem layla leila
  laila maryam mariam myriam marwan walid waleed ziad ziyad fadi fady hadi tarek tareq tariq omar umar osama usama
  ibrahim ismail youssef yousef yusuf yussef elias elie georges antoine michel pierre charbel jihad ghassan imad
  emad issam essam bassam hisham hicham hesham mahmoud mahmud mustafa moustafa mostafa mustapha nasser nasr jamal
  gamal kamal kamel adel adil amer amir ameer anas ayman aymen bilal karim kareem majed majid maher mazen nizar
  nidal raed rafic rafik rafiq riad riyad saad saeed sa'id salah saleh salih talal tamer tamir wael wissam yasser
  yasir yassine yassin yahya zaher zuhair zouheir abbas abdallah abdullah abdel abdul abd adnan akram ashraf atef
  ayoub bashar bashir bachir fouad fuad faisal faysal fawaz fayez ghazi habib hamza hamdi hamad hamid hamed haitham
  haytham hani hany hatem hazem hilal hussam houssam ihab iyad eyad jawad kassem qassem qasim khaldoun louay loay
  mahdi mehdi mansour marwa mohannad mounir munir murad mourad musa moussa naji najib nagib nassif nour noor nouri
  nuri osman othman qais qays rabih rabie radwan ragheb ramzi rashid rachid rasheed rida reda ridha sabri safwan
  sahar samer sameer shadi shady shafik shawki chawki suleiman sleiman sulaiman taha taher tahir tawfiq toufic
  toufik wajdi wahid younes yunus zakaria zakariya amal amira asma aya aisha aicha basma dalia dima dina eman iman
  farah ghada hanan hana haifa hayat hind houda huda inas jana joumana jumana khadija lama lamia lara lubna lana
  manal maha maysa mira nada najat najla nawal nisreen nesrine rasha randa rana razan rouba ruba safaa salma samar
  sana sawsan souad suad siham soha suha wafa widad yasmin yasmine zahra zainab zeinab asim shehbaz masoud
  tony rony roy nicolas jean camille nayla carole joelle rita nathalie chady rabea rabia nabiha nohad nouhad
  assaad asaad said-ali ghayath wadih wadie fares faris firas firass kinda lamis marcelle micheline nada nidaa
  raghida riham rihab roula samia soumaya sumaya tala yara zeinab zeina hiyam antoinette boutros butros
  gebran gibran jibran sleimane suhail souheil suheil haidar haydar hayder muqtada nouri adil qusay uday saddam
  muammar moammar mu'ammar seif saif aguila aquila abdulhamid abdelhamid fayez fathi fathy mabrouk miloud ramadan
`);
