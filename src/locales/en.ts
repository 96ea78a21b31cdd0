import type { TwoFactorMessages } from './TwoFactorMessages.js';

/** English, the default catalogue. */
export const en: TwoFactorMessages = {
  title: 'Send a verification code',
  mediumLabel: 'Send the code by',
  mediumNames: { sms: 'Text message (SMS)', email: 'Email' },
  singleMedium: (mediumName) => `The code will be sent by ${mediumName}.`,
  languageLabel: 'Language',
  send: 'Send code',
  resend: 'Resend code',
  sending: 'Sending…',
  resendIn: (seconds) => `Resend in ${seconds} s`,
  sent: 'A code is on its way.',
  errorSummaryTitle: 'The code could not be sent',
  notesTitle: 'Please note',
  fieldRejected: 'This value was not accepted.',
  errors: {
    validation: 'Check the highlighted fields and try again.',
    unauthorized: 'This service is not authorised to send codes. Contact your administrator.',
    forbidden: 'Sending codes is not allowed right now. Try again later.',
    'rate-limited': (seconds) =>
      seconds === undefined ? 'Too many attempts. Wait a moment, then try again.' : `Too many attempts. Try again in ${seconds} s.`,
    timeout: 'The server took too long to answer. Try again.',
    network: 'The server could not be reached. Check your connection and try again.',
    server: 'Something went wrong on our side. Try again later.',
    external: 'The message service failed to send the code. Try again later.',
    'invalid-response': 'The server sent an answer we could not read. Try again later.',
    unknown: 'The code could not be sent. Try again.',
  },
};
