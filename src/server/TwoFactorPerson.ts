/** The signed-in person of a request, as the host's session knows them. */
export interface TwoFactorPerson {
  /** The person the code goes to; sent as `PersonId` whatever the browser sent. */
  personId: string;
  /** The portal's context id; sent as `ContextId` whatever the browser sent, and left out when absent. */
  contextId?: string | undefined;
}
