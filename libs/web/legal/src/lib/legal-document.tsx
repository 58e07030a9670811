import { usePageTitle } from '@piano2030/web-ui';
import { Col, Container, Row } from 'design-react-kit';

export interface LegalSection {
  title: string;
  paragraphs?: string[];
  items?: string[];
  links?: { label: string; href: string }[];
}

export interface LegalDocumentProps {
  title: string;
  intro: string;
  updated: string;
  sections: LegalSection[];
}

/** Legal texts are translation data; this only lays them out, one h2 per section. */
export function LegalDocument({ title, intro, updated, sections }: LegalDocumentProps) {
  usePageTitle(title);
  return (
    <Container className="py-5">
      <Row>
        <Col lg={9}>
          <h1>{title}</h1>
          <p className="lead">{intro}</p>
          <p className="text-secondary">{updated}</p>
          {sections.map((section) => (
            <section key={section.title} className="mt-5">
              <h2 className="h3">{section.title}</h2>
              {section.paragraphs?.map((paragraph) => (
                <p key={paragraph}>{paragraph}</p>
              ))}
              {section.items && (
                <ul>
                  {section.items.map((item) => (
                    <li key={item}>{item}</li>
                  ))}
                </ul>
              )}
              {section.links && (
                <ul className="list-unstyled">
                  {section.links.map((link) => (
                    <li key={link.href}>
                      <a href={link.href}>{link.label}</a>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          ))}
        </Col>
      </Row>
    </Container>
  );
}
