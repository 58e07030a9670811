import { render, screen } from '@testing-library/react';
import { ContributionBody } from './contribution-body';

describe('ContributionBody', () => {
  it('shows markup as the text it is, and the safe formatting as elements', () => {
    const body = [
      '<script>alert("x")</script> e **fontanelle** ogni _10 km_',
      '<img src=x onerror="alert(1)"> vedi https://www.comune.lucca.it/cammini.',
      '',
      '- ricarica bici elettriche',
      '- deposito zaini',
    ].join('\n');
    const { container } = render(<ContributionBody body={body} />);

    expect(container.querySelector('script, img, [onerror]')).toBeNull();
    expect(container).toHaveTextContent('<script>alert("x")</script> e fontanelle ogni 10 km');
    expect(container).toHaveTextContent('<img src=x onerror="alert(1)"> vedi');
    expect(container.querySelector('strong')).toHaveTextContent('fontanelle');
    expect(container.querySelector('strong')?.innerHTML).toBe('fontanelle');
    expect(container.querySelector('em')).toHaveTextContent('10 km');
    const link = screen.getByRole('link', { name: 'https://www.comune.lucca.it/cammini' });
    expect(link).toHaveAttribute('href', 'https://www.comune.lucca.it/cammini');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer nofollow ugc');
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'ricarica bici elettriche',
      'deposito zaini',
    ]);
  });

  it('links only to https: plain http and javascript: URLs stay text', () => {
    const { container } = render(
      <ContributionBody body={'Vedi http://example.org/a e javascript:alert(1) e **<b>grassetto</b>**'} />,
    );

    expect(screen.queryByRole('link')).toBeNull();
    expect(container).toHaveTextContent('Vedi http://example.org/a e javascript:alert(1) e <b>grassetto</b>');
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelector('strong')?.textContent).toBe('<b>grassetto</b>');
  });

  it('keeps paragraphs and line breaks', () => {
    const { container } = render(
      <ContributionBody body={'Primo paragrafo\nseconda riga\n\nSecondo paragrafo'} />,
    );

    const paragraphs = container.querySelectorAll('p');
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[0].querySelectorAll('br')).toHaveLength(1);
    expect(paragraphs[1]).toHaveTextContent('Secondo paragrafo');
  });

  it('lists "- " lines that follow a lead-in line without a blank line', () => {
    const { container } = render(
      <ContributionBody
        body={
          'Proponiamo una rete di botteghe:\n- ricarica bici\n- deposito **zaini**\nLe imprese sono pronte.'
        }
      />,
    );

    expect([...container.querySelector('.cons-body')!.children].map((child) => child.tagName)).toEqual([
      'P',
      'UL',
      'P',
    ]);
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'ricarica bici',
      'deposito zaini',
    ]);
    expect(container.querySelector('li strong')).toHaveTextContent('zaini');
  });
});
