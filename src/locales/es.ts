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
  // end <poplus-component-card>
};
