import { kindNames } from './kind-names.js';

/**
 * English, the source catalogue. Every string a Poplus element shows or speaks is here; each other locale
 * module must have the same keys with the same signatures (the compiler checks it), or be a partial
 * catalogue that falls back to English key by key. The English messages come in one group per element,
 * which each element registers (`useEnglish`), so a bundle of one element carries only its own.
 *
 * Messages that take values are functions, so that a translator can reorder words. Values arrive already
 * formatted for the locale (numbers through `Intl.NumberFormat`, lists through `Intl.ListFormat`).
 */
/** The numbers behind a message's formatted counts, for choosing singular or plural. */
export interface Counts {
  shown: number;
  total: number;
}

/** The data states every data element shows (loading, empty, errors). */
export const sharedMessages = {
  loading: 'Loading…',
  empty: 'Nothing to show yet.',
  retry: 'Try again',
  errorHttp: (status: number) => `The data could not be loaded: the server answered with error ${status}.`,
  errorNetwork: 'The data could not be loaded: the server could not be reached.',
  errorTimeout: 'The data could not be loaded: the server took too long to answer.',
  errorContent: (type: string) => `The data could not be read: the server sent ${type || 'an unknown type of file'}.`,
  errorParse: (format: string) => `The data could not be read: it is not valid ${format}.`,
  errorKeptData: 'Showing the data loaded before.',
  errorTooLarge: (megabytes: number) => `The data could not be read: the file is larger than ${megabytes} MB.`,
  errorNothingUsable: 'The data could not be read: it holds nothing this element can show.',
  dataSkipped: (count: string, n: number) =>
    `${count} ${n === 1 ? 'entry' : 'entries'} could not be read and ${n === 1 ? 'is' : 'are'} left out.`,
};

export const bannerMessages = {
  bannerDates: 'Dates',
  bannerLocation: 'Location',
};

export const tableMessages = {
  tableCaption: 'Participants',
  tableSearch: 'Search',
  tableFilterAll: (count: string) => `All (${count})`,
  tableFilterOption: (value: string, count: string) => `${value} (${count})`,
  /** The choice of rows that have no value in a filter's field. */
  tableFilterNone: (count: string) => `Not given (${count})`,
  /** Under a filter's list of choices, when more match than are shown. */
  tableMoreChoices: (count: string) => `${count} more: type to narrow the list`,
  /** Between the items of a cell that holds a list (several roles). */
  tableListSeparator: ', ',
  tableColumnName: 'Name',
  tableColumnOrganization: 'Organisation',
  tableColumnRole: 'Role',
  tableColumnCountry: 'Country',
  tableColumnEmail: 'Email',
  tableColumnUrl: 'Website',
  tableColumnImage: 'Photo',
  tableColumnParty: 'Party',
  tableColumnGroup: 'Group',
  tableColumnArea: 'Area',
  tableColumnTerm: 'Term',
  tableColumnSessions: 'Sessions',
  tableSortAscending: 'sort ascending',
  tableSortDescending: 'sort descending',
  /** Read after a column's name on its sort button, with the separator the language puts between them. */
  tableSortHint: (action: string) => `, ${action}`,
  tableSortedDescending: (column: string) => `${column} (descending)`,
  tableSummary: (shown: string, total: string, n: Counts) => `${shown} of ${total} ${n.total === 1 ? 'participant' : 'participants'}`,
  tableSummarySorted: (shown: string, total: string, by: string, n: Counts) =>
    `${shown} of ${total} ${n.total === 1 ? 'participant' : 'participants'}, sorted by ${by}`,
  tableGroupHeading: (group: string, count: string) => `${group} (${count})`,
  tableGroupNone: 'Not given',
  tableNoMatches: 'No participant matches the search and filters.',
  tableExport: 'Download CSV',
  tablePages: 'Pages',
  tablePrevious: 'Previous page',
  tableNext: 'Next page',
  tablePage: (page: string, pages: string) => `Page ${page} of ${pages}`,
  tableFailed: 'The table could not be shown as asked; it shows what it showed before.',
};

