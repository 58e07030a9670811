import { existsSync } from 'node:fs';
import path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

const API_PATHS = /^\/(graphql|health|exports|socket\.io)(\/|$)/;

/**
 * Serves the built React app from the same origin as the API; any other GET that asks for a page
 * gets index.html so client-side routes survive a reload.
 */
export function serveWebApp(app: NestExpressApplication, webDistDir: string): boolean {
  const root = path.resolve(webDistDir);
  const index = path.join(root, 'index.html');
  if (!existsSync(index)) return false;
  app.useStaticAssets(root, { index: false, maxAge: '1h', immutable: false });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || API_PATHS.test(req.path) || !req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return true;
}
