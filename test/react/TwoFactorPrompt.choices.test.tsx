import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TwoFactorPrompt } from '../../src/index.js';
import { createMockAdapter } from '../../src/testing/index.js';
import { renderWithTwoFactor } from '../render.js';

let people = 0;
const nextPerson = () => `choices-person-${++people}`;

/** A headless prompt whose host renders its own language select, with `extra` beside the languages offered. */
function HostSelect({ personId, extra }: { personId: string; extra: string }) {
  return (
    <TwoFactorPrompt personId={personId} languages={['en', 'fr']}>
      {(prompt) => (
        <form onSubmit={prompt.submit}>
          <select aria-label="Language" {...prompt.getLanguageSelectProps()}>
            {[...prompt.languageOptions.map((option) => option.value), extra].map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
          <p data-testid="language-error">{prompt.fieldErrors.language?.join(' ')}</p>
          <button type="submit">Send code</button>
        </form>
      )}
    </TwoFactorPrompt>
  );
}

describe("the prompt's own check of the choices", () => {
  it('given a language the prompt does not offer, picked in a host select, should send nothing and say so at the language', async () => {
    const adapter = createMockAdapter();
    const { user } = renderWithTwoFactor(<HostSelect personId={nextPerson()} extra="xx" />, { adapter });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'xx');
    await user.click(screen.getByRole('button', { name: 'Send code' }));

    await waitFor(() => expect(screen.getByTestId('language-error')).toHaveTextContent('Invalid input'));
    expect(adapter.calls).toHaveLength(0);
  });

  it('given an offered language picked in a host select, should send that language with the default medium', async () => {
    const adapter = createMockAdapter();
    const personId = nextPerson();
    const { user } = renderWithTwoFactor(<HostSelect personId={personId} extra="xx" />, { adapter });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'fr');
    await user.click(screen.getByRole('button', { name: 'Send code' }));

    await waitFor(() => expect(adapter.calls).toHaveLength(1));
    expect(adapter.calls[0]?.request).toMatchObject({ personId, medium: 'sms', language: 'fr' });
    expect(screen.getByTestId('language-error')).toBeEmptyDOMElement();
  });
});
