// Makes t('key') type-checked against the English dictionary, and both dictionaries key-identical
// (tests/unit/i18n.test.ts checks the parity at run time too).
import 'i18next';
import type en from './ui/en.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    keySeparator: false;
    nsSeparator: false;
    resources: { translation: typeof en };
  }
}
