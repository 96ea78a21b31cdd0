import type { Medium } from '../../core/contract/Medium.js';

/** The fields the person chooses; the identifiers are props, never inputs. */
export interface TwoFactorPromptValues {
  medium: Medium;
  language: string;
}
