/**
 * Short articles the background analyses when it starts, before any page asks. A fresh service worker runs the
 * analysis in V8's lower tiers: its first analyses cost several times a warm one (the seed page in Node, CPU time:
 * about 100 ms cold, 10 ms after twenty runs of these), and the first pages a reader opens would pay for that. The
 * texts are invented for this purpose and touch the passes a news article does: titled people, places, bodies,
 * quotes with their speakers, vague sourcing, in Arabic and in English.
 */
import type { Article } from './core/types';

export const WARM_UP_ARTICLES: readonly Article[] = [
  {
    title: 'وزير الزراعة يزور سهل البقاع ويعد بدعم المزارعين',
    lang: 'ar',
    paragraphs: [
      'زار وزير الزراعة اللبناني صباح الثلاثاء بلدة زحلة في سهل البقاع، والتقى رئيس البلدية وممثلين عن تعاونيات المزارعين، في جولة شملت عدداً من البساتين والمخازن.',
      'وقال الوزير في مؤتمر صحافي عقده في سراي المدينة: "لن نترك المزارعين وحدهم أمام كلفة الري والنقل، وسنرفع الأمر إلى مجلس الوزراء هذا الأسبوع".',
      'من جهته، أكد رئيس تعاونية مزارعي البقاع أن "الموسم الحالي هو الأصعب منذ سنوات"، داعياً البنك الدولي ومنظمة الأغذية والزراعة إلى تسريع برامج الدعم.',
      'وأفادت مصادر مطلعة بأن الحكومة تدرس خطة لتصدير الفائض إلى الأردن والعراق عبر معبر المصنع، فيما نقلت أوساط دبلوماسية في بيروت أن دمشق لم تعترض على ذلك.',
    ],
  },
  {
    title: 'Port workers in Tripoli wait for a new agreement',
    lang: 'en',
    paragraphs: [
      'Dockers at the port of Tripoli in northern Lebanon stopped work on Monday, as talks between their union and the Ministry of Public Works stalled for a third week.',
      '"We have waited long enough for wages that keep pace with prices," said Karim Haddad, the head of the union, speaking outside the harbour gates.',
      'Minister Leila Mansour told reporters in Beirut that the government would meet the union on Thursday, and that the World Bank had offered to fund part of the dredging work.',
      'Sources familiar with the talks said an agreement was close, while officials in Damascus and Amman were reported to be watching the outcome closely.',
    ],
  },
];
