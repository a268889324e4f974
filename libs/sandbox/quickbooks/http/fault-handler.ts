import type { NextFunction, Request, Response } from 'express';
import { faults, QboFault } from '../faults';

/** Answers any error of the Accounting API with a QuickBooks Fault body. */
export function faultHandler(error: unknown, _req: Request, res: Response, next: NextFunction): void {
  if (res.headersSent) {
    next(error);
    return;
  }
  const fault =
    error instanceof QboFault
      ? error
      : isBodyParseError(error)
        ? faults.invalidRequest(`Request body could not be parsed: ${(error as Error).message}`)
        : faults.system(error instanceof Error ? error.message : String(error));
  res.status(fault.status).json(fault.toBody());
}

function isBodyParseError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { type?: string }).type === 'entity.parse.failed';
}
