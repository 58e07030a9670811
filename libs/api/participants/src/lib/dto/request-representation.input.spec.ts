import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { RequestRepresentationInput } from './request-representation.input';

async function check(plain: Record<string, unknown>) {
  const input = plainToInstance(RequestRepresentationInput, plain);
  const errors = await validate(input, { whitelist: true, forbidNonWhitelisted: true });
  const fields = errors.flatMap((error) =>
    error.children?.length
      ? error.children.map((child) => `${error.property}.${child.property}`)
      : [error.property],
  );
  return { input, fields };
}

describe('RequestRepresentationInput', () => {
  it('tidies a new organisation: tax code in capitals without spaces, empty optional texts left out', async () => {
    const { input, fields } = await check({
      title: '  Presidente ',
      newOrganisation: {
        name: ' Misericordia di Lucca ',
        category: 'THIRD_SECTOR',
        taxCode: ' rssmra85t10a562s ',
        website: ' ',
      },
    });
    expect(fields).toEqual([]);
    expect(input.title).toBe('Presidente');
    expect(input.newOrganisation).toMatchObject({
      name: 'Misericordia di Lucca',
      taxCode: 'RSSMRA85T10A562S',
    });
    expect(input.newOrganisation?.website).toBeUndefined();
  });

  it('refuses CITIZEN as the category of an organisation, and checks the tax code and the web address', async () => {
    const { fields } = await check({
      title: 'Presidente',
      newOrganisation: {
        name: 'Misericordia',
        category: 'CITIZEN',
        taxCode: '12345678901',
        website: 'ftp://x.it',
      },
    });
    expect(fields.sort()).toEqual([
      'newOrganisation.category',
      'newOrganisation.taxCode',
      'newOrganisation.website',
    ]);
  });

  it('refuses fields it does not know, a malformed organisation id and control characters', async () => {
    const { fields } = await check({ title: 'Pre\u0000sidente', organisationId: '42', extra: true });
    expect(fields.sort()).toEqual(['extra', 'organisationId', 'title']);
  });
});
