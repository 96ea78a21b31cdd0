/**
 * A standard Fetch API handler (`Request` in, `Response` out): a Next.js route handler takes it as it is,
 * and Node's `http` through `@hono/node-server`'s `getRequestListener`; both are what the tests run.
 */
export type TwoFactorHandler = (request: Request) => Promise<Response>;
