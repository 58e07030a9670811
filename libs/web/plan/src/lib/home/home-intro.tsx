import { Callout, CalloutText, CalloutTitle, Col, Container, Row } from 'design-react-kit';
import { useTranslation } from 'react-i18next';

export function HomeIntro() {
  const { t } = useTranslation();
  return (
    <Container className="py-5">
      <Row>
        <Col lg={8}>
          <h1>{t('home.title')}</h1>
          <p className="lead">{t('home.lead')}</p>
          <h2 className="h3 mt-5">{t('home.what.title')}</h2>
          <p>{t('home.what.plan')}</p>
          <p>{t('home.what.origin')}</p>
          <p>{t('home.what.participation')}</p>
        </Col>
        <Col lg={4}>
          <Callout color="note" className="mt-lg-5">
            <CalloutTitle>{t('home.deadline.title')}</CalloutTitle>
            <CalloutText>{t('home.deadline.text')}</CalloutText>
          </Callout>
        </Col>
      </Row>
    </Container>
  );
}
