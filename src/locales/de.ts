import type { TwoFactorMessages } from './TwoFactorMessages.js';

/** German. */
export const de: TwoFactorMessages = {
  title: 'Bestätigungscode senden',
  mediumLabel: 'Code senden per',
  mediumNames: { sms: 'SMS', email: 'E-Mail' },
  singleMedium: (mediumName) => `Der Code wird per ${mediumName} gesendet.`,
  languageLabel: 'Sprache',
  send: 'Code senden',
  resend: 'Code erneut senden',
  sending: 'Wird gesendet…',
  resendIn: (seconds) => `Erneut senden in ${seconds} s`,
  retryIn: (seconds) => `Erneut versuchen in ${seconds} s`,
  requestRejected: 'Die Anfrage wurde abgelehnt.',
  sent: 'Ein Code ist unterwegs.',
  errorSummaryTitle: 'Der Code konnte nicht gesendet werden',
  notesTitle: 'Hinweis',
  fieldRejected: 'Dieser Wert wurde nicht akzeptiert.',
  codeTitle: 'Code eingeben',
  codeLabel: 'Bestätigungscode',
  codeInstructions: (length) => `Geben Sie den ${length}-stelligen Code ein, den wir Ihnen gesendet haben.`,
  verify: 'Bestätigen',
  verifying: 'Wird geprüft…',
  verified: 'Code akzeptiert.',
  wrongCode: 'Dieser Code ist nicht richtig. Prüfen Sie ihn und versuchen Sie es erneut.',
  attemptsLeft: (attempts) => (attempts === 1 ? 'Noch 1 Versuch.' : `Noch ${attempts} Versuche.`),
  locked: 'Zu viele falsche Codes. Fordern Sie einen neuen Code an.',
  verifyErrorSummaryTitle: 'Der Code konnte nicht geprüft werden',
  useAnotherMethod: 'Andere Methode verwenden',
  errors: {
    validation: 'Prüfen Sie die markierten Felder und versuchen Sie es erneut.',
    unauthorized: 'Sie sind nicht angemeldet, oder Ihre Sitzung ist abgelaufen.',
    forbidden: 'Das Senden von Codes ist derzeit nicht erlaubt. Versuchen Sie es später erneut.',
    'rate-limited': (seconds) =>
      seconds === undefined
        ? 'Zu viele Versuche. Warten Sie einen Moment und versuchen Sie es erneut.'
        : `Zu viele Versuche. Versuchen Sie es in ${seconds} s erneut.`,
    timeout: 'Der Server hat nicht rechtzeitig geantwortet. Versuchen Sie es erneut.',
    network: 'Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    server: 'Bei uns ist etwas schiefgelaufen. Versuchen Sie es später erneut.',
    external: 'Der Nachrichtendienst konnte den Code nicht senden. Versuchen Sie es später erneut.',
    'invalid-response': 'Der Server hat eine unlesbare Antwort gesendet. Versuchen Sie es später erneut.',
    unknown: 'Der Code konnte nicht gesendet werden. Versuchen Sie es erneut.',
  },
};
