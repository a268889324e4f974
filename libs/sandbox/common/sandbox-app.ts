import express, { type Express, type Request, type Response } from 'express';

/** An Express app as every sandbox starts one: no `x-powered-by`, no ETags (a provider sends neither). */
export function sandboxExpress(): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  return app;
}

/** The last handler of a sandbox outside its provider API: 404 `{error}`. */
export function noRoute(req: Request, res: Response): void {
  res.status(404).json({ error: `No route for ${req.method} ${req.path}` });
}
