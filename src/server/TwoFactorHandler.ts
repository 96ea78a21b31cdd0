/**
 * A standard Fetch API handler: a Next.js route handler, a React Router
 * action, Hono, Deno and Bun take it as it is.
 */
export type TwoFactorHandler = (request: Request) => Promise<Response>;
