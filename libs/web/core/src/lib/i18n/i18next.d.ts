import type it from './locales/it.json';

// Italian is the reference language: every key used in code must exist there, checked by the compiler.
declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof it };
  }
}
