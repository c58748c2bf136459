import { describe, expect, it } from 'vitest';
import { articleText } from '../../../src/core/article-text';
import { loadGlossary } from '../../../src/core/entities/glossary';
import { findQuotes } from '../../../src/core/quotes';
import type { Lang, Mention } from '../../../src/core/types';
import { compileIndex } from '../../../src/glossary/compile';

/** The given names the glossary index carries, as `analyze` hands them over. */
const { givenNames } = loadGlossary(compileIndex([]));

function run(lang: Lang, paragraphs: string[], mentions: (text: string) => Mention[] = () => []) {
  const { text, blocks } = articleText({ title: lang === 'ar' ? 'عنوان' : 'Headline', paragraphs });
  const r = findQuotes({ text, blocks, lang, mentions: mentions(text), givenNames });
  const direct = r.quotes.filter((q) => q.direct);
  return { text, r, direct };
}

/** Mentions of the given names at their first place in the text, as the recogniser would report them. */
const mentionsOf =
  (names: [name: string, kind: Mention['kind'], entity: string][]) =>
  (text: string): Mention[] =>
    names.map(([name, kind, entity]) => ({
      start: text.indexOf(name),
      end: text.indexOf(name) + name.length,
      text: name,
      kind,
      entity,
      source: 'glossary',
      confidence: 1,
    }));

/** [first words, speaker name it must contain, kind] for each quoted claim, in order. */
type Expect = [string, string, 'named' | 'anonymous' | 'institution'][];

