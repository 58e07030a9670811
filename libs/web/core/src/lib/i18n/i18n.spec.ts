import { i18n } from './i18n';
import english from './locales/en.json';
import italian from './locales/it.json';

function keyPaths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => keyPaths(item, `${prefix}[${index}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) =>
      keyPaths(child, prefix ? `${prefix}.${key}` : key),
    );
  }
  return [prefix];
}

describe('i18n', () => {
  afterEach(() => i18n.changeLanguage('it'));

  it('starts in Italian', () => {
    expect(i18n.language).toBe('it');
    expect(document.documentElement.lang).toBe('it');
  });

  it('has every Italian text in English too, and nothing more', () => {
    expect(keyPaths(english).sort()).toEqual(keyPaths(italian).sort());
  });

  it('reflects the chosen language in <html lang> and remembers it', async () => {
    await i18n.changeLanguage('en');

    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('piano2030.language')).toBe('en');
    expect(i18n.t('nav.areas')).toBe('Intervention areas');
  });
});
