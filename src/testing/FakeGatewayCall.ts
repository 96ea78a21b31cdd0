import type { SendCodeRequest } from '../core/contract/SendCodeRequest.js';

/** A request a fake gateway received. */
export interface FakeGatewayCall<Request = SendCodeRequest> {
  /** The body read back into the library's naming (`PersonId` → `personId`), as the scripts receive it. */
  request: Request;
  /** The body as sent: parsed JSON, or the text when it is not JSON. */
  body: unknown;
  /** The request headers, e.g. `Ocp-Apim-Subscription-Key` or `Accept-Language`. */
  headers: Headers;
  /** The request URL. */
  url: string;
}
