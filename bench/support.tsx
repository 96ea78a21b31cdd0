/**
 * What the runtime benches share: the answers, a fetch that records when it is called, the
 * hand-written baseline form, the timing loop and the Markdown table printer.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { QueryClient, QueryClientProvider, useMutation } from '@tanstack/react-query';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { enum as enumOf, object } from 'zod/mini';
import { createHttpAdapter, TwoFactorPrompt, TwoFactorProvider } from '../src/index.js';

export const okBody = JSON.stringify({ Hint: 'Sent to +32 4** ** ** 12', Errors: { IsValid: true, Errors: [] } });
export const errorBody = JSON.stringify({
  Errors: { IsValid: false, Errors: [{ PropertyName: 'Medium', ErrorMessage: 'Medium is not allowed.', Severity: 0 }] },
});

/** Prints rows as a Markdown table, a line at a time. */
export function table(rows: Array<Record<string, string | number>>, out: (line: string) => void) {
  const [first] = rows;
  if (!first) return;
  const columns = Object.keys(first);
  const widths = columns.map((column) => Math.max(column.length, ...rows.map((row) => String(row[column]).length)));
  const line = (cells: string[]) => `| ${cells.map((cell, index) => cell.padEnd(widths[index] ?? 0)).join(' | ')} |`;
  out(line(columns));
  out(`| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`);
  for (const row of rows) out(line(columns.map((column) => String(row[column]))));
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

/** A fetch that answers at once and records when it was called. */
export function recordingFetch(body: () => string) {
  const calls: number[] = [];
  const fetch = async () => {
    calls.push(performance.now());
    return new Response(body(), { status: 200, headers: { 'Content-Type': 'application/json' } });
  };
  return { calls, fetch: fetch as unknown as typeof globalThis.fetch };
}

/** Lets timers, react-query and React settle. */
export const flush = () => act(async () => new Promise((resolve) => setTimeout(resolve, 0)));

/** The hand-written baseline: the same two fields and button on a bare `useMutation` + `fetch`. */
function Baseline({ fetch }: { fetch: typeof globalThis.fetch }) {
  const [medium, setMedium] = useState('sms');
  const [language, setLanguage] = useState('en');
  const send = useMutation({
    mutationFn: async () => {
      const response = await fetch('https://example.test/send', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ PersonId: '42', Medium: medium, Language: language }),
      });
      return response.json();
    },
  });
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        send.mutate();
      }}
    >
      <fieldset>
        <legend>Send the code by</legend>
        {['sms', 'email'].map((value) => (
          <label key={value}>
            <input type="radio" name="medium" value={value} checked={medium === value} onChange={() => setMedium(value)} />
            {value}
          </label>
        ))}
      </fieldset>
      <label>
        Language
        <select value={language} onChange={(event) => setLanguage(event.target.value)}>
          {['en', 'fr', 'nl', 'de'].map((tag) => (
            <option key={tag}>{tag}</option>
          ))}
        </select>
      </label>
      <button type="submit">Send code</button>
      {send.data?.Hint && <p role="status">{send.data.Hint}</p>}
    </form>
  );
}

const floorSchema = object({ medium: enumOf(['sms', 'email']), language: enumOf(['en', 'fr', 'nl', 'de']) });
const floorResolver = zodResolver(floorSchema, undefined, { mode: 'sync' });
type FloorValues = { medium: 'sms' | 'email'; language: 'en' | 'fr' | 'nl' | 'de' };
const floorLanguages = [
  { value: 'en', label: 'English' },
  { value: 'fr', label: 'français' },
  { value: 'nl', label: 'Nederlands' },
  { value: 'de', label: 'Deutsch' },
];

/**
 * The floor of the fixed stack: the prompt's default markup (same elements, classes, ids, texts and
 * ARIA) on a bare react-hook-form `useForm` with `zodResolver` and a `useMutation` + `fetch`, with none
 * of the library's behaviour (no single flight, cooldown, server errors at their fields, catalogue).
 */