export const sessionMessages = {
  sessionDays: 'Days',
  sessionFilters: 'Filters',
  sessionSearch: 'Search',
  sessionRoom: 'Room',
  sessionTrack: 'Track',
  sessionKind: 'Kind',
  sessionLevel: 'Level',
  sessionLanguage: 'Language',
  sessionAny: 'All',
  sessionMine: 'My sessions only',
  sessionClearFilters: 'Clear filters',
  sessionShown: (shown: string, total: string, n: Counts) => `${shown} of ${total} ${n.total === 1 ? 'session' : 'sessions'}`,
  sessionDayCount: (day: string, count: string) => `${day} (${count})`,
  sessionNoMatch: 'No sessions match these filters on this day.',
  sessionNoMatchOn: (day: string) => `No sessions match on ${day}. Matches on other days:`,
  sessionMatchesOn: (count: string, day: string) => `${count} on ${day}`,
  sessionTimeZone: 'Show times in',
  sessionEventTime: (zone: string) => `Event time (${zone})`,
  sessionMyTime: (zone: string) => `My time (${zone})`,
  sessionTimesIn: (zone: string) => `Times in ${zone}.`,
  sessionZoneUnknown: 'The programme does not give its time zone: times are shown as written.',
  sessionNextDay: '+1 day',
  sessionPreviousDay: '−1 day',
  sessionAllDay: 'All day',
  sessionFrom: (time: string) => `from ${time}`,
  sessionNow: 'Now',
  sessionNext: (time: string) => `Next: ${time}`,
  sessionSpeakers: 'Speakers',
  sessionUntitled: 'Untitled session',
  sessionFavorite: (title: string) => `Favourite: ${title}`,
  sessionDownloadFavorites: 'Download my sessions (.ics)',
  sessionAddToCalendar: 'Add to calendar (.ics)',
  sessionPage: 'Session page',
  sessionSkipped: (count: string, titles: string) => `Left out, without a readable start time (${count}): ${titles}.`,
  sessionKindName: kindNames({
    talk: 'Talk',
    lecture: 'Talk',
    workshop: 'Workshop',
    session: 'Session',
    plenary: 'Plenary',
    break: 'Break',
    social: 'Social',
    meeting: 'Meeting',
    panel: 'Panel',
  }),
};

export const cardMessages = {
  cardUnnamed: 'Unnamed component',
  cardStatus: 'Status',
  cardStatusConcept: 'Concept',
  cardStatusDevelopment: 'In development',
  cardStatusBeta: 'Beta',
  cardStatusStable: 'Stable',
  cardStatusObsolete: 'Obsolete',
  cardDpg: 'Digital Public Good',
  cardDpgNominee: 'Digital Public Good nominee',
  cardOrganisation: 'Maintained by',
  cardProblem: 'The problem it solves',
  cardPlatforms: 'Built with',
  cardTags: 'Topics',
  cardSdg: (goal: string) => `SDG ${goal}`,
  cardSdgs: 'Sustainable Development Goals',
  cardLicense: 'Licence',
  cardCountries: 'Countries',
  cardUsedBy: 'Used by',
  cardLanguages: 'Languages',
  cardLinks: 'Links',
  cardLinkCode: 'Source code',
  cardLinkWebsite: 'Website',
  cardLinkDocs: 'Documentation',
  cardLinkDemo: 'Demo',
  cardCriteria: 'Definition of a Poplus Component',
  cardCriteriaMet: (met: string, total: string) => `${met} of ${total} criteria met`,
  cardMet: 'Met',
  cardUnmet: 'Not met',
  cardUnknown: 'Not stated',
  cardCriterionCivic: 'It helps civic or democratic websites',
  cardCriterionSingleProblem: 'It solves a single problem',
  cardCriterionComposable: 'It is composable with other Poplus Components',
  cardCriterionPlatformAgnostic: 'It is platform agnostic',
  cardCriterionCountryAgnostic: 'It is country agnostic',
  cardCriterionOpenSource: 'It is free/open source software',
  cardCriterionDocumentedApi: 'It has a stable, documented API',
};

/** The shape every locale catalogue shares: the messages of every element. */
export type Catalogue = typeof sharedMessages & typeof bannerMessages & typeof tableMessages & typeof sessionMessages & typeof cardMessages;
