// Seeded synthetic participants for the participant-table benchmark: the same rows for every library, with
// names in Latin script with accents, in Chinese and Japanese, and in Arabic.
const GIVEN = [
  'José',
  'María',
  'Zoë',
  'Émile',
  'Chloé',
  'Søren',
  'Łukasz',
  'Ana',
  'Tom',
  'Ngozi',
  'João',
  'Ayşe',
  'Đorđe',
  'Ingrid',
  'Siobhán',
  'Renée',
  'Björn',
  'Nuño',
  '美玲',
  '伟',
  '陽菜',
  '翔太',
  'محمد',
  'فاطمة',
  'أحمد',
  'ليلى',
  'Ольга',
  'Dmitri',
];
const FAMILY = [
  'Álvarez',
  'Núñez',
  'Müller',
  'Ødegaard',
  'Szyszlican',
  'Steinberg',
  'Öztürk',
  'O’Brien',
  'García',
  'Heusser',
  'Kowalski',
  'Dvořák',
  'Nguyễn',
  'da Silva',
  'Okafor',
  'Łęcki',
  '李',
  '王',
  '张',
  '佐藤',
  '鈴木',
  'الحسن',
  'العلي',
  'حداد',
  'Иванова',
  'Smith',
];
const ORG_WORDS = [
  'Fundación',
  'Ciudadano',
  'Open',
  'Sociedad',
  'Datos',
  'Transparência',
  'Observatorio',
  'Civic',
  'Lab',
  'Société',
  'Citoyenne',
  'Parlamento',
  'Abierto',
  'Инициатива',
  '零時政府',
  'مرصد',
];
const ROLES = ['Developer', 'Designer', 'Researcher', 'Director', 'Journalist', 'Organiser', 'Volunteer', 'Coordinadora', 'Chercheuse'];
const COUNTRIES = [
  'CL',
  'AR',
  'MX',
  'GB',
  'US',
  'BR',
  'ES',
  'FR',
  'DE',
  'MA',
  'EG',
  'CN',
  'TW',
  'JP',
  'MY',
  'IT',
  'CA',
  'AU',
  'UY',
  'KE',
  'NG',
  'ZA',
  'IN',
  'PK',
  'TR',
  'PL',
  'CZ',
  'VN',
  'PE',
  'CO',
];

/** `n` participants from a fixed seed: `{ name, organization, role, country }`. */
export function participants(n, seed = 2014) {
  let state = seed;
  const random = () => (state = (state * 16807) % 2147483647) / 2147483647;
  const pick = (list) => list[Math.floor(random() * list.length)];
  const orgs = Array.from({ length: 60 }, () => `${pick(ORG_WORDS)} ${pick(ORG_WORDS)}`);
  return Array.from({ length: n }, () => {
    const given = pick(GIVEN);
    const family = pick(FAMILY);
    const initial = String.fromCharCode(65 + Math.floor(random() * 26));
    return { name: `${given} ${initial}. ${family}`, organization: pick(orgs), role: pick(ROLES), country: pick(COUNTRIES) };
  });
}
