import { onTestFinished, vi } from 'vitest';

/**
 * Stops the wall clock (`Date`) for the rest of the test while timers keep running for real, so that a
 * countdown read in real time shows its first second however slow the machine is: "Resend in 30 s" stays
 * 30 until the test looks, where a loaded machine may take more than a second between the send and the look.
 * The clock then moves only when the test moves it (`vi.setSystemTime`).
 */
export function holdClock(): void {
  vi.useFakeTimers({ toFake: ['Date'] });
  onTestFinished(() => {
    vi.useRealTimers();
  });
}
