import { Icon } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

export interface SiteFooterProps {
  homePath: string;
  privacyPath: string;
  accessibilityPath: string;
}

export function SiteFooter({ homePath, privacyPath, accessibilityPath }: SiteFooterProps) {
  const { t } = useTranslation();
  return (
    <footer className="it-footer">
      <div className="it-footer-main">
        <div className="container">
          <div className="row">
            <div className="col-12">
              <div className="it-brand-wrapper">
                <Link to={homePath}>
                  <Icon icon="it-pa" aria-hidden />
                  <div className="it-brand-text">
                    <p className="it-brand-title h2 mb-0">{t('site.name')}</p>
                    <p className="it-brand-tagline d-none d-md-block mb-0">{t('site.tagline')}</p>
                  </div>
                </Link>
              </div>
            </div>
          </div>
          <div className="py-4 border-white border-top">
            <div className="row">
              <div className="col-lg-6 pb-2">
                <h2 className="h4 footer-heading-title">{t('footer.bodiesTitle')}</h2>
                <ul className="list-unstyled">
                  <li>{t('bodies.provincia')}</li>
                  <li>{t('bodies.camera')}</li>
                </ul>
              </div>
              <div className="col-lg-6 pb-2">
                <h2 className="h4 footer-heading-title">{t('footer.processTitle')}</h2>
                <p>{t('footer.processText')}</p>
              </div>
            </div>
          </div>
        </div>
      </div>
      <div className="it-footer-small-prints clearfix">
        <div className="container">
          <nav aria-label={t('footer.legalNavigation')}>
            <ul className="it-footer-small-prints-list list-inline mb-0 d-flex flex-column flex-md-row">
              <li className="list-inline-item">
                <Link to={privacyPath}>{t('footer.privacy')}</Link>
              </li>
              <li className="list-inline-item">
                <Link to={accessibilityPath}>{t('footer.accessibility')}</Link>
              </li>
            </ul>
          </nav>
        </div>
      </div>
    </footer>
  );
}
