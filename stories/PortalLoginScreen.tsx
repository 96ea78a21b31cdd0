/**
 * The recipe of the portal login screen story: a page a designer would ship, in light and dark. Its
 * own file, so that the screenshot tests render the same page the story shows.
 */
import type { CSSProperties } from 'react';
import { TwoFactorFlow, type TwoFactorMessagesOverride } from '../src/index.js';

/** Props of the login screen recipe. */
export interface PortalLoginScreenProps {
  /** The signed-in person, from the password step. */
  personId: string;
  /** The portal's context id. */
  contextId?: string | undefined;
  /** The two-factor id the password step returned. */
  twoFactorId?: string | undefined;
  /** The name shown in the greeting. */
  displayName: string;
  /** The flow's texts. */
  messages?: TwoFactorMessagesOverride | undefined;
}

/** The code the demo server accepts; every other code is wrong. */
export const rightCode = '123456';

// The portal's brand in both schemes: each colour a light-dark() pair, each accent 4.5:1 or more
// against the text on it (white on #5b21b6 is 9.0:1, the dark button text on #c4b5fd 10.2:1) and
// against the card (#c4b5fd on the dark card is 9.4:1).
const accent = 'light-dark(#5b21b6, #c4b5fd)';

// Passed to the flow through its custom properties only: the type is the page's own.
const brand = {
  '--rtf-color-accent': accent,
  '--rtf-color-focus': accent,
  '--rtf-radius': '0.375rem',
  boxShadow: '0 2px 12px rgb(0 0 0 / 0.12)',
} as CSSProperties;

// The page follows the scheme too: a dark card on a light page reads as a mistake.
const page: CSSProperties = {
  colorScheme: 'light dark',
  minHeight: '100vh',
  background: 'light-dark(#f3f1f8, #120d1f)',
  color: 'light-dark(#1f1933, #ece8f6)',
  font: '1rem/1.5 system-ui, sans-serif',
};

// The page's own link looks like the card's links: the accent, underlined, in the text's weight.
const link: CSSProperties = { color: accent, textDecorationThickness: '1px', textUnderlineOffset: '0.2em' };

/**
 * A plain portal login screen, step 2: the library's `<TwoFactorFlow>` is the card (send, then the
 * code step, with focus moved to the code), themed by custom properties, in the page's own font.
 */
export function PortalLoginScreen({ personId, contextId, twoFactorId, displayName, messages }: PortalLoginScreenProps) {
  return (
    <div style={page}>
      <header style={{ background: 'light-dark(#2e1065, #1e0b47)', color: '#ffffff', padding: '0.75rem 1.5rem', fontWeight: 700 }}>
        Acme Member Portal
      </header>
      <main style={{ display: 'grid', placeItems: 'start center', padding: '2.5rem 1rem' }}>
        <div style={{ display: 'grid', gap: '1rem', width: 'min(28rem, 100%)' }}>
          <div>
            <p style={{ margin: 0, color: 'light-dark(#4c4566, #bbb3d1)', fontSize: '0.875rem' }}>Step 2 of 3</p>
            <p style={{ margin: 0 }}>Welcome back, {displayName}. Confirm it is you with a one-time code.</p>
          </div>
          <TwoFactorFlow
            personId={personId}
            {...(contextId && { contextId })}
            {...(twoFactorId && { twoFactorId })}
            {...(messages && { messages })}
            style={brand}
          />
          <p style={{ margin: 0 }}>
            <a href="#sign-in" style={link}>
              Use another account
            </a>
          </p>
        </div>
      </main>
    </div>
  );
}
