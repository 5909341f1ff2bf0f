import type { Catalogue } from './en.js';

/** French (partial: missing keys fall back to English). */
const fr: Partial<Catalogue> = {
  loading: 'Chargement…',
  empty: 'Rien à afficher pour le moment.',
  retry: 'Réessayer',
  errorHttp: (status) => `Impossible de charger les données : le serveur a répondu par l’erreur ${status}.`,
  errorNetwork: 'Impossible de charger les données : le serveur est injoignable.',
  errorTimeout: 'Impossible de charger les données : le serveur a mis trop de temps à répondre.',
  errorContent: (type) => `Impossible de lire les données : le serveur a envoyé ${type || 'un type de fichier inconnu'}.`,
  errorParse: (format) => `Impossible de lire les données : ce n’est pas du ${format} valide.`,
  errorKeptData: 'Les données chargées précédemment restent affichées.',
  bannerDates: 'Dates',
  bannerLocation: 'Lieu',

  // <poplus-participant-table>
  // end <poplus-participant-table>

  // <poplus-session-list>
  // end <poplus-session-list>

  // <poplus-component-card>
  cardUnnamed: 'Composant sans nom',
  cardStatus: 'Statut',
  cardStatusConcept: 'Concept',
  cardStatusDevelopment: 'En développement',
  cardStatusBeta: 'Bêta',
  cardStatusStable: 'Stable',
  cardStatusObsolete: 'Obsolète',
  cardDpg: 'Bien public numérique',
  cardDpgNominee: 'Candidat au titre de bien public numérique',
  cardOrganisation: 'Maintenu par',
  cardProblem: 'Le problème qu’il résout',
  cardPlatforms: 'Technologies',
  cardTags: 'Thèmes',
  cardSdg: (goal) => `ODD ${goal}`,
  cardSdgs: 'Objectifs de développement durable',
  cardLicense: 'Licence',
  cardCountries: 'Pays',
  cardUsedBy: 'Utilisé par',
  cardLanguages: 'Langues',
  cardLinks: 'Liens',
  cardLinkCode: 'Code source',
  cardLinkWebsite: 'Site web',
  cardLinkDocs: 'Documentation',
  cardLinkDemo: 'Démo',
  cardCriteria: 'Définition d’un composant Poplus',
  cardCriteriaMet: (met, total) => `${met} critères sur ${total} remplis`,
  cardMet: 'Rempli',
  cardUnmet: 'Non rempli',
  cardUnknown: 'Non indiqué',
  cardCriterionCivic: 'Il aide les sites web civiques ou démocratiques',
  cardCriterionSingleProblem: 'Il résout un seul problème',
  cardCriterionComposable: 'Il se combine avec d’autres composants Poplus',
  cardCriterionPlatformAgnostic: 'Il est indépendant de la plateforme',
  cardCriterionCountryAgnostic: 'Il est indépendant du pays',
  cardCriterionOpenSource: 'C’est un logiciel libre / open source',
  cardCriterionDocumentedApi: 'Il a une API stable et documentée',
  // end <poplus-component-card>
};
export default fr;
