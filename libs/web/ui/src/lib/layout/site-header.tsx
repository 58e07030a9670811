import {
  Collapse,
  Header,
  HeaderBrand,
  HeaderContent,
  HeaderRightZone,
  Headers,
  HeaderToggler,
  Icon,
  Nav,
  NavItem,
} from 'design-react-kit';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router-dom';
import { LanguageSwitch } from './language-switch';
import './site-header.css';

export interface NavigationItem {
  to: string;
  label: string;
  /** Highlight only on this exact address, not on the addresses below it. */
  end?: boolean;
}

export interface SiteHeaderProps {
  homePath: string;
  navigation: NavigationItem[];
  /** The signed-in person's display name; null for an anonymous visitor. */
  signedInAs: string | null;
  signInPath: string;
  accountPath: string;
  /** Shown before the account link, e.g. a signed-in person's notifications. */
  accountExtras?: ReactNode;
}

const MENU_ID = 'main-navigation';

/** Designers Italia header: the two bodies (slim), the brand (centre), the main navigation (navbar). */
export function SiteHeader({
  homePath,
  navigation,
  signedInAs,
  signInPath,
  accountPath,
  accountExtras,
}: SiteHeaderProps) {
  const { t } = useTranslation();
  const [menuOpen, setMenuOpen] = useState(false);
  const closeMenu = () => setMenuOpen(false);

  return (
    <header>
      <Headers>
        <Header type="slim">
          <HeaderContent>
            <HeaderBrand tag="span">{t('bodies.both')}</HeaderBrand>
            <HeaderRightZone className="ms-auto">
              <LanguageSwitch />
              {accountExtras}
              <div className="it-access-top-wrapper ms-2">
                <Link
                  className="btn btn-primary btn-sm account-link"
                  to={signedInAs ? accountPath : signInPath}
                >
                  {signedInAs ? (
                    <>
                      <span className="visually-hidden">{t('header.accountOf')}</span>
                      {signedInAs}
                    </>
                  ) : (
                    t('header.signIn')
                  )}
                </Link>
              </div>
            </HeaderRightZone>
          </HeaderContent>
        </Header>
        <div className="it-nav-wrapper">
          <Header type="center">
            <HeaderContent>
              <div className="it-brand-wrapper">
                <Link to={homePath}>
                  <Icon icon="it-pa" aria-hidden />
                  <div className="it-brand-text">
                    <div className="it-brand-title">{t('site.name')}</div>
                    <div className="it-brand-tagline d-none d-md-block">{t('site.tagline')}</div>
                  </div>
                </Link>
              </div>
            </HeaderContent>
          </Header>
          <Header type="navbar">
            <HeaderContent expand="lg" aria-label={t('header.mainNavigation')}>
              <HeaderToggler
                aria-controls={MENU_ID}
                isOpen={menuOpen}
                aria-label={t('header.openMenu')}
                onClick={() => setMenuOpen(true)}
              >
                <Icon icon="it-burger" />
              </HeaderToggler>
              <Collapse
                id={MENU_ID}
                isOpen={menuOpen}
                navbar
                header
                onOverlayClick={closeMenu}
                closeSrText={t('header.closeMenu')}
                {...(menuOpen ? { 'aria-label': t('header.mainNavigation') } : {})}
              >
                <div className="menu-wrapper">
                  <Nav navbar>
                    {navigation.map((item) => (
                      <NavItem key={item.to}>
                        <NavLink className="nav-link" to={item.to} end={item.end} onClick={closeMenu}>
                          <span>{item.label}</span>
                        </NavLink>
                      </NavItem>
                    ))}
                  </Nav>
                </div>
              </Collapse>
            </HeaderContent>
          </Header>
        </div>
      </Headers>
    </header>
  );
}
