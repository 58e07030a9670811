import {
  isValidTaxCode,
  isWebsite,
  normaliseOrganisationName,
  organisationNameKey,
} from './organisation-rules';

describe('isValidTaxCode', () => {
  it.each([
    ['01234567897', 'a partita IVA with its check digit'],
    ['0123 4567 897', 'the same with spaces'],
    ['RSSMRA85T10A562S', 'a codice fiscale with its check letter'],
    ['rssmra85t10a562s', 'the same in small letters'],
    ['RSSMRA85T10A56NH', 'a codice fiscale with letters for digits (omocodia)'],
  ])('accepts %s (%s)', (code) => {
    expect(isValidTaxCode(code)).toBe(true);
  });

  it.each([
    ['01234567890', 'a wrong check digit'],
    ['1234567897', 'ten digits'],
    ['RSSMRA85T10A562A', 'a wrong check letter'],
    ['RSSMRA85T10A562', 'fifteen characters'],
    ['RSSMRA85T1OA562S', 'a letter O where a digit goes'],
    ['', 'nothing'],
  ])('refuses %j (%s)', (code) => {
    expect(isValidTaxCode(code)).toBe(false);
  });
});

describe('isWebsite', () => {
  it.each(['https://www.imtlucca.it', 'http://example.org/chi-siamo?x=1'])('accepts %s', (url) => {
    expect(isWebsite(url)).toBe(true);
  });

  it.each([
    'ftp://example.org',
    'www.example.org',
    'https://localhost',
    'javascript:alert(1)',
    'https://a b.it',
  ])('refuses %s', (url) => {
    expect(isWebsite(url)).toBe(false);
  });
});

describe('organisation names', () => {
  it('are the same name whatever the case and spacing', () => {
    expect(normaliseOrganisationName('  Confartigianato   Imprese Lucca ')).toBe(
      'Confartigianato Imprese Lucca',
    );
    expect(organisationNameKey('CONFARTIGIANATO imprese  Lucca')).toBe(
      organisationNameKey('Confartigianato Imprese Lucca'),
    );
  });
});
