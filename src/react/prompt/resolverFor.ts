import { zodResolver } from '@hookform/resolvers/zod';
import type { Resolver } from 'react-hook-form';
import { enum as enumOf, object } from 'zod/mini';
import type { Medium } from '../../core/contract/Medium.js';
import type { LanguageOption } from './resolveLanguages.js';
import type { TwoFactorPromptValues } from './TwoFactorPromptValues.js';

// The check of the choices, built once per page for each set of choices offered (like each language tag).
let resolvers: Map<string, Resolver<TwoFactorPromptValues>> | undefined;

/** The check of the prompt's choices: a synchronous zod resolver for the mediums and languages offered. */
export function resolverFor(mediums: readonly Medium[], languageOptions: readonly LanguageOption[]): Resolver<TwoFactorPromptValues> {
  const languages = languageOptions.map((option) => option.value);
  const key = `${mediums.join('|')} ${languages.join('|')}`;
  resolvers ??= new Map();
  let resolver = resolvers.get(key);
  if (!resolver) {
    const schema = object({
      medium: enumOf(mediums as [Medium, ...Medium[]]),
      language: enumOf(languages as [string, ...string[]]),
    });
    // Synchronous parsing: the schema has no asynchronous refinement, and a send should not wait on one.
    resolver = zodResolver(schema, undefined, { mode: 'sync' });
    resolvers.set(key, resolver);
  }
  return resolver;
}
