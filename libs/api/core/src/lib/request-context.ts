import type { Request, Response } from 'express';
import { DEFAULT_LOCALE, isLocale, type Locale } from '@piano2030/shared-domain';
import type { Actor } from './actor';

/** What the session middleware attaches to each HTTP request. */
export interface AuthenticatedRequest extends Request {
  actor?: Actor | null;
  requestId?: string;
}

/** The GraphQL context: built once per request; `loaders` are created fresh for each request. */
export interface RequestContext {
  req: AuthenticatedRequest;
  res: Response;
  loaders: Record<string, unknown>;
}

/** The first supported language of Accept-Language, or Italian. */
export function requestLocale(req: Pick<Request, 'headers'>): Locale {
  const header = req.headers['accept-language'];
  if (typeof header !== 'string') return DEFAULT_LOCALE;
  for (const part of header.split(',')) {
    const tag = part.split(';')[0].trim().slice(0, 2).toLowerCase();
    if (isLocale(tag)) return tag;
  }
  return DEFAULT_LOCALE;
}
