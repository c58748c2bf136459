/**
 * English names: the particles names are written with (Arabic ones transliterated, European ones), the given names
 * common in the region's press, and the words that tell which generation of a family is meant. All lowercase: tokens
 * are compared lowercased.
 */
import { words } from '../words';

/** Arabic particles that make one family name with the word after them: `Abu Mazen`, `bin Laden`, `al Sabah`. */
const FAMILY_PARTICLE_LIST = 'al el bin ibn abu';
export const FAMILY_PARTICLES = words(FAMILY_PARTICLE_LIST);

/** Arabic particles a name may open with in English copy (`bin Laden`, `al-Sharaa`, `bint Talal`). */
const ARABIC_OPENERS = `${FAMILY_PARTICLE_LIST} bint`;

/** Arabic particles and their spellings inside a name: `Salem al-Obeidi`, `Osama bin Laden`, `Nabih Abou Jaoude`. */
const ARABIC_PARTICLE_LIST = `${ARABIC_OPENERS} abou bou abi`;
export const ARABIC_PARTICLES = words(ARABIC_PARTICLE_LIST);

/** European particles a name may open with: `von der Leyen`, `de Mistura`, `Di Maio`. */
const EUROPEAN_PARTICLES = 'van von de du da di la le';

/** Particles a speaker's name runs across in English copy (`al-`, `bin`, `van`, `ould`). */
export const NAME_PARTICLES = words(`${ARABIC_PARTICLE_LIST} ${EUROPEAN_PARTICLES} del della ben ould`);

/** Lowercase words that only ever stand inside a name: `von der Leyen`, `University of Beirut`, `Council for …`. */
const INNER_WORDS = 'der den of for';

/** The lowercase particles a glossary name may open with (`bin Laden`, `von der Leyen`). */
export const NAME_OPENERS = words(`${ARABIC_OPENERS} ${EUROPEAN_PARTICLES}`);

/** Words that stay lowercase inside a glossary name: particles, and `of`, `the`, `and` in an institution's name. */
export const GLOSSARY_CONNECTORS = words(`${ARABIC_OPENERS} ${EUROPEAN_PARTICLES} ${INNER_WORDS} the and on in to`);

/** Lowercase words that may stand inside a name between capitalised ones: "University of Beirut", "Electricite du Liban". */
export const NAME_CONNECTORS = words(`${ARABIC_PARTICLE_LIST} ${EUROPEAN_PARTICLES} ${INNER_WORDS} des dos do`);

/** Arabic name particles glued to a capitalised name (`al-Sharaa`, `el-Khoury`) or standing before it (`bin`, `Abu`). */
export const ARTICLE_PREFIX = /^(?:al|el|ad|ed|as|es|ash|esh|at|et|az|ez|ar|er|an|en|bin|ben|ibn|abu|abou|bou)-/i;

/** Words after a family name that say which generation is meant: `Haftar Jr`, `Bush Sr`. */
export const SON = words('jr');
export const FATHER = words('sr');

/**
 * Given names common in the region's press, in their usual transliterations. Western first names come from
 * compromise's own lexicon. Only a name that starts a span of two words or more counts as a person's first name.
 */
export const FIRST_NAMES = words(`
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
