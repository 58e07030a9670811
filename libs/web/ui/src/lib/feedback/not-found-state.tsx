import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { usePageTitle } from '../layout/use-page-title';

export interface NotFoundStateProps {
  title: string;
  children: ReactNode;
  backTo: string;
  backLabel: string;
}

/** A page that does not exist still gets a real page: its own title, an h1, and a way back. */
export function NotFoundState({ title, children, backTo, backLabel }: NotFoundStateProps) {
  usePageTitle(title);
  return (
    <div className="container py-5">
      <h1>{title}</h1>
      <div className="lead mb-4">{children}</div>
      <Link className="btn btn-primary" to={backTo}>
        {backLabel}
      </Link>
    </div>
  );
}
