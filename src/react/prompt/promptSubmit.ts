import type { UseFormHandleSubmit } from 'react-hook-form';
import type { SendCodeResult } from '../../core/contract/SendCodeResult.js';
import type { UseSendTwoFactorCodeResult } from '../send/UseSendTwoFactorCodeResult.js';
import type { TwoFactorPromptValues } from './TwoFactorPromptValues.js';
import type { UseTwoFactorPromptOptions } from './UseTwoFactorPromptOptions.js';

type PromptRequest = Parameters<NonNullable<UseTwoFactorPromptOptions['onSent']>>[1];

/**
 * The prompt's `submit`: the form's check, then one send of the ids and the choices. The engine
 * decides whether it goes out; a refused click says why (`refusal`).
 */
export function promptSubmit(
  handleSubmit: UseFormHandleSubmit<TwoFactorPromptValues>,
  send: UseSendTwoFactorCodeResult,
  { personId, contextId, twoFactorId, onSent }: Pick<UseTwoFactorPromptOptions, 'personId' | 'contextId' | 'twoFactorId' | 'onSent'>,
) {
  return async (event?: { preventDefault?: () => void }) => {
    event?.preventDefault?.();
    await handleSubmit((values) => {
      const request: PromptRequest = {
        personId,
        ...(contextId !== undefined && { contextId }),
        ...(twoFactorId !== undefined && { twoFactorId }),
        ...values,
      };
      send.mutate(request, { onSuccess: (result: SendCodeResult) => onSent?.(result, request) });
    })();
  };
}