describe('core/quotes/find-quotes', () => {
  it.each<[string, string[], Expect]>([
    [
      'a cue before, إن',
      ['قالت وزيرة البيئة تمارا الزين إن "الحرائق تراجعت هذا العام".'],
      [['الحرائق', 'تمارا الزين', 'named']],
    ],
    [
      'the cue after the quote',
      ['"لن نقبل بأي تسوية على حساب المودعين"، قال النائب إبراهيم كنعان.'],
      [['لن نقبل', 'إبراهيم كنعان', 'named']],
    ],
    [
      'a surname alone, named in full before',
      ['قال النائب إبراهيم كنعان إن الجلسة مؤجلة.', 'وأضاف كنعان: "المطلوب قانون عادل".'],
      [['المطلوب', 'إبراهيم كنعان', 'named']],
    ],
    [
      'vague sources with an outlet in between',
      ['وأفادت مصادر مطلعة لـ"النهار" بأن "الجلسة قد تؤجل إلى الأسبوع المقبل".'],
      [['الجلسة', 'مصادر مطلعة', 'anonymous']],
    ],
    [
      'بحسب a source who withheld his name',
      ['وبحسب مصدر رفض الكشف عن اسمه، فإن "القرار اتخذ قبل أيام".'],
      [['القرار', 'مصدر رفض الكشف عن اسمه', 'anonymous']],
    ],
    [
      'نقل … عن X قوله',
      ['ونقلت وكالة "رويترز" عن مسؤول أميركي قوله إن "المحادثات متعثرة حتى الآن".'],
      [['المحادثات', 'مسؤول أميركي', 'anonymous']],
    ],
    [
      'نقل بيان صادر عن X عن Y قوله',
      ['ونقل بيان صادر عن القصر الجمهوري عن الرئيس جوزاف عون قوله إن «لبنان لن ينسى».'],
      [['لبنان لن', 'جوزاف عون', 'named']],
    ],
    [
      'a feminine verb, بالقول, guillemets',
      ['وختمت الناشطة ريما خليل حديثها بالقول: «لن نسكت بعد اليوم».'],
      [['لن نسكت', 'ريما خليل', 'named']],
    ],
    [
      'a participle carries the subject',
      ['ورأى الخبير الاقتصادي جاد شعبان أن "الأزمة لم تنته بعد"، لافتاً إلى أن "التعافي يحتاج إلى سنوات".'],
      [
        ['الأزمة', 'جاد شعبان', 'named'],
        ['التعافي', 'جاد شعبان', 'named'],
      ],
    ],
    [
      'an institution in a statement',
      ['وأعلن الجيش اللبناني في بيان أن "وحداته انتشرت في المنطقة الحدودية".'],
      [['وحداته', 'الجيش اللبناني', 'institution']],
    ],
    [
      'بيان صادر عن X',
      ['وذكر بيان صادر عن وزارة الطاقة أن "التغذية ستتحسن تدريجياً".'],
      [['التغذية', 'وزارة الطاقة', 'institution']],
    ],
    [
      'a side',
      ['من جانبه، أوضح الجانب التركي أن المحادثات تناولت "تعزيز التبادل التجاري".'],
      [['تعزيز', 'الجانب التركي', 'institution']],
    ],
    [
      'a quote over two paragraphs',
      ['وقال المزارع أحمد ناصر: "خسرنا الموسم كله.', '"ولا أحد يعوض علينا شيئاً".'],
      [['خسرنا', 'أحمد ناصر', 'named']],
    ],
    [
      'an open mark closed at the paragraph end',
      ['وقالت رئيسة البلدية سهى منصور: "سنبدأ الأشغال الأسبوع المقبل', 'وتعاني البلدة من نقص في المياه.'],
      [['سنبدأ', 'سهى منصور', 'named']],
    ],
    [
      'an outlet after في اتصال مع',
      ['ويوضح الطبيب كمال حيدر في اتصال مع "النهار" أن "عدد الإصابات ارتفع هذا الشهر".'],
      [['عدد الإصابات', 'كمال حيدر', 'named']],
    ],
    [
      'a bloc named in quotes as the speaker',
      ['كما اعتبرت كتلة "الوفاء للمقاومة" أن "الحكومة مقصّرة في ملف الإعمار".'],
      [['الحكومة مقصّرة', 'كتلة', 'institution']],
    ],
    [
      'one given name, an aside',
      ['وتقول سعاد، وهي أم لثلاثة أطفال: "لا نملك ثمن الدواء".'],
      [['لا نملك', 'سعاد', 'named']],
    ],
    [
      'على حد تعبيره carries',
      ['وقال الوزير ياسين جابر إن الموازنة متوازنة.', 'وعلى حد تعبيره، فإن "الوضع صعب لكنه ليس ميؤوساً منه".'],
      [['الوضع صعب', 'ياسين جابر', 'named']],
    ],
    [
      'المتحدث باسم X then the name',
      ['وصرّح المتحدث باسم الخارجية القطرية ماجد الأنصاري بأن "الوساطة مستمرة".'],
      [['الوساطة', 'ماجد الأنصاري', 'named']],
    ],
    [
      'المصادر refers back',
      [
        'وتوقعت مصادر دبلوماسية غربية أن "يصل الموفد الأسبوع المقبل".',
        'وأضافت المصادر أن "الزيارة ستشمل بيروت ودمشق".',
      ],
      [
        ['يصل', 'مصادر دبلوماسية غربية', 'anonymous'],
        ['الزيارة', 'مصادر دبلوماسية غربية', 'anonymous'],
      ],
    ],
    [
      'an official in a ministry',
      ['وقال مسؤول في وزارة الصحة لـ"النهار": "المستشفيات تعمل بطاقتها القصوى".'],
      [['المستشفيات', 'مسؤول في وزارة الصحة', 'anonymous']],
    ],
    [
      'the quote first, يقول after it',
      ['«الوضع لم يعد يحتمل»، يقول الصيدلي رامي عطوي، مضيفاً أن "الأدوية مفقودة منذ أسابيع".'],
      [
        ['الوضع', 'رامي عطوي', 'named'],
        ['الأدوية', 'رامي عطوي', 'named'],
      ],
    ],
    [
      'أما X فيقول',
      ['أما رئيس التعاونية فادي حداد فيقول إن "الأسعار لا تغطي الكلفة".'],
      [['الأسعار', 'فادي حداد', 'named']],
    ],
    [
      'وكان X قد قال',
      ['وكان وزير الزراعة نزار هاني قد أكد أن "الدعم سيصل قبل الموسم".'],
      [['الدعم', 'نزار هاني', 'named']],
    ],
    [
      'a group after أما',
      ['أما سكان الحي القديم فقالوا إن "المياه لم تصل منذ أسبوع".'],
      [['المياه', 'سكان الحي', 'anonymous']],
    ],
    [
      'subjectless cues carry across sentences',
      ['وقالت الباحثة منى سعيد إن "الأرقام مقلقة".', 'وتضيف أن "التمويل غير كافٍ".', 'وترى أن "الحل سياسي أولاً".'],
      [
        ['الأرقام', 'منى سعيد', 'named'],
        ['التمويل', 'منى سعيد', 'named'],
        ['الحل', 'منى سعيد', 'named'],
      ],
    ],
    [
      'a plural cue carries to a plural speaker',
      [
        'أشار مسؤولون في البلدية إلى أن "الأشغال بدأت".',
        'وقال المهندس سامي خوري: "المعدات وصلت".',
        'وقالوا إن "العمل سينتهي قريباً".',
      ],
      [
        ['الأشغال', 'مسؤولون في البلدية', 'anonymous'],
        ['المعدات', 'سامي خوري', 'named'],
        ['العمل', 'مسؤولون في البلدية', 'anonymous'],
      ],
    ],
    [
      'an addressee لل… before a colon',
      ['وقال وزير الخارجية يوسف رجي للصحافيين بعد اللقاء: "الحوار هو الطريق الوحيد".'],
      [['الحوار', 'يوسف رجي', 'named']],
    ],
    [
      'an institution after the quote',
      ['"نرفض أي مس بالسيادة الوطنية"، قالت الرئاسة في بيان.'],
      [['نرفض', 'الرئاسة', 'institution']],
    ],
    [
      'an aside after في حديث إلى',
      ['وفي حديث إلى "النهار"، قال النائب آلان عون إن "الاستحقاق سيجري في موعده".'],
      [['الاستحقاق', 'آلان عون', 'named']],
    ],
    ['a kunya', ['ويقول أبو محمد، وهو صاحب متجر في السوق: "البيع متوقف منذ شهر".'], [['البيع', 'أبو محمد', 'named']]],
    [
      'بحسب ما نقلت … عن X',
      ['وبحسب ما نقلت وكالة الأنباء الرسمية عن مصدر أمني، فإن "الوضع تحت السيطرة".'],
      [['الوضع', 'مصدر أمني', 'anonymous']],
    ],
    [
      'a newspaper after لصحيفة',
      ['وقالت مصادر عسكرية إسرائيلية لصحيفة "هآرتس" إن "العملية ستتوسع شمالاً".'],
      [['العملية', 'مصادر عسكرية إسرائيلية', 'anonymous']],
    ],
    [
      'أعرب عن',
      ['وأعربت وزارة الخارجية المصرية في بيان عن "قلقها البالغ من التصعيد".'],
      [['قلقها', 'وزارة الخارجية المصرية', 'institution']],
    ],
    [
      'دعا … إلى',
      ['ودعا البطريرك الماروني بشارة الراعي في عظة الأحد إلى "انتخاب رئيس من دون إبطاء".'],
      [['انتخاب', 'بشارة الراعي', 'named']],
    ],
    [
      'a platform named in quotes',
      ['وكتب رئيس الحكومة السابق سعد الحريري على منصة "إكس": "لبنان أولاً".'],
      [['لبنان أولاً', 'سعد الحريري', 'named']],
    ],
  ])('Arabic: %s', (_name, paragraphs, expected) => {
    const { text, direct } = run('ar', paragraphs);
    expect(direct.map((q) => text.slice(q.start, q.start + 40))).toHaveLength(expected.length);
    expected.forEach(([starts, speaker, kind], i) => {
      expect(text.slice(direct[i].start)).toMatch(new RegExp('^' + starts));
      expect(direct[i].speaker?.name).toContain(speaker);
      expect(direct[i].speaker?.kind).toBe(kind);
    });
  });

  it.each<[string, string[], Expect]>([
    [
      'said X after the quote',
      ['"We will not back down," Prime Minister Jane Doe told reporters on Monday.'],
      [['We will not', 'Jane Doe', 'named']],
    ],
    [
      'an institution, said that',
      ['The ministry said in a statement that the border "remains open to civilians."'],
      [['remains open', 'ministry', 'institution']],
    ],
    [
      'according to',
      ['According to the UN refugee agency, "more than 10,000 people crossed last week."'],
      [['more than', 'UN refugee agency', 'institution']],
    ],
    [
      'vague officials',
      ['Officials familiar with the plan said the vote "could slip to next month."'],
      [['could slip', 'Officials familiar with the plan', 'anonymous']],
    ],
    [
      'an apposition, then a carried quote',
      ['"It\'s a disaster," said Mark Lee, a farmer in the valley. "We lost everything."'],
      [
        ["It's a disaster", 'Mark Lee', 'named'],
        ['We lost', 'Mark Lee', 'named'],
      ],
    ],
    [
      'a surname alone',
      ['Mark Lee, a farmer, spoke first.', 'Lee added that the "government never came to see us."'],
      [['government never', 'Mark Lee', 'named']],
    ],
    [
      'a pronoun for the sentence before',
      ['Sara Haddad runs the clinic. She told the BBC: "I have no regrets about staying."'],
      [['I have no', 'Sara Haddad', 'named']],
    ],
    [
      'a nested quote',
      ['"He told me \'wait here\' and left," said Omar Nasser.'],
      [['He told me', 'Omar Nasser', 'named']],
    ],
    [
      'he added after a colon quote',
      [
        'In a televised address, President Michel Aoun said: "Lebanon will not be a battlefield."',
        '"We have paid enough," he added.',
      ],
      [
        ['Lebanon will', 'Michel Aoun', 'named'],
        ['We have paid', 'Michel Aoun', 'named'],
      ],
    ],
    [
      'an anonymous diplomat',
      ['A senior Western diplomat told Annahar that talks were "at a dead end."'],
      [['at a dead end', 'senior Western diplomat', 'anonymous']],
    ],
    [
      'a name after a comma',
      ['The UN\'s humanitarian coordinator, Imran Riza, warned that aid was "running out fast."'],
      [['running out', 'Imran Riza', 'named']],
    ],
    [
      'a relative clause between commas',
      ['Rami Haddad, who runs a cement business in Homs, told Annahar: "Demand is enormous."'],
      [['Demand', 'Rami Haddad', 'named']],
    ],
    [
      'a demonym and a title before the name, a relative clause after it',
      [
        'Jordanian Interior Minister Mazen al-Faraya, who visited the crossing last month, said Amman would "continue to help returnees."',
      ],
      [['continue', 'Mazen al-Faraya', 'named']],
    ],
    [
      'X, 58, who …, told after the quote',
      ['"This year the press is ten minutes away," Khalil Hamdan, 58, who farms 300 trees, told Annahar.'],
      [['This year', 'Khalil Hamdan', 'named']],
    ],
    [
      'a source belonging to the subject',
      [
        "Speaker Nabih Berri has said parliament will 'examine any draft law without delay,' according to his media office.",
      ],
      [['examine', 'Nabih Berri', 'named']],
    ],
    [
      'a coordinated verb',
      ['President Ahmed al-Sharaa toured the fair and called on investors to "take part in rebuilding."'],
      [['take part', 'Ahmed al-Sharaa', 'named']],
    ],
    [
      'a colon and no reporting verb',
      ["Maya Rizk, an economist at the university, was more cautious: 'The arrangement is practical.'"],
      [['The arrangement', 'Maya Rizk', 'named']],
    ],
    [
      'not the subject of another clause',
      ['Officials said rules would be published "within weeks," while Gulf diplomats said funds had sent teams.'],
      [['within weeks', 'Officials', 'anonymous']],
    ],
    [
      "a person's office",
      ["Sudani's office said in a statement that Baghdad 'stands by Lebanon and its people'."],
      [['stands by', "Sudani's office", 'institution']],
    ],
    [
      'residents at the head of a sentence',
      ['Residents said the water "smells of diesel" and complained to the municipality.'],
      [['smells', 'Residents', 'anonymous']],
    ],
    [
      'one resident, after the quote',
      ['"We are not leaving," said one resident, who asked to be identified only by her first name.'],
      [['We are not', 'resident', 'anonymous']],
    ],
    [
      'an opening participle clause',
      ['Asked whether talks would resume, Jaber said: "That depends on parliament."'],
      [['That depends', 'Jaber', 'named']],
    ],
    [
      'a party and a title before the name',
      ['"This is a crime," Hezbollah lawmaker Hassan Fadlallah told reporters.'],
      [['This is a crime', 'Hassan Fadlallah', 'named']],
    ],
    [
      'adding that',
      [
        'UN envoy Jeanine Hennis-Plasschaert said the ceasefire was "fragile but holding," adding that "all sides must show restraint."',
      ],
      [
        ['fragile', 'Jeanine Hennis-Plasschaert', 'named'],
        ['all sides', 'Jeanine Hennis-Plasschaert', 'named'],
      ],
    ],
    [
      'an estimate by an institution',
      ['The World Bank estimated that reconstruction would cost "at least $11 billion."'],
      [['at least', 'World Bank', 'institution']],
    ],
    [
      'vowed to',
      ['Israeli Prime Minister Benjamin Netanyahu vowed to "continue until victory."'],
      [['continue', 'Benjamin Netanyahu', 'named']],
    ],
    [
      'a restrictive relative clause before the verb',
      ['A senior banker who asked not to be named said: "Deposits will not come back this year."'],
      [['Deposits', 'A senior banker who asked not to be named', 'anonymous']],
    ],
    [
      'the same after the quote',
      ['"Deposits will not come back," a senior banker who asked not to be named said.'],
      [['Deposits', 'a senior banker who asked not to be named', 'anonymous']],
    ],
    [
      'he, for someone unnamed who spoke in the sentence before',
      [
        'Speaker Nabih Berri said: "Parliament will meet."',
        'An official at the central bank said reserves were falling. "We have weeks, not months," he said.',
      ],
      [
        ['Parliament', 'Nabih Berri', 'named'],
        ['We have weeks', 'An official at the central bank', 'anonymous'],
      ],
    ],
    [
      'someone described, no lexicon word',
      ['A shopkeeper in Hamra said: "Nobody buys anything now."'],
      [['Nobody', 'A shopkeeper in Hamra', 'anonymous']],
    ],
  ])('English: %s', (_name, paragraphs, expected) => {
    const { text, direct } = run('en', paragraphs);
    expect(direct).toHaveLength(expected.length);
    expected.forEach(([starts, speaker, kind], i) => {
      expect(text.slice(direct[i].start)).toMatch(new RegExp('^' + starts));
      expect(direct[i].speaker?.name).toContain(speaker);
      expect(direct[i].speaker?.kind).toBe(kind);
    });
  });

  it.each<[string, Lang, string, string[]]>([
    ['an outlet after لـ', 'ar', 'ويقول الصياد علي حمود لـ"النهار" إن البحر تغيّر.', ['النهار']],
    ['a film', 'ar', 'عرضت الصالة فيلم "الخيط الأبيض" أمس، وسط إقبال كبير.', ['الخيط الأبيض']],
    ['ما يسمى', 'ar', 'وتطال العقوبات ما يسمى "قانون قيصر" منذ سنوات.', ['قانون قيصر']],
    ['المعروف بـ', 'ar', 'وتأثرت الشركات بما بات يعرف بـ"قانون قيصر" منذ صدوره.', ['قانون قيصر']],
    ['a slogan', 'ar', 'ورفع المتظاهرون شعار "لا للحرب" أمام السفارة.', ['لا للحرب']],
    [
      'two parties joined by و',
      'ar',
      'وحضر ممثلون عن حزب "القوات اللبنانية" و"التيار الوطني الحر".',
      ['القوات اللبنانية', 'التيار الوطني الحر'],
    ],
    ['a newspaper', 'ar', 'ونشرت صحيفة "الأخبار" تقريراً عن الملف.', ['الأخبار']],
    ['an operation', 'ar', 'وأطلقت البلدية عملية "مجرى نظيف" لتنظيف القنوات.', ['مجرى نظيف']],
    ['a so-called act', 'en', 'The so-called "Caesar Act" has hit trade since 2020.', ['Caesar Act']],
    ['a film title', 'en', 'She starred in the film "The Long Night" last year.', ['The Long Night']],
    ['a campaign dubbed', 'en', 'Activists launched a campaign dubbed "Green Valley" in the spring.', ['Green Valley']],
    [
      'what residents call it',
      'en',
      'The trucks that residents call "the dawn convoy" leave the camp early each morning.',
      ['the dawn convoy'],
    ],
    ['a term', 'en', 'The term "ethnic cleansing" was removed from the draft.', ['ethnic cleansing']],
    ['scare quotes', 'en', 'The government\'s "reforms" have not reached the villages.', ['reforms']],
  ])('a quoted name is no claim: %s', (_name, lang, paragraph, names) => {
    const { text, r, direct } = run(lang, [paragraph]);
    expect(direct).toEqual([]);
    expect(r.quotedNames.map((n) => text.slice(n.start, n.end))).toEqual(names);
  });

  it('skips a quoted name the recogniser knows, and keeps a one-word quote after a describing verb', () => {
    const paragraph = 'ويصف المحلل سامر نصر الزيارة بأنها "مفصلية"، ويقول لـ"النهار" إنها "محطة استراتيجية".';
    const mentions = (text: string): Mention[] => {
      const at = text.indexOf('النهار');
      return [
        {
          start: at,
          end: at + 6,
          text: 'النهار',
          kind: 'organization',
          entity: 'annahar',
          source: 'glossary',
          confidence: 1,
        },
      ];
    };
    const { text, r, direct } = run('ar', [paragraph], mentions);
    expect(direct.map((q) => q.text)).toEqual(['مفصلية', 'محطة استراتيجية']);
    expect(direct.every((q) => q.speaker?.name === 'سامر نصر')).toBe(true);
    expect(r.quotedNames.map((n) => text.slice(n.start, n.end))).toEqual(['النهار']);
  });

  it('resolves a speaker to the entity mention', () => {
    const paragraph = 'وقال رئيس الحكومة نواف سلام إن "الإصلاحات ستستمر".';
    const { direct } = run('ar', [paragraph], mentionsOf([['نواف سلام', 'person', 'nawaf-salam']]));
    expect(direct[0].speaker).toMatchObject({ name: 'نواف سلام', kind: 'named', entity: 'nawaf-salam' });
  });

  it.each<[string, string[], string[], string[]]>([
    [
      'a coordinated verb after a comma shares the subject',
      [
        'قال الوزير سمير حداد إن "الموازنة جاهزة".',
        'وجال النائب وائل أبو فاعور على المدارس، ودعا في تصريح إلى «إقرار خطة واضحة لتثبيت المتعاقدين قبل الشتاء».',
      ],
      ['سمير حداد', 'وائل أبو فاعور'],
      ['سمير حداد', 'وائل أبو فاعور'],
    ],
    [
      'a name in apposition after a comma',
      ['ويقرّ مدير أحد المراكز، سلمان العبيدي، بأن «الضغط يفوق الطاقة».'],
      ['سلمان العبيدي'],
      ['سلمان العبيدي'],
    ],
    [
      'a bare يقول after a sentence that brings someone in',
      [
        'ويقول التاجر سامي حداد إن «الموسم جيد».',
        'وفي بحمدون، يأمل صاحب الفندق كميل أبي خليل أن تتحسن الحركة. «كانت الحجوزات تبدأ من الربيع»، يقول.',
      ],
      ['سامي حداد', 'كميل أبي خليل'],
      ['سامي حداد', 'كميل أبي خليل'],
    ],
  ])('Arabic: %s', (_name, paragraphs, people, speakers) => {
    const { direct } = run('ar', paragraphs, mentionsOf(people.map((name) => [name, 'person', name])));
    expect(direct.map((q) => q.speaker?.name)).toEqual(speakers);
  });

  it('gives a coordinated verb the body that opens the sentence', () => {
    const paragraph =
      'Speaker Nabih Berri said talks "went well." The World Food Programme has cut aid and said it had been "forced to focus on the poorest."';
    const mentions = mentionsOf([
      ['Nabih Berri', 'person', 'nabih-berri'],
      ['World Food Programme', 'organization', 'world-food-programme'],
    ]);
    const { direct } = run('en', [paragraph], mentions);
    expect(direct.map((q) => q.speaker?.entity)).toEqual(['nabih-berri', 'world-food-programme']);
  });

  it.each<[Lang, string[], string[]]>([
    [
      'ar',
      ['وأشارت أوساط سياسية إلى أن "الاتصالات مستمرة".', 'وقالت مصادر مطلعة إن الجلسة مؤجلة.'],
      ['أوساط سياسية', 'مصادر مطلعة'],
    ],
    ['ar', ['وبحسب مصدر رفض الكشف عن اسمه، فإن "القرار اتخذ".'], ['مصدر رفض الكشف عن اسمه']],
    ['ar', ['وتابعت أوساط متابعة لملف المخيمات أن "الدعم سيصل".'], ['أوساط متابعة لملف المخيمات']],
    ['ar', ['والتقى الوزير مسؤولين في صندوق النقد الدولي.'], []],
    [
      'en',
      [
        'Sources familiar with the talks said the mission would stay.',
        '"Nothing is agreed," a source close to the negotiations said.',
      ],
      ['Sources familiar with the talks', 'a source close to the negotiations'],
    ],
    ['en', ['Diplomatic sources said a deal was "under study."'], ['Diplomatic sources']],
    ['en', ['"The line is manageable for now," one official at the crossing said.'], ['one official at the crossing']],
    [
      'en',
      ['Aid workers who asked not to be named said programmes "faced further cuts."'],
      ['Aid workers who asked not to be named'],
    ],
    ['ar', ['غير أن أوساطاً اقتصادية ترى أن "المشروع مؤجل إلى أجل غير معلوم".'], ['أوساطاً اقتصادية']],
  ])('vague sourcing (%s)', (lang, paragraphs, expected) => {
    const { r } = run(lang, paragraphs);
    expect(r.vague.map((v) => v.text)).toEqual(expected);
  });

  it.each<[Lang, string, string, string]>([
    [
      'ar',
      'وأكد وزير المالية ياسين جابر أن الموازنة ستقر قبل نهاية الشهر.',
      'الموازنة ستقر قبل نهاية الشهر',
      'ياسين جابر',
    ],
    [
      'en',
      'Finance Minister Yassine Jaber said that the budget would pass before the end of the month.',
      'the budget would pass before the end of the month',
      'Yassine Jaber',
    ],
  ])('a reported claim without marks is indirect (%s)', (lang, paragraph, claim, speaker) => {
    const { r } = run(lang, [paragraph]);
    const q = r.quotes.find((x) => !x.direct);
    expect(q?.text).toBe(claim);
    expect(q?.speaker?.name).toContain(speaker);
    expect(r.quotes.filter((x) => x.direct)).toEqual([]);
  });
});
