import type { UseVerifyTwoFactorCodeResult } from '../verify/useVerifyTwoFactorCode.js';

/** Where the code step is: exposed as `data-status` on the root. */
export type TwoFactorCodeStepStatus = 'idle' | 'verifying' | 'verified' | 'error' | 'locked';

/** Where the step is, from its verify: a cancelled verify is nobody's failure. */
export function codeStepStatus(verify: UseVerifyTwoFactorCodeResult): TwoFactorCodeStepStatus {
  if (verify.isLocked) return 'locked';
  if (verify.isPending) return 'verifying';
  if (verify.isSuccess) return 'verified';
  if (verify.isError && verify.error.kind !== 'aborted') return 'error';
  return 'idle';
}
