// What an app imports to get Amplify's sign-in with MFA (TOTP, SMS or email codes). Its peer
// aws-amplify is bundled with it; the app's Amplify.configure(outputs) adds nothing on top.
export { Authenticator } from '@aws-amplify/ui-react';
