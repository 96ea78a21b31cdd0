/** One HTTP answer of the gateway, as it goes over the wire. */
export interface GatewayAnswer {
  /** The HTTP status. */
  status: number;
  /** A value sent as JSON, or a string sent verbatim (HTML, empty, cut-off JSON). */
  body: unknown;
  /** Extra response headers, e.g. `Retry-After`. */
  headers?: Readonly<Record<string, string>> | undefined;
}