function Floor({ fetch }: { fetch: typeof globalThis.fetch }) {
  const id = useId();
  const { register, handleSubmit } = useForm<FloorValues>({
    defaultValues: { medium: 'sms', language: 'en' },
    resolver: floorResolver,
  });
  const send = useMutation({
    mutationFn: async (values: FloorValues) => {
      const response = await fetch('https://example.test/send', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ PersonId: '42', Medium: values.medium, Language: values.language }),
      });
      return response.json();
    },
  });
  const status = send.isPending ? 'sending' : send.isError ? 'error' : send.isSuccess ? 'sent' : 'idle';
  return (
    <div className="rtf-prompt" data-status={status}>
      <form className="rtf-form" onSubmit={handleSubmit((values) => send.mutate(values))} noValidate aria-labelledby={`${id}-title`}>
        <h2 className="rtf-title" id={`${id}-title`}>
          Send a verification code
        </h2>
        <fieldset className="rtf-field rtf-medium">
          <legend className="rtf-label">Send the code by</legend>
          {[
            { value: 'sms', label: 'Text message (SMS)' },
            { value: 'email', label: 'Email' },
          ].map((option) => (
            <label className="rtf-radio" key={option.value} htmlFor={`${id}-medium-${option.value}`}>
              <input
                className="rtf-radio-input"
                type="radio"
                value={option.value}
                id={`${id}-medium-${option.value}`}
                {...register('medium')}
              />
              <span>{option.label}</span>
            </label>
          ))}
        </fieldset>
        <div className="rtf-field rtf-language">
          <label className="rtf-label" htmlFor={`${id}-language`}>
            Language
          </label>
          <select className="rtf-select" id={`${id}-language`} {...register('language')}>
            {floorLanguages.map((option) => (
              <option key={option.value} value={option.value} lang={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <button className="rtf-submit" type="submit">
          {send.isPending ? 'Sending…' : 'Send code'}
        </button>
        <div className="rtf-status" id={`${id}-status`} role="status">
          {send.data?.Hint && <p className="rtf-hint">{send.data.Hint}</p>}
        </div>
      </form>
    </div>
  );
}

const subjects = ['baseline', 'floor', 'prompt'] as const;
type Subject = (typeof subjects)[number];

/**
 * Medians of `runs` mounts and of `runs` click-to-fetch dispatches of the baseline (a bare
 * `useMutation` + `fetch` form), the floor (the prompt's markup on `useForm` + `useMutation`) and the
 * prompt, interleaved, as table rows with the ratios to the baseline and the prompt's distance to the floor.
 */
export async function measureTimings(runs: number) {
  const empty = () => ({ baseline: [], floor: [], prompt: [] }) as Record<Subject, number[]>;
  const mountTimes = empty();
  const dispatchTimes = empty();
  for (let run = 0; run < runs; run++) {
    for (const subject of subjects) {
      const recorder = recordingFetch(() => okBody);
      const start = performance.now();
      if (subject === 'prompt') {
        render(
          <TwoFactorProvider adapter={createHttpAdapter({ baseUrl: 'https://example.test/2fa', fetch: recorder.fetch })}>
            <TwoFactorPrompt personId={`p${run}`} />
          </TwoFactorProvider>,
        );
      } else {
        render(
          <QueryClientProvider client={new QueryClient()}>
            {subject === 'floor' ? <Floor fetch={recorder.fetch} /> : <Baseline fetch={recorder.fetch} />}
          </QueryClientProvider>,
        );
      }
      mountTimes[subject].push(performance.now() - start);
      await flush();
      const clicked = performance.now();
      fireEvent.click(screen.getByRole('button', { name: 'Send code' }));
      while (recorder.calls.length === 0) await act(async () => Promise.resolve());
      dispatchTimes[subject].push((recorder.calls[0] as number) - clicked);
      await flush();
      cleanup();
      sessionStorage.clear();
    }
  }
  const timing = (measure: string, times: Record<Subject, number[]>) => {
    const prompt = median(times.prompt);
    const baseline = median(times.baseline);
    const floor = median(times.floor);
    return {
      measure,
      'prompt (ms)': prompt.toFixed(3),
      'floor (ms)': floor.toFixed(3),
      'baseline (ms)': baseline.toFixed(3),
      'prompt ÷ baseline': (prompt / baseline).toFixed(2),
      'floor ÷ baseline': (floor / baseline).toFixed(2),
      'prompt − floor (ms)': (prompt - floor).toFixed(3),
    };
  };
  return [timing('mount', mountTimes), timing('send-to-request dispatch', dispatchTimes)];
}
