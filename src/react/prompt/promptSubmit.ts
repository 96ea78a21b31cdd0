import type { UseFormHandleSubmit } from 'react-hook-form';
import type { SendCodeRequest } from '../../core/contract/SendCodeRequest.js';
import type { SendCodeResult } from '../../core/contract/SendCodeResult.js';
import type { UseSendTwoFactorCodeResult } from '../send/useSendTwoFactorCode.js';
import type { TwoFactorPromptValues } from './TwoFactorPromptValues.js';

/**
 * The prompt's `submit`: the form's check, then one send of the ids and the choices. The engine
 * decides whether it goes out; a refused click says why (`refusalText`).
 */
export function promptSubmit(
  handleSubmit: UseFormHandleSubmit<TwoFactorPromptValues>,
  send: UseSendTwoFactorCodeResult,
  {
    personId,
    contextId,
    twoFactorId,
    onSent,
  }: Omit<SendCodeRequest, 'medium' | 'language'> & { onSent?: ((result: SendCodeResult, request: SendCodeRequest) => void) | undefined },
) {
  return async (event?: { preventDefault?: () => void }) => {
    event?.preventDefault?.();
    await handleSubmit((values) => {
      const request: SendCodeRequest = {
        personId,
        ...(contextId !== undefined && { contextId }),
        ...(twoFactorId !== undefined && { twoFactorId }),
        ...values,
      };
      send.mutate(request, { onSuccess: (result: SendCodeResult) => onSent?.(result, request) });
    })();
  };
}
