import { Card, Col, Container, Row, Section } from 'design-react-kit';
import { Trans, useTranslation } from 'react-i18next';
import './home-bodies.css';

const BOARD_SEATS_PER_BODY = 3;

/** Who builds the plan (protocol, Art. 4 and 5): the steering board, the committee, the experts. */
export function HomeBodies() {
  const { t } = useTranslation();
  return (
    <Section color="muted" wrapperClassName="px-0 py-5">
      <Container>
        <h2 className="mb-4">{t('home.bodies.title')}</h2>
        <Row className="g-4">
          <Col lg={6}>
            <Card tag="article" className="rounded shadow-sm my-0" fullHeight>
              <h3 className="it-card-title h4">{t('home.bodies.board.title')}</h3>
              <div className="it-card-body">
                <p className="it-card-text">{t('home.bodies.board.role')}</p>
                <p className="fw-semibold">{t('home.bodies.board.seatsTitle')}</p>
                <ul className="list-unstyled d-flex flex-column flex-sm-row gap-3 mb-0">
                  {(['provincia', 'camera'] as const).map((body) => (
                    <li key={body} className="board-seats flex-fill p-3 rounded">
                      <Trans
                        i18nKey={`home.bodies.board.seats.${body}`}
                        values={{ seats: BOARD_SEATS_PER_BODY }}
                        components={{ count: <span className="board-seats-count" /> }}
                      />
                    </li>
                  ))}
                </ul>
              </div>
            </Card>
          </Col>
          <Col lg={3} md={6}>
            <Card tag="article" className="rounded shadow-sm my-0" fullHeight>
              <h3 className="it-card-title h4">{t('home.bodies.committee.title')}</h3>
              <div className="it-card-body">
                <p className="it-card-text">{t('home.bodies.committee.role')}</p>
              </div>
            </Card>
          </Col>
          <Col lg={3} md={6}>
            <Card tag="article" className="rounded shadow-sm my-0" fullHeight>
              <h3 className="it-card-title h4">{t('home.bodies.experts.title')}</h3>
              <div className="it-card-body">
                <p className="it-card-text">{t('home.bodies.experts.role')}</p>
              </div>
            </Card>
          </Col>
        </Row>
      </Container>
    </Section>
  );
}
