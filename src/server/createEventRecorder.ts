import { type Medium, mediums } from '../core/contract/Medium.js';
import type { PersonHasher } from './createPersonHash.js';
import { outcomeOf } from './outcomeOf.js';
import type { TwoFactorEvent } from './TwoFactorEvent.js';
import type { TwoFactorOperation } from './TwoFactorOperation.js';
import type { TwoFactorPerson } from './TwoFactorPerson.js';

/** What the handler learns about one request as it goes, for its event and its limits. */
export interface RequestFacts {
  startedAt: number;
  operation: TwoFactorOperation | null;
  person?: TwoFactorPerson;
  medium?: Medium;
  /** The person's keyed hash, computed once. */
  personHash?: Promise<string>;
}

/** The handler's record of its requests: the facts of each, the answers that came from the gateway, and the event. */
export interface EventRecorder {
  start(): RequestFacts;
  /** The person's keyed hash of a request whose person is known, computed once per request. */
  personHashOf(facts: RequestFacts, person: TwoFactorPerson): Promise<string>;
  /** Remembers the medium a send asked for, when it is one of the contract's. */
  noteMedium(facts: RequestFacts, medium: string | undefined): void;
  /** Marks an answer as the gateway's, passed on. */
  fromGateway(response: Response): Response;
  /** Calls `onEvent` with the request's event; a throwing or rejecting `onEvent` changes nothing. */
  record(facts: RequestFacts, response: Response): Promise<void>;
}

export function createEventRecorder(
  hashPerson: PersonHasher,
  onEvent: ((event: TwoFactorEvent) => void | Promise<void>) | undefined,
): EventRecorder {
  const gatewayAnswers = new WeakSet<Response>();
  const personHashOf = (facts: RequestFacts, person: TwoFactorPerson) => {
    facts.personHash ??= hashPerson(person);
    return facts.personHash;
  };
  return {
    start: () => ({ startedAt: performance.now(), operation: null }),
    personHashOf,
    noteMedium(facts, medium) {
      const known = mediums.find((name) => name === medium?.toLowerCase());
      if (known) facts.medium = known;
    },
    fromGateway(response) {
      gatewayAnswers.add(response);
      return response;
    },
    async record(facts, response) {
      if (!onEvent) return;
      const durationMs = performance.now() - facts.startedAt;
      try {
        const { operation, person, medium } = facts;
        const event: TwoFactorEvent = {
          operation,
          outcome: outcomeOf(operation, response.status, gatewayAnswers.has(response)),
          status: response.status,
          personHash: person ? await personHashOf(facts, person) : null,
          ...(medium && { medium }),
          durationMs,
        };
        // Not awaited: an audit log that is slow must not hold the answer.
        const written = onEvent(event);
        // A thenable from another realm is no `instanceof Promise`: its rejection must not go unhandled either.
        if (written && typeof (written as PromiseLike<void>).then === 'function') Promise.resolve(written).catch(() => {});
      } catch {
        // The host's audit log failing must not change the answer.
      }
    },
  };
}
