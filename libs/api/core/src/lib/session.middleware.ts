import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Response } from 'express';
import { parse as parseCookies } from 'cookie';
import { SESSION_COOKIE, SessionAuthenticator } from './actor';
import type { AuthenticatedRequest } from './request-context';

/** Resolves the session cookie to an actor once per HTTP request, before guards and resolvers run. */
@Injectable()
export class SessionMiddleware implements NestMiddleware {
  constructor(private readonly sessions: SessionAuthenticator) {}

  async use(req: AuthenticatedRequest, _res: Response, next: NextFunction): Promise<void> {
    try {
      const token = parseCookies(req.headers.cookie ?? '')[SESSION_COOKIE];
      req.actor = token ? await this.sessions.authenticate(token) : null;
      next();
    } catch (error) {
      next(error);
    }
  }
}
