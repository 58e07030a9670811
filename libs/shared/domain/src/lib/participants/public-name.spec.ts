import { DEFAULT_PUBLIC_NAME_MODE, publicNameOf } from './public-name';

describe('publicNameOf', () => {
  it.each([
    ['Sara Romano', 'S. R.'],
    ["maria de' medici", 'M. D.'],
    ['Sara', 'S.'],
    ['Maria Luisa Rossi', 'M. L. R.'],
    ['Leonardo da Vinci', 'L. D.'],
    ['Giovanni Dell’Orto', 'G. D.'],
    ['Anna La Rosa', 'A. L.'],
    ['Luca Di', 'L. D.'],
    ["Giuseppe D'Amico", 'G. D.'],
    ['Anna-Maria Rossi', 'A. R.'],
    ['  Luca    Bruno  ', 'L. B.'],
    ['Marco Rossi (Provincia, presidente)', 'M. R.'],
    ['élodie Ñúñez', 'É. Ñ.'],
    ['Prof.ssa Anna Ferri', 'P. A. F.'],
    ["' Paolo - Ricci", 'P. R.'],
    ['R2 D2', 'R. D.'],
  ])('writes %j as %j by initials', (name, initials) => {
    expect(publicNameOf(name, 'INITIALS')).toBe(initials);
  });

  it('falls back to the name when it has no letter or digit to take', () => {
    expect(publicNameOf('?!', 'INITIALS')).toBe('?!');
  });

  it('writes the display name, spaces tidied, in full when the person chooses so', () => {
    expect(publicNameOf('  Sara   Romano ', 'FULL_NAME')).toBe('Sara Romano');
  });

  it('uses initials unless the person chooses otherwise', () => {
    expect(DEFAULT_PUBLIC_NAME_MODE).toBe('INITIALS');
  });
});
