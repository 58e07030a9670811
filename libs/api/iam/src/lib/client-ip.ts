import type { Request } from 'express';

/** The caller's address as Express computes it (honouring the configured proxy trust). */
export function clientIp(req: Request): string {
  return req.ip ?? req.socket.remoteAddress ?? 'unknown';
}
