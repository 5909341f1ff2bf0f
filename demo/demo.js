// The demo page's own script (a file of its own: the page allows no inline script). It sets the page's
// language and direction, and its colour scheme, from the switches in the header and the URL
// (`?lang=ar&scheme=dark`), and translates the page's own words. The elements need nothing from it: they
// follow `lang`, `dir` and `color-scheme` of the page by themselves.

/** The page's words; the elements bring their own. English is also in the HTML, for readers without script. */
const WORDS = {
  en: {
    dir: 'ltr',
    home: 'PoplusCon 2014',
    speakers: 'Speakers',
    speakersPageTitle: 'One programme, two elements — Poplus Elements',
    speakersPageHeading: 'One programme file, two elements',
    speakersPageIntro:
      "A programme already names its speakers. Here one file, a real frab schedule.xml (a cut of 38C3's, as pretalx publishes it), feeds both the session list and a table of its speakers. A speaker's name in the programme leads to their row, which lists their sessions. PoplusCon 2014's published agenda names no speakers, so this page uses another conference's file.",
    speakersCaption: 'Speakers of the programme above',
    speakersFooter: "Data: 38C3's schedule.xml, cut to four talks",
    title: 'PoplusCon 2014 · Santiago, Chile — rebuilt with Poplus Elements',
    skip: 'Skip to the content',
    navLabel: 'Site',
    programme: 'Programme',
    organisations: 'Organisations',
    components: 'Components',
    language: 'Language',
    scheme: 'Colours',
    schemeSystem: 'As the system',
    schemeLight: 'Light',
    schemeDark: 'Dark',
    apply: 'Apply',
    bannerHeading: 'Welcome to #PoplusCon',
    bannerLocation: 'Santiago, Chile',
    bannerText:
      'Two days of talks and unconference sessions for people who build civic and democratic websites, at the Lo Contador campus of the Pontificia Universidad Católica de Chile. People came from 27 countries. The conference was free to attend.',
    videoTitle: 'PoplusCon 2014 promotional video',
    seeProgramme: 'See the programme',
    meetComponents: 'Meet the components',
    programmeIntro: "The real programme of 29 and 30 April 2014. Times are Santiago's; the list can show them in your own time zone.",
    organisationsIntro: 'The organisations named on poplus.org. Sort, search, filter by country, or download what you see as CSV.',
    tableCaption: 'Organisations named on poplus.org',
    columnLabels: '{"roles": "Roles at Poplus"}',
    componentsTitle: 'Poplus Components',
    componentsIntro:
      "Reusable pieces of civic software, each solving one problem, in any country. Each card reads one component's JSON file.",
    footerData: 'Data: the PoplusCon 2014 pages of poplus.org',
    footerSources: 'sources',
    footerCredits: 'The skyline is drawn for this demo. Built with Poplus Elements.',
  },
  es: {
    dir: 'ltr',
    home: 'PoplusCon 2014',
    speakers: 'Ponentes',
    speakersPageTitle: 'Un programa, dos elementos — Poplus Elements',
    speakersPageHeading: 'Un archivo de programa, dos elementos',
    speakersPageIntro:
      'Un programa ya nombra a sus ponentes. Aquí un solo archivo, un schedule.xml real de frab (un recorte del de 38C3, como lo publica pretalx), alimenta la lista de sesiones y una tabla de sus ponentes. El nombre de un ponente en el programa lleva a su fila, que enumera sus sesiones. La agenda publicada de PoplusCon 2014 no nombra ponentes, así que esta página usa el archivo de otra conferencia.',
    speakersCaption: 'Ponentes del programa de arriba',
    speakersFooter: 'Datos: el schedule.xml de 38C3, recortado a cuatro charlas',
    title: 'PoplusCon 2014 · Santiago de Chile — reconstruida con Poplus Elements',
    skip: 'Saltar al contenido',
    navLabel: 'Sitio',
    programme: 'Programa',
    organisations: 'Organizaciones',
    components: 'Componentes',
    language: 'Idioma',
    scheme: 'Colores',
    schemeSystem: 'Como el sistema',
    schemeLight: 'Claro',
    schemeDark: 'Oscuro',
    apply: 'Aplicar',
    bannerHeading: 'Bienvenidos a #PoplusCon',
    bannerLocation: 'Santiago de Chile',
    bannerText:
      'Dos días de charlas y sesiones de desconferencia para quienes construyen sitios web cívicos y democráticos, en el campus Lo Contador de la Pontificia Universidad Católica de Chile. Vinieron personas de 27 países. La asistencia era gratuita.',
    videoTitle: 'Video promocional de PoplusCon 2014',
    seeProgramme: 'Ver el programa',
    meetComponents: 'Conoce los componentes',
    programmeIntro:
      'El programa real del 29 y 30 de abril de 2014. Las horas son las de Santiago; la lista puede mostrarlas en tu propia zona horaria.',
    organisationsIntro: 'Las organizaciones nombradas en poplus.org. Ordena, busca, filtra por país o descarga lo que ves en CSV.',
    tableCaption: 'Organizaciones nombradas en poplus.org',
    columnLabels: '{"roles": "Funciones en Poplus"}',
    componentsTitle: 'Componentes Poplus',
    componentsIntro:
      'Piezas reutilizables de software cívico: cada una resuelve un problema, en cualquier país. Cada tarjeta lee el archivo JSON de un componente.',
    footerData: 'Datos: las páginas de PoplusCon 2014 en poplus.org',
    footerSources: 'fuentes',
    footerCredits: 'El perfil de la ciudad está dibujado para esta demostración. Hecho con Poplus Elements.',
  },
  fr: {
    dir: 'ltr',
    home: 'PoplusCon 2014',
    speakers: 'Intervenants',
    speakersPageTitle: 'Un programme, deux éléments — Poplus Elements',
    speakersPageHeading: 'Un fichier de programme, deux éléments',
    speakersPageIntro:
      'Un programme nomme déjà ses intervenants. Ici un seul fichier, un vrai schedule.xml de frab (un extrait de celui de 38C3, tel que pretalx le publie), alimente la liste des sessions et un tableau de ses intervenants. Le nom d’un intervenant dans le programme mène à sa ligne, qui liste ses sessions. Le programme publié de PoplusCon 2014 ne nomme pas d’intervenants : cette page utilise donc le fichier d’une autre conférence.',
    speakersCaption: 'Intervenants du programme ci-dessus',
    speakersFooter: 'Données : le schedule.xml de 38C3, réduit à quatre conférences',
    title: 'PoplusCon 2014 · Santiago du Chili — refaite avec Poplus Elements',
    skip: 'Aller au contenu',
    navLabel: 'Site',
    programme: 'Programme',
    organisations: 'Organisations',
    components: 'Composants',
    language: 'Langue',
    scheme: 'Couleurs',
    schemeSystem: 'Comme le système',
    schemeLight: 'Clair',
    schemeDark: 'Sombre',
    apply: 'Appliquer',
    bannerHeading: 'Bienvenue à la #PoplusCon',
    bannerLocation: 'Santiago du Chili',
    bannerText:
      'Deux jours de conférences et de sessions en non-conférence pour celles et ceux qui construisent des sites web civiques et démocratiques, sur le campus Lo Contador de la Pontificia Universidad Católica de Chile. Les participants venaient de 27 pays. L’entrée était gratuite.',
    videoTitle: 'Vidéo de présentation de la PoplusCon 2014',
    seeProgramme: 'Voir le programme',
    meetComponents: 'Découvrir les composants',
    programmeIntro:
      'Le vrai programme des 29 et 30 avril 2014. Les heures sont celles de Santiago ; la liste peut les afficher dans votre fuseau horaire.',
    organisationsIntro: 'Les organisations citées sur poplus.org. Triez, cherchez, filtrez par pays ou téléchargez la vue en CSV.',
    tableCaption: 'Organisations citées sur poplus.org',
    columnLabels: '{"roles": "Rôles chez Poplus"}',
    componentsTitle: 'Composants Poplus',
    componentsIntro:
      'Des briques réutilisables de logiciel civique : chacune résout un problème, dans n’importe quel pays. Chaque carte lit le fichier JSON d’un composant.',
    footerData: 'Données : les pages PoplusCon 2014 de poplus.org',
    footerSources: 'sources',
    footerCredits: 'La silhouette de la ville est dessinée pour cette démo. Réalisé avec Poplus Elements.',
  },
  ar: {
    dir: 'rtl',
    home: 'PoplusCon 2014',
    speakers: 'المتحدثون',
    speakersPageTitle: 'برنامج واحد وعنصران — Poplus Elements',
    speakersPageHeading: 'ملف برنامج واحد وعنصران',
    speakersPageIntro:
      'يذكر البرنامج متحدثيه أصلًا. هنا يغذّي ملف واحد، وهو ملف schedule.xml حقيقي بصيغة frab (مقتطع من ملف 38C3 كما ينشره pretalx)، قائمة الجلسات وجدولًا بمتحدثيها. يقود اسم المتحدث في البرنامج إلى صفّه في الجدول، وفيه جلساته. لا يذكر جدول أعمال PoplusCon 2014 المنشور أسماء المتحدثين، لذا تستخدم هذه الصفحة ملف مؤتمر آخر.',
    speakersCaption: 'متحدثو البرنامج أعلاه',
    speakersFooter: 'البيانات: ملف schedule.xml لمؤتمر 38C3، مقتطعًا إلى أربع محاضرات',
    title: 'PoplusCon 2014 · سانتياغو، تشيلي — أُعيد بناؤها باستخدام Poplus Elements',
    skip: 'انتقل إلى المحتوى',
    navLabel: 'الموقع',
    programme: 'البرنامج',
    organisations: 'المنظمات',
    components: 'المكوّنات',
    language: 'اللغة',
    scheme: 'الألوان',
    schemeSystem: 'حسب النظام',
    schemeLight: 'فاتح',
    schemeDark: 'داكن',
    apply: 'تطبيق',
    bannerHeading: 'أهلًا بكم في #PoplusCon',
    bannerLocation: 'سانتياغو، تشيلي',
    bannerText:
      'يومان من المحاضرات وجلسات اللامؤتمر لمن يبنون مواقع الويب المدنية والديمقراطية، في حرم لو كونتادور التابع للجامعة البابوية الكاثوليكية في تشيلي. جاء المشاركون من 27 بلدًا، وكان الحضور مجانيًا.',
    videoTitle: 'الفيديو الترويجي لمؤتمر PoplusCon 2014',
    seeProgramme: 'اطّلع على البرنامج',
    meetComponents: 'تعرّف على المكوّنات',
    programmeIntro: 'البرنامج الفعلي ليومي 29 و30 أبريل 2014. الأوقات بتوقيت سانتياغو، ويمكن عرضها بحسب منطقتك الزمنية.',
    organisationsIntro: 'المنظمات المذكورة في poplus.org. يمكنك الترتيب والبحث والتصفية حسب البلد، أو تنزيل ما تراه بصيغة CSV.',
    tableCaption: 'المنظمات المذكورة في poplus.org',
    columnLabels: '{"roles": "الأدوار في Poplus"}',
    componentsTitle: 'مكوّنات Poplus',
    componentsIntro: 'برمجيات مدنية قابلة لإعادة الاستخدام، يحل كل منها مشكلة واحدة في أي بلد. تقرأ كل بطاقة ملف JSON لمكوّن واحد.',
    footerData: 'البيانات: صفحات PoplusCon 2014 على poplus.org',
    footerSources: 'المصادر',
    footerCredits: 'رُسم أفق المدينة لهذا العرض. صُنعت الصفحة باستخدام Poplus Elements.',
  },
};
const SCHEMES = ['light', 'dark'];

