import type { Catalogue } from './en.js';

/** Spanish: complete. */
export const es: Catalogue = {
  loading: 'Cargando…',
  empty: 'Todavía no hay nada que mostrar.',
  retry: 'Reintentar',
  errorHttp: (status) => `No se pudieron cargar los datos: el servidor respondió con el error ${status}.`,
  errorNetwork: 'No se pudieron cargar los datos: no se pudo contactar con el servidor.',
  errorTimeout: 'No se pudieron cargar los datos: el servidor tardó demasiado en responder.',
  errorContent: (type) => `No se pudieron leer los datos: el servidor envió ${type || 'un tipo de archivo desconocido'}.`,
  errorParse: (format) => `No se pudieron leer los datos: no es ${format} válido.`,
  errorKeptData: 'Se muestran los datos cargados antes.',

  bannerDates: 'Fechas',
  bannerLocation: 'Lugar',

  // <poplus-participant-table>
  // end <poplus-participant-table>

  // <poplus-session-list>
  // end <poplus-session-list>

  // <poplus-component-card>
  cardUnnamed: 'Componente sin nombre',
  cardStatus: 'Estado',
  cardStatusConcept: 'Concepto',
  cardStatusDevelopment: 'En desarrollo',
  cardStatusBeta: 'Beta',
  cardStatusStable: 'Estable',
  cardStatusObsolete: 'Obsoleto',
  cardDpg: 'Bien Público Digital',
  cardDpgNominee: 'Candidato a Bien Público Digital',
  cardOrganisation: 'Mantenido por',
  cardProblem: 'El problema que resuelve',
  cardPlatforms: 'Hecho con',
  cardTags: 'Temas',
  cardSdg: (goal) => `ODS ${goal}`,
  cardSdgs: 'Objetivos de Desarrollo Sostenible',
  cardLicense: 'Licencia',
  cardCountries: 'Países',
  cardUsedBy: 'Lo usan',
  cardLanguages: 'Idiomas',
  cardLinks: 'Enlaces',
  cardLinkCode: 'Código fuente',
  cardLinkWebsite: 'Sitio web',
  cardLinkDocs: 'Documentación',
  cardLinkDemo: 'Demostración',
  cardCriteria: 'Definición de un Componente Poplus',
  cardCriteriaMet: (met, total) => `Cumple ${met} de ${total} criterios`,
  cardMet: 'Cumple',
  cardUnmet: 'No cumple',
  cardUnknown: 'Sin datos',
  cardCriterionCivic: 'Ayuda a sitios web cívicos o democráticos',
  cardCriterionSingleProblem: 'Resuelve un único problema',
  cardCriterionComposable: 'Se combina con otros Componentes Poplus',
  cardCriterionPlatformAgnostic: 'Es independiente de la plataforma',
  cardCriterionCountryAgnostic: 'Es independiente del país',
  cardCriterionOpenSource: 'Es software libre / de código abierto',
  cardCriterionDocumentedApi: 'Tiene una API estable y documentada',
  // end <poplus-component-card>
};
