import { languageTagSchema } from '../../core/contract/languageTagSchema.js';
import { reportDeveloperError } from '../../core/errors/reportDeveloperError.js';

/** A language the prompt offers. */
export interface LanguageOption {
  /** The canonical BCP 47 tag sent to the server. */
  value: string;
  /** The language's own name, e.g. "Français (Belgique)"; the tag when `Intl` does not know it. */
  label: string;
}

// Checking a tag with zod and naming it with Intl.DisplayNames is the costliest part of a mount:
// each tag is resolved once per page (to its option, or to the reason it is refused).
let resolvedTags: Map<string, LanguageOption | { refused: string }> | undefined;

function displayName(tag: string): string {
  try {
    const name = new Intl.DisplayNames([tag], { type: 'language', fallback: 'code' }).of(tag);
    if (!name) return tag;
    return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
  } catch {
    return tag;
  }
}

function resolveTag(tag: string): LanguageOption | { refused: string } {
  const parsed = languageTagSchema.safeParse(tag);
  if (!parsed.success) return { refused: parsed.error.issues[0]?.message ?? `"${String(tag)}" is not a language tag.` };
  const [canonical = parsed.data] = Intl.getCanonicalLocales(parsed.data);
  return { value: canonical, label: displayName(canonical) };
}

/**
 * Checks and canonicalises the host's language tags with zod, labels each
 * with its own name, and drops (and reports once) any that is not a tag.
 */
export function resolveLanguages(tags: readonly string[]): LanguageOption[] {
  resolvedTags ??= new Map();
  const options: LanguageOption[] = [];
  for (const tag of tags) {
    let resolved = resolvedTags.get(tag);
    if (resolved === undefined) {
      resolved = resolveTag(tag);
      resolvedTags.set(tag, resolved);
    }
    if ('refused' in resolved) {
      reportDeveloperError(`languages: ${resolved.refused} It is left out.`);
      continue;
    }
    const { value } = resolved;
    if (!options.some((option) => option.value === value)) options.push(resolved);
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
