// Names the guides' and the README's code blocks leave to the reader: your session, your person, your router.
// Declared once here, so that `npm run docs:check` type-checks every block against the built package.

interface SnippetSession {
  personId: string;
  contextId: string;
}
/** Your session lookup, from the request (its cookie or its Authorization header): every snippet passes the request. */
declare function getSession(request: Request): Promise<SnippetSession | null>;
/** A bearer token for your own backend. */
declare function getToken(): Promise<string>;
/** The signed-in person, the login's context and the login attempt, as your page has them. */
declare const person: { id: string };
declare const context: { id: string };
declare const login: { twoFactorId: string };
declare const id: string;
/** Your own sign-in step once the code is verified. */
declare function signIn(raw: unknown): void;
