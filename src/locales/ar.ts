import type { Catalogue } from './en.js';

/** Arabic (partial: missing keys fall back to English). */
const ar: Partial<Catalogue> = {
  loading: 'جارٍ التحميل…',
  empty: 'لا يوجد شيء لعرضه بعد.',
  retry: 'إعادة المحاولة',
  errorHttp: (status) => `تعذّر تحميل البيانات: ردّ الخادم بالخطأ ${status}.`,
  errorNetwork: 'تعذّر تحميل البيانات: لا يمكن الوصول إلى الخادم.',
  errorTimeout: 'تعذّر تحميل البيانات: استغرق الخادم وقتًا طويلًا للرد.',
  errorContent: (type) => `تعذّرت قراءة البيانات: أرسل الخادم ${type || 'نوع ملف غير معروف'}.`,
  errorParse: (format) => `تعذّرت قراءة البيانات: ليست بصيغة ${format} صالحة.`,
  errorKeptData: 'تُعرض البيانات التي حُمّلت من قبل.',
  bannerDates: 'التواريخ',
  bannerLocation: 'المكان',

  // <poplus-participant-table>
  // end <poplus-participant-table>

  // <poplus-session-list>
  // end <poplus-session-list>

  // <poplus-component-card>
  cardUnnamed: 'مكوّن بلا اسم',
  cardStatus: 'الحالة',
  cardStatusConcept: 'فكرة',
  cardStatusDevelopment: 'قيد التطوير',
  cardStatusBeta: 'تجريبي',
  cardStatusStable: 'مستقر',
  cardStatusObsolete: 'متوقف',
  cardDpg: 'منفعة عامة رقمية',
  cardDpgNominee: 'مرشّح منفعة عامة رقمية',
  cardOrganisation: 'تصونه',
  cardProblem: 'المشكلة التي يحلها',
  cardPlatforms: 'مبني بـ',
  cardTags: 'المواضيع',
  cardSdg: (goal) => `هدف التنمية المستدامة ${goal}`,
  cardSdgs: 'أهداف التنمية المستدامة',
  cardLicense: 'الترخيص',
  cardCountries: 'البلدان',
  cardUsedBy: 'يستخدمه',
  cardLanguages: 'اللغات',
  cardLinks: 'روابط',
  cardLinkCode: 'الشيفرة المصدرية',
  cardLinkWebsite: 'الموقع',
  cardLinkDocs: 'التوثيق',
  cardLinkDemo: 'عرض تجريبي',
  cardCriteria: 'تعريف مكوّن Poplus',
  cardCriteriaMet: (met, total) => `يستوفي ${met} من ${total} معايير`,
  cardMet: 'مستوفى',
  cardUnmet: 'غير مستوفى',
  cardUnknown: 'غير مذكور',
  cardCriterionCivic: 'يساعد المواقع المدنية أو الديمقراطية',
  cardCriterionSingleProblem: 'يحل مشكلة واحدة',
  cardCriterionComposable: 'يمكن دمجه مع مكوّنات Poplus الأخرى',
  cardCriterionPlatformAgnostic: 'لا يرتبط بمنصة معيّنة',
  cardCriterionCountryAgnostic: 'لا يرتبط ببلد معيّن',
  cardCriterionOpenSource: 'برمجية حرة / مفتوحة المصدر',
  cardCriterionDocumentedApi: 'له واجهة برمجية مستقرة وموثّقة',
  // end <poplus-component-card>
};
export default ar;
