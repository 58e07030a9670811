import { Card } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

export interface AreaCardProps {
  position: number;
  name: string;
  description: string;
  to: string;
  /** The card title's level, one below the heading of the list it sits in. */
  titleLevel?: 2 | 3;
}

/** One intervention area; the whole card is one link named by the area, so no "read more" repeats. */
export function AreaCard({ position, name, description, to, titleLevel = 3 }: AreaCardProps) {
  const { t } = useTranslation();
  const Title = `h${titleLevel}` as const;
  return (
    <Card tag="article" className="rounded shadow-sm position-relative my-0" fullHeight>
      <Title className="it-card-title h5">
        <Link to={to} className="stretched-link">
          {name}
        </Link>
      </Title>
      <div className="it-card-body">
        <p className="it-card-text">{description}</p>
      </div>
      <footer className="it-card-related it-card-footer">
        <span className="it-card-category">{t('areas.number', { position })}</span>
      </footer>
    </Card>
  );
}
