import { mediums as allMediums, type Medium } from '../../core/Medium.js';
import { reportDeveloperError } from '../../core/reportDeveloperError.js';

const defaultMediums: readonly Medium[] = ['sms', 'email'];

/** The mediums a prompt offers: the known ones of `mediums`, once each; SMS and email when it is not given, or (with a developer error) when none is known. */
export function resolveMediums(mediums: readonly Medium[] = defaultMediums): Medium[] {
  const valid = mediums.filter((medium) => (allMediums as readonly string[]).includes(medium));
  if (valid.length !== mediums.length || valid.length === 0) {
    reportDeveloperError(`mediums: only "sms" and "email" are known; got ${JSON.stringify(mediums)}.`);
  }
  return valid.length > 0 ? [...new Set(valid)] : [...defaultMediums];
}
