import type { FieldErrors, Resolver } from 'react-hook-form';
import type { Medium } from '../../core/contract/Medium.js';
import type { LanguageOption } from './resolveLanguages.js';
import type { TwoFactorPromptValues } from './TwoFactorPromptValues.js';

/**
 * The check of the prompt's choices: each field one of the values offered. Synchronous, so a send never
 * waits on it. Two membership tests, written out rather than through `zodResolver` and a zod schema,
 * which cost the quick start 1 kB gzip (bench/README.md) for the same answer: zod's code and message.
 */
export function resolverFor(mediums: readonly Medium[], languageOptions: readonly LanguageOption[]): Resolver<TwoFactorPromptValues> {
  const offered = { medium: mediums as readonly string[], language: languageOptions.map((option) => option.value) };
  return (values) => {
    const errors: FieldErrors<TwoFactorPromptValues> = {};
    for (const field of ['medium', 'language'] as const) {
      if (!offered[field].includes(values[field])) errors[field] = { type: 'invalid_value', message: 'Invalid input' };
    }
    return Object.keys(errors).length > 0 ? { values: {}, errors } : { values, errors: {} };
  };
}
