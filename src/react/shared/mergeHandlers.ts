/**
 * One handler that calls the library's, then the host's: a prop getter merges a host's own
 * `onChange` or `onBlur` instead of replacing it.
 */
export function mergeHandlers<Event>(own: (event: Event) => unknown, host: ((event: Event) => void) | undefined): (event: Event) => void {
  if (!host) return (event) => void own(event);
  return (event) => {
    void own(event);
    host(event);
  };
}
