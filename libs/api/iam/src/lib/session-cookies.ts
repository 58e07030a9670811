import { Inject, Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { SESSION_COOKIE } from '@piano2030/api-core';
import { IAM_OPTIONS, type IamOptions } from './iam.options';

/** httpOnly so scripts cannot read it; SameSite=Lax so other sites cannot post with it. */
@Injectable()
export class SessionCookies {
  constructor(@Inject(IAM_OPTIONS) private readonly options: IamOptions) {}

  set(res: Response, session: { token: string; expiresAt: Date }): void {
    res.cookie(SESSION_COOKIE, session.token, { ...this.attributes(), expires: session.expiresAt });
  }

  clear(res: Response): void {
    res.clearCookie(SESSION_COOKIE, this.attributes());
  }

  private attributes() {
    return { httpOnly: true, sameSite: 'lax' as const, secure: this.options.secureCookies, path: '/' };
  }
}
