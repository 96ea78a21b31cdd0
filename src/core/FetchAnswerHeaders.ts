// The library's own spelling of the DOM's HeadersInit, so that the types hold in a project without the DOM lib.
type HeaderValues = Headers | Record<string, string> | [string, string][];

/** Headers, or a (possibly async) function that returns them (e.g. a fresh bearer token). */
export type FetchAnswerHeaders = HeaderValues | (() => HeaderValues | Promise<HeaderValues>);
