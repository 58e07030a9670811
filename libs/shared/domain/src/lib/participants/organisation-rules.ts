/** Input limits for organisations and representation requests, shared by the API and the web forms. */
export const ORGANISATION_LIMITS = {
  nameMinLength: 2,
  nameMaxLength: 200,
  /** The representative's role in the organisation ("Presidente", "Direttrice"). */
  titleMinLength: 2,
  titleMaxLength: 100,
  websiteMaxLength: 300,
  /** Why a request is rejected or a representation revoked: told to the person concerned. */
  reasonMinLength: 3,
  reasonMaxLength: 1000,
  searchMaxLength: 100,
  /** Requests a person may have waiting at once. */
  pendingRequestsPerPerson: 10,
} as const;

/** Collapses white space, so "  Confartigianato   Lucca " and "Confartigianato Lucca" are one name. */
export function normaliseOrganisationName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ');
}

/** What two names must not share to be two organisations: the name, ignoring case and spacing. */
export function organisationNameKey(name: string): string {
  return normaliseOrganisationName(name).toLocaleLowerCase('it');
}

/** Tax codes are compared without spaces and in capitals. */
export function normaliseTaxCode(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

const VAT_NUMBER = /^\d{11}$/;
// Letters may stand for digits in a personal code (omocodia): L M N P Q R S T U V for 0-9.
const PERSONAL_CODE = /^[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/;
const ODD_VALUES = [
  1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23,
];

/** An 11-digit partita IVA (or numeric codice fiscale of an entity) with its check digit. */
function isVatNumber(code: string): boolean {
  if (!VAT_NUMBER.test(code)) return false;
  const digits = [...code].map(Number);
  let sum = 0;
  for (let i = 0; i < 10; i += 1) {
    const doubled = digits[i] * 2;
    sum += i % 2 === 0 ? digits[i] : doubled > 9 ? doubled - 9 : doubled;
  }
  return (10 - (sum % 10)) % 10 === digits[10];
}

/** A 16-character codice fiscale with its check letter. */
function isPersonalCode(code: string): boolean {
  if (!PERSONAL_CODE.test(code)) return false;
  let sum = 0;
  for (let i = 0; i < 15; i += 1) {
    const c = code.charCodeAt(i);
    const index = c <= 57 ? c - 48 : c - 65;
    // Positions are counted from 1: odd positions use the table, even ones the plain value.
    sum += i % 2 === 0 ? ODD_VALUES[index] : index;
  }
  return String.fromCharCode(65 + (sum % 26)) === code[15];
}

/** A partita IVA (11 digits) or a codice fiscale (16 characters), check character included. */
export function isValidTaxCode(value: string): boolean {
  const code = normaliseTaxCode(value);
  return isVatNumber(code) || isPersonalCode(code);
}

/** An http(s) address with a host name that has a dot ("https://www.imtlucca.it"). */
export function isWebsite(value: string): boolean {
  if (value.length > ORGANISATION_LIMITS.websiteMaxLength || /\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && /\.[a-z]{2,}$/i.test(url.hostname);
  } catch {
    return false;
  }
}
