/**
 * What made a snapshot change, passed to listeners: `flight` when a send or verify starts or
 * settles (a UI binding may publish it together with its own result), `clock` when a countdown
 * ticks or ends, `store` otherwise (a restored or cleared entry).
 */
export type TwoFactorChange = 'flight' | 'clock' | 'store';
