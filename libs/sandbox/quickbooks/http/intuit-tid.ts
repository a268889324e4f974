import { randomBytes } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

/** Intuit's transaction id, e.g. `1-65f1c2a3-4b0c6f1e9d2a7b3c5e8f0a1d`, on every answer. */
export function newIntuitTid(): string {
  return `1-${Math.floor(Date.now() / 1000).toString(16)}-${randomBytes(12).toString('hex')}`;
}

export function intuitTid(_req: Request, res: Response, next: NextFunction): void {
  res.setHeader('intuit_tid', newIntuitTid());
  next();
}
