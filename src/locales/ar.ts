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
  // end <poplus-component-card>
};
export default ar;
