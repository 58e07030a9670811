export { AccountPage } from './lib/account-page';
export { RegisterPage } from './lib/register-page';
export { SignInPage } from './lib/sign-in-page';
