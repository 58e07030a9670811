import { i18n } from '@piano2030/web-core';
import { render, screen } from '@testing-library/react';
import { AccessibilityPage } from './accessibility-page';
import { PrivacyPage } from './privacy-page';

describe('legal pages', () => {
  beforeEach(() => i18n.changeLanguage('it'));

  it('names the two bodies as joint controllers and lists the GDPR rights', () => {
    render(<PrivacyPage />);

    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Informativa sul trattamento dei dati personali',
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Titolari del trattamento' })).toBeInTheDocument();
    expect(screen.getByText(/Provincia di Lucca – Palazzo Ducale/)).toBeInTheDocument();
    expect(screen.getByText(/Camera di Commercio di Lucca – Corte Campana/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'I tuoi diritti' })).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Garante per la protezione dei dati personali' }),
    ).toBeInTheDocument();
    expect(document.title).toBe('Informativa sul trattamento dei dati personali – Piano Strategico 2030');
  });

  it('says what registration keeps, in which version, and that persons appear by initials by default', () => {
    render(<PrivacyPage />);

    expect(screen.getByText('Versione 2026-11')).toBeInTheDocument();
    expect(
      screen.getByText(
        /la data in cui hai accettato questa informativa con la sua versione, e la tua scelta su come comparire in pubblico/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Come compari in pubblico' })).toBeInTheDocument();
    expect(
      screen.getByText(/compaiono con le iniziali del nome visualizzato \(ad esempio «S\. R\.»\)/),
    ).toBeInTheDocument();
    expect(screen.getByText(/Le organizzazioni compaiono con il loro nome/)).toBeInTheDocument();
  });

  it('states partial compliance, the feedback contacts and the AgID procedure', () => {
    render(<AccessibilityPage />);

    expect(screen.getByText(/è parzialmente conforme/)).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 2, name: 'Meccanismo di feedback e recapiti' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /provincia\.lucca@/ })).toHaveAttribute(
      'href',
      'mailto:provincia.lucca@postacert.toscana.it',
    );
    expect(screen.getByRole('link', { name: /AgID/ })).toHaveAttribute('href', 'https://form.agid.gov.it');
  });

  it('is available in English', async () => {
    await i18n.changeLanguage('en');
    render(<AccessibilityPage />);

    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Accessibility statement');
    expect(screen.getByText(/is partially compliant/)).toBeInTheDocument();
  });
});
