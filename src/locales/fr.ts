import type { TwoFactorMessages } from './TwoFactorMessages.js';

/** French. */
export const fr: TwoFactorMessages = {
  title: 'Envoyer un code de vérification',
  mediumLabel: 'Envoyer le code par',
  mediumNames: { sms: 'SMS', email: 'E-mail' },
  singleMedium: (mediumName) => `Le code sera envoyé par ${mediumName}.`,
  languageLabel: 'Langue',
  send: 'Envoyer le code',
  resend: 'Renvoyer le code',
  sending: 'Envoi…',
  resendIn: (seconds) => `Renvoyer dans ${seconds} s`,
  retryIn: (seconds) => `Réessayer dans ${seconds} s`,
  requestRejected: 'La demande a été refusée.',
  sent: 'Un code est en route.',
  errorSummaryTitle: "Le code n'a pas pu être envoyé",
  notesTitle: 'À noter',
  fieldRejected: "Cette valeur n'a pas été acceptée.",
  codeTitle: 'Saisissez votre code',
  codeLabel: 'Code de vérification',
  codeInstructions: (length) => `Saisissez le code de ${length} caractères que nous vous avons envoyé.`,
  verify: 'Vérifier',
  verifying: 'Vérification…',
  verified: 'Code accepté.',
  wrongCode: "Ce code n'est pas correct. Vérifiez-le et réessayez.",
  attemptsLeft: (attempts) => (attempts <= 1 ? `${attempts} tentative restante.` : `${attempts} tentatives restantes.`),
  locked: 'Trop de codes erronés. Demandez un nouveau code.',
  verifyErrorSummaryTitle: "Le code n'a pas pu être vérifié",
  useAnotherMethod: 'Utiliser une autre méthode',
  errors: {
    validation: 'Vérifiez les champs signalés et réessayez.',
    unauthorized: "Vous n'êtes pas connecté, ou votre session a expiré.",
    forbidden: "L'envoi de codes n'est pas permis pour le moment. Réessayez plus tard.",
    'rate-limited': (seconds) =>
      seconds === undefined
        ? 'Trop de tentatives. Patientez un instant, puis réessayez.'
        : `Trop de tentatives. Réessayez dans ${seconds} s.`,
    timeout: 'Le serveur a mis trop de temps à répondre. Réessayez.',
    network: 'Le serveur est injoignable. Vérifiez votre connexion et réessayez.',
    server: 'Un problème est survenu de notre côté. Réessayez plus tard.',
    external: "Le service de messagerie n'a pas pu envoyer le code. Réessayez plus tard.",
    'invalid-response': 'Le serveur a envoyé une réponse illisible. Réessayez plus tard.',
    unknown: "Le code n'a pas pu être envoyé. Réessayez.",
  },
};
