import { sharedMessages, type Catalogue } from './en.js';

export type { Catalogue };
export type MessageKey = keyof Catalogue;

/**
 * English ships in every bundle: the shared messages, and those of each element the bundle holds (each
 * element module registers its own through `useEnglish`). Other languages are separate modules, loaded the
 * first time an element resolves to them (elements wait for it before rendering, so no English flashes
 * first); any key a partial catalogue lacks shows in English.
 */
const en: Partial<Catalogue> = { ...sharedMessages };
const bundled: Record<string, Partial<Catalogue>> = { en };

/** Adds an element's English messages: the source strings, and the fallback of every other language. */
export function useEnglish(messages: Partial<Catalogue>): void {
  Object.assign(en, messages);
}

const lazy: Record<string, () => Promise<{ default: Partial<Catalogue> }>> = {
  es: () => import('./es.js'),
  fr: () => import('./fr.js'),
  ar: () => import('./ar.js'),
  ms: () => import('./ms.js'),
  'zh-Hans': () => import('./zh-Hans.js'),
  'zh-Hant': () => import('./zh-Hant.js'),
};
const loading = new Map<string, Promise<Partial<Catalogue> | undefined>>();

const keys = new Map<string, string>();

/** The catalogue a language tag reads from: language and script where that matters (`zh-TW` → `zh-Hant`). */
function language(lang: string): string {
  let key = keys.get(lang);
  if (key === undefined) {
    const base = lang.split('-')[0]!.toLowerCase();
    let script: string | undefined;
    try {
      script = new Intl.Locale(lang).maximize().script;
    } catch {
      script = undefined;
    }
    key = script && `${base}-${script}` in lazy ? `${base}-${script}` : base;
    keys.set(lang, key);
  }
  return key;
}

/** The catalogue for a language if it is already in memory (English otherwise). */
export function catalogueFor(lang: string): Partial<Catalogue> {
  return bundled[language(lang)] ?? en;
}

/** Whether a language has a catalogue that is not loaded yet. */
export function needsLoading(lang: string): boolean {
  const key = language(lang);
  return !(key in bundled) && key in lazy;
}

/** Loads a lazy catalogue once; resolves when `catalogueFor` returns it. Never rejects. */
export function loadCatalogue(lang: string): Promise<Partial<Catalogue> | undefined> {
  const key = language(lang);
  let pending = loading.get(key);
  if (!pending) {
    pending = (lazy[key]?.() ?? Promise.resolve(undefined)).then(
      (mod) => {
        if (mod) bundled[key] = mod.default;
        return mod?.default;
      },
      () => undefined,
    );
    loading.set(key, pending);
  }
  return pending;
}

type Args<K extends MessageKey> = Catalogue[K] extends (...args: infer A) => string ? A : [];

/** One message in a catalogue, falling back to English for a missing key. */
export function translate<K extends MessageKey>(catalogue: Partial<Catalogue>, key: K, args: Args<K>): string {
  const entry = (catalogue[key] ?? en[key] ?? key) as string | ((...a: unknown[]) => string);
  return typeof entry === 'function' ? entry(...args) : entry;
}
