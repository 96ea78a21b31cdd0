'use client';
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { createFormControl } from 'react-hook-form';
import { mediums as allMediums, type Medium } from '../../core/contract/Medium.js';
import { reportDeveloperError } from '../../core/errors/reportDeveloperError.js';
import { preferredLanguage, resolveLanguages } from './resolveLanguages.js';
import { resolverFor } from './resolverFor.js';
import type { TwoFactorPromptValues } from './TwoFactorPromptValues.js';

const defaultMediums: readonly Medium[] = ['sms', 'email'];
const defaultLanguages: readonly string[] = ['en', 'fr', 'nl', 'de'];
// The server renders before any check.
const noMessage = () => undefined;

/** The mediums offered: the known ones among `mediums`, without repeats; both, with a developer report, when none is known. */
export function resolveMediums(mediums: readonly Medium[], fallback: readonly Medium[]): Medium[] {
  const valid = mediums.filter((medium) => (allMediums as readonly string[]).includes(medium));
  if (valid.length !== mediums.length || valid.length === 0) {
    reportDeveloperError(`mediums: only "sms" and "email" are known; got ${JSON.stringify(mediums)}.`);
  }
  return valid.length > 0 ? [...new Set(valid)] : [...fallback];
}

/**
 * The prompt's choices: the mediums and languages offered, their defaults, and the form that holds
 * what the person picked (a react-hook-form control checked by `resolverFor`), with its own check's messages.
 */
export function usePromptChoices(options: {
  mediums?: readonly Medium[] | undefined;
  defaultMedium?: Medium | undefined;
  languages?: readonly string[] | undefined;
  defaultLanguage?: string | undefined;
}) {
  const mediumKey = (options.mediums ?? defaultMediums).join('|');
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed by content, so an inline array prop does not recompute.
  const mediums = useMemo(() => resolveMediums(options.mediums ?? defaultMediums, defaultMediums), [mediumKey]);
  const languageKey = (options.languages ?? defaultLanguages).join('|');
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed by content, so an inline array prop does not recompute.
  const languageOptions = useMemo(() => {
    const resolved = resolveLanguages(options.languages ?? defaultLanguages);
    if (resolved.length > 0) return resolved;
    // Without a single valid tag there would be nothing to choose and nothing to send: English is offered.
    reportDeveloperError('languages: no valid language tag; English is offered instead.');
    return resolveLanguages(['en']);
  }, [languageKey]);

  const defaultMedium = options.defaultMedium && mediums.includes(options.defaultMedium) ? options.defaultMedium : (mediums[0] as Medium);
  const requestedLanguage = options.defaultLanguage && languageOptions.find((option) => option.value === options.defaultLanguage);
  const defaultLanguage = requestedLanguage ? requestedLanguage.value : (languageOptions[0]?.value ?? 'en');
  if (options.defaultLanguage && !requestedLanguage) {
    reportDeveloperError(`defaultLanguage "${options.defaultLanguage}" is not one of languages; the first of them is used.`);
  }

  // The form without `useForm`: `useForm` always renders twice on mount (its `isReady` update after the
  // first commit); a form control, read through `useSyncExternalStore`, renders once. The check
  // follows the latest choices offered, as `useForm`'s resolver would.
  const resolver = useMemo(() => resolverFor(mediums, languageOptions), [mediums, languageOptions]);
  const resolverRef = useRef(resolver);
  resolverRef.current = resolver;
  const [form] = useState(() =>
    createFormControl<TwoFactorPromptValues>({
      defaultValues: { medium: defaultMedium, language: defaultLanguage },
      resolver: (values, context, resolverOptions) => resolverRef.current(values, context, resolverOptions),
    }),
  );
  const { setValue, getValues } = form;
  // Subscribing also marks the form mounted (react-hook-form's `subscribe`); only a changed message re-renders.
  const subscribeToErrors = useCallback(
    (onChange: () => void) => form.subscribe({ formState: { errors: true }, callback: onChange }),
    [form],
  );
  const clientErrors = {
    medium: useSyncExternalStore(subscribeToErrors, () => form.getFieldState('medium').error?.message, noMessage),
    language: useSyncExternalStore(subscribeToErrors, () => form.getFieldState('language').error?.message, noMessage),
  };

  // A choice the host stops offering (new `mediums` or `languages`) falls back to the default, as the
  // single-medium text or the select already shows, rather than failing the check on submit.
  useEffect(() => {
    if (!mediums.includes(getValues('medium'))) setValue('medium', defaultMedium);
    if (!languageOptions.some((option) => option.value === getValues('language'))) setValue('language', defaultLanguage);
  }, [mediums, languageOptions, defaultMedium, defaultLanguage, getValues, setValue]);

  // The browser's preference is read after mount, so the server and the first client render agree.
  const explicitLanguage = options.defaultLanguage !== undefined;
  useEffect(() => {
    if (explicitLanguage || typeof navigator === 'undefined') return;
    const preferred = preferredLanguage(languageOptions, navigator.languages ?? [navigator.language]);
    if (preferred && preferred !== getValues('language')) setValue('language', preferred);
  }, [explicitLanguage, languageOptions, getValues, setValue]);

  return { mediums, languageOptions, form, clientErrors };
}
