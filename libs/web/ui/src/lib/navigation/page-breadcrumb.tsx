import { Breadcrumb, BreadcrumbItem } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

export interface Crumb {
  to: string;
  label: string;
}

/** Home, then `trail`, then the current page (not a link). */
export function PageBreadcrumb({
  homePath,
  trail,
  current,
}: {
  homePath: string;
  trail: Crumb[];
  current: string;
}) {
  const { t } = useTranslation();
  return (
    <Breadcrumb aria-label={t('breadcrumb.label')}>
      {[{ to: homePath, label: t('breadcrumb.home') }, ...trail].map((crumb) => (
        <BreadcrumbItem key={crumb.to}>
          <Link to={crumb.to}>{crumb.label}</Link>
          <span className="separator">/</span>
        </BreadcrumbItem>
      ))}
      <BreadcrumbItem active aria-current="page">
        {current}
      </BreadcrumbItem>
    </Breadcrumb>
  );
}
