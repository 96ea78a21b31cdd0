/** The channels the backend can send a code through. */
export const mediums = ['sms', 'email'] as const;

/** How the code reaches the person: a text message or an email. */
export type Medium = (typeof mediums)[number];
