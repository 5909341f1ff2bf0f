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
  // end <poplus-component-card>
};
export default fr;
