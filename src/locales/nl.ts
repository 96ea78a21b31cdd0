import type { TwoFactorMessages } from './TwoFactorMessages.js';

/** Dutch. */
export const nl: TwoFactorMessages = {
  title: 'Verificatiecode versturen',
  mediumLabel: 'Verstuur de code via',
  mediumNames: { sms: 'Sms', email: 'E-mail' },
  singleMedium: (mediumName) => `De code wordt verstuurd via ${mediumName}.`,
  languageLabel: 'Taal',
  send: 'Code versturen',
  resend: 'Code opnieuw versturen',
  sending: 'Bezig met versturen…',
  resendIn: (seconds) => `Opnieuw versturen over ${seconds} s`,
  sent: 'Er is een code onderweg.',
  errorSummaryTitle: 'De code kon niet worden verstuurd',
  notesTitle: 'Let op',
  fieldRejected: 'Deze waarde werd niet aanvaard.',
  errors: {
    validation: 'Controleer de gemarkeerde velden en probeer opnieuw.',
    unauthorized: 'Deze dienst mag geen codes versturen. Neem contact op met uw beheerder.',
    forbidden: 'Codes versturen is nu niet toegestaan. Probeer het later opnieuw.',
    'rate-limited': (seconds) =>
      seconds === undefined ? 'Te veel pogingen. Wacht even en probeer opnieuw.' : `Te veel pogingen. Probeer opnieuw over ${seconds} s.`,
    timeout: 'De server antwoordde niet op tijd. Probeer opnieuw.',
    network: 'De server is niet bereikbaar. Controleer uw verbinding en probeer opnieuw.',
    server: 'Er ging aan onze kant iets mis. Probeer het later opnieuw.',
    external: 'De berichtendienst kon de code niet versturen. Probeer het later opnieuw.',
    'invalid-response': 'De server stuurde een onleesbaar antwoord. Probeer het later opnieuw.',
    unknown: 'De code kon niet worden verstuurd. Probeer opnieuw.',
  },
};
