import { languageTagSchema } from '../core/sendCodeRequestSchema.js';
import { reportDeveloperError } from './reportDeveloperError.js';

/** A language the prompt offers. */
export interface LanguageOption {
  /** The canonical BCP 47 tag sent to the server. */
  value: string;
  /** The language's own name, e.g. "Français (Belgique)"; the tag when `Intl` does not know it. */
  label: string;
}

// Building an Intl.DisplayNames is the costliest part of a mount: names are kept per tag.
let ownNames: Map<string, string> | undefined;

function ownName(tag: string): string {
  ownNames ??= new Map();
  let name = ownNames.get(tag);
  if (name === undefined) {
    name = displayName(tag);
    ownNames.set(tag, name);
  }
  return name;
}

function displayName(tag: string): string {
  try {
    const name = new Intl.DisplayNames([tag], { type: 'language', fallback: 'code' }).of(tag);
    if (!name) return tag;
    return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
  } catch {
    return tag;
  }
}

/**
 * Checks and canonicalises the host's language tags with zod, labels each
 * with its own name, and drops (and reports once) any that is not a tag.
 */
export function resolveLanguages(tags: readonly string[]): LanguageOption[] {
  const options: LanguageOption[] = [];
  for (const tag of tags) {
    const parsed = languageTagSchema.safeParse(tag);
    if (!parsed.success) {
      reportDeveloperError(`languages: ${parsed.error.issues[0]?.message ?? `"${String(tag)}" is not a language tag.`} It is left out.`);
      continue;
    }
    const [canonical = parsed.data] = Intl.getCanonicalLocales(parsed.data);
    if (!options.some((option) => option.value === canonical)) options.push({ value: canonical, label: ownName(canonical) });
  }
  return options;
}

/** The first offered language the browser prefers: exact tag first, then the same base language. */
export function preferredLanguage(options: readonly LanguageOption[], preferred: readonly string[]): string | undefined {
  const base = (tag: string) => tag.split('-')[0]?.toLowerCase();
  for (const wanted of preferred) {
    const exact = options.find((option) => option.value.toLowerCase() === wanted.toLowerCase());
    if (exact) return exact.value;
    const sameBase = options.find((option) => base(option.value) === base(wanted));
    if (sameBase) return sameBase.value;
  }
  return undefined;
}
