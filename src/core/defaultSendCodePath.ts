/** The default send path of the contract. */
export const defaultSendCodePath = '/2FactorAuthentication/TwoFaCommand/Send2FactorAuthenticationCodeToPerson';
