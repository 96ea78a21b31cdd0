let reported: Set<string> | undefined;

/** Reports a host's developer error once per message, without breaking the login screen. */
export function reportDeveloperError(message: string): void {
  reported ??= new Set();
  if (reported.has(message)) return;
  reported.add(message);
  console.error(`react-two-factor: ${message}`);
}
