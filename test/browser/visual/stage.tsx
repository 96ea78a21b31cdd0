/**
 * The stage of the screenshot tests: one host page per mode, made the same on every run (the
 * fonts-dejavu-core font that .ci/run installs, no animation, a fixed clock), and undone after each test.
 */
import { QueryClient } from '@tanstack/react-query';
import { cleanup, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, beforeEach, vi } from 'vitest';
import { commands, page } from 'vitest/browser';
import '../../../src/styles.css';
import { type TwoFactorAdapter, type TwoFactorMessagesOverride, TwoFactorProvider } from '../../../src/index.js';
import type { EmulatedMedia } from '../commands.js';

declare module 'vitest/browser' {
  interface BrowserCommands {
    emulateMedia: (media: EmulatedMedia) => Promise<void>;
    pressMouse: (selector: string) => Promise<void>;
    releaseMouse: () => Promise<void>;
  }
}

/** How the page is shown: the modes the design is approved in. */
export type StageMode = 'light' | 'dark' | 'forced' | 'narrow' | 'rtl';

/** Options of `stage`. */
export interface StageOptions {
  /** The adapter the provider injects. */
  adapter: TwoFactorAdapter;
  /** One mode, or several at once (e.g. RTL at 320 px). */
  mode: StageMode | readonly StageMode[];
  /** The viewport width, unless `narrow` sets 320. @default 560 */
  width?: number;
}

/** Test-only Arabic texts (a host's own translation), for the right-to-left screenshots. */
export const arabicTexts: TwoFactorMessagesOverride = {
  title: 'إرسال رمز التحقق',
  mediumLabel: 'إرسال الرمز عبر',
  mediumNames: { sms: 'رسالة نصية (SMS)', email: 'البريد الإلكتروني' },
  languageLabel: 'اللغة',
  send: 'إرسال الرمز',
  resend: 'إعادة إرسال الرمز',
  resendIn: (seconds: number) => `إعادة الإرسال بعد ${seconds} ث`,
  codeTitle: 'أدخل الرمز',
  codeLabel: 'رمز التحقق',
  codeInstructions: (length: number) => `أدخل الرمز المكوّن من ${length} أرقام الذي أرسلناه إليك.`,
  verify: 'تحقّق',
  verified: 'تم قبول الرمز.',
  useAnotherMethod: 'استخدام طريقة أخرى',
};

/** The clock every screenshot sees: countdowns stay at their first second. */
export const fixedNow = new Date('2026-12-01T09:30:00.000Z');

const hostStyles = `
  :root { color-scheme: light dark; }
  body { margin: 0; font: 16px/1.5 "DejaVu Sans", sans-serif; color: CanvasText; background: Canvas; }
  *, *::before, *::after { animation: none !important; transition: none !important; }
`;

let hostStyle: HTMLStyleElement | undefined;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: fixedNow });
  hostStyle = document.createElement('style');
  hostStyle.textContent = hostStyles;
  document.head.append(hostStyle);
});

afterEach(async () => {
  cleanup();
  hostStyle?.remove();
  sessionStorage.clear();
  vi.useRealTimers();
  await commands.emulateMedia({ colorScheme: null, forcedColors: null, reducedMotion: null });
  await page.viewport(414, 896);
});

/**
 * Renders `ui` inside the provider on a host page in the given modes, and returns the locator of the
 * frame around it (with room for focus rings) to pass to `toMatchScreenshot`.
 */
export async function stage(ui: ReactElement, { adapter, mode, width = 560 }: StageOptions) {
  const modes = new Set<StageMode>(typeof mode === 'string' ? [mode] : mode);
  await commands.emulateMedia({
    colorScheme: modes.has('dark') ? 'dark' : 'light',
    forcedColors: modes.has('forced') ? 'active' : 'none',
    reducedMotion: 'reduce',
  });
  await page.viewport(modes.has('narrow') ? 320 : width, 720);
  render(
    <TwoFactorProvider adapter={adapter} queryClient={new QueryClient()}>
      <div data-testid="stage" style={{ padding: 16 }} {...(modes.has('rtl') && { dir: 'rtl', lang: 'ar' })}>
        {ui}
      </div>
    </TwoFactorProvider>,
  );
  return page.getByTestId('stage');
}
