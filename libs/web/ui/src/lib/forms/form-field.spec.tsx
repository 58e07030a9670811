import { render, screen } from '@testing-library/react';
import { FormField } from './form-field';

describe('FormField', () => {
  it('ties its hint to the input and is valid while there are no errors', () => {
    render(
      <FormField id="name" label="Nome" hint="Da 2 a 80 caratteri." value="" onChange={() => undefined} />,
    );

    const input = screen.getByLabelText('Nome');
    expect(input).toHaveAccessibleDescription('Da 2 a 80 caratteri.');
    expect(input).not.toHaveAttribute('aria-invalid');
  });

  it('marks the input invalid and reads its errors after the hint', () => {
    render(
      <FormField
        id="password"
        label="Password"
        type="password"
        hint="Da 12 a 128 caratteri."
        errors={['password must be longer than or equal to 12 characters']}
        value="short"
        onChange={() => undefined}
      />,
    );

    const input = screen.getByLabelText('Password');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(
      'Da 12 a 128 caratteri. password must be longer than or equal to 12 characters',
    );
  });
});