/** The offered language closest to a requested one (`es-CL` → `es`), else English. */
function pickLanguage(requested) {
  const tag = (requested ?? '').toLowerCase();
  return WORDS[tag] ? tag : WORDS[tag.split('-')[0]] ? tag.split('-')[0] : 'en';
}

function applyLanguage(lang) {
  const words = WORDS[lang];
  const root = document.documentElement;
  root.lang = lang;
  root.dir = words.dir;
  const word = (key) => words[key] ?? WORDS.en[key];
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = word(node.dataset.i18n);
  for (const node of document.querySelectorAll('[data-i18n-attr]')) {
    for (const pair of node.dataset.i18nAttr.split(' ')) {
      const [attribute, key] = pair.split(':');
      node.setAttribute(attribute, word(key));
    }
  }
}

/** An empty scheme follows the reader's system (the stylesheet's `color-scheme: light dark`). */
function applyScheme(scheme) {
  if (SCHEMES.includes(scheme)) document.documentElement.dataset.scheme = scheme;
  else delete document.documentElement.dataset.scheme;
}

/** Keeps the choice in the address, so that a reload or a shared link shows the same page. */
function remember(name, value, fallback) {
  const url = new URL(location.href);
  if (value && value !== fallback) url.searchParams.set(name, value);
  else url.searchParams.delete(name);
  history.replaceState(history.state, '', url);
}

const params = new URLSearchParams(location.search);
const form = document.querySelector('form.preferences');
const lang = pickLanguage(params.get('lang'));
const scheme = SCHEMES.includes(params.get('scheme')) ? params.get('scheme') : '';
form.elements.lang.value = lang;
form.elements.scheme.value = scheme;
if (lang !== 'en') applyLanguage(lang);
applyScheme(scheme);

// With script, a choice applies at once: the button that submits the form without script is not needed.
form.querySelector('.apply').hidden = true;
form.addEventListener('submit', (event) => event.preventDefault());
form.addEventListener('change', (event) => {
  const { name, value } = event.target;
  if (name === 'lang') {
    applyLanguage(pickLanguage(value));
    remember('lang', value, 'en');
  } else if (name === 'scheme') {
    applyScheme(value);
    remember('scheme', value, '');
  }
});
