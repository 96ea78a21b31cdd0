import { mediums as allMediums, type Medium } from '../../core/contract/Medium.js';
import { reportDeveloperError } from '../../core/errors/reportDeveloperError.js';

/** The mediums offered: the known ones among `mediums`, without repeats; both, with a developer report, when none is known. */
export function resolveMediums(mediums: readonly Medium[], fallback: readonly Medium[]): Medium[] {
  const valid = mediums.filter((medium) => (allMediums as readonly string[]).includes(medium));
  if (valid.length !== mediums.length || valid.length === 0) {
    reportDeveloperError(`mediums: only "sms" and "email" are known; got ${JSON.stringify(mediums)}.`);
  }
  return valid.length > 0 ? [...new Set(valid)] : [...fallback];
}
