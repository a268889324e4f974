import { Router, text, type Request, type Response } from 'express';
import { faults } from '../faults';
import { qboTime } from '../http/qbo-time';
import { executeQuery } from '../query/query-executor';
import { parseQuery } from '../query/query-parser';
import { companyOf } from './api-guards';

function queryText(req: Request): string {
  const fromUrl = req.query.query;
  if (typeof fromUrl === 'string' && fromUrl.trim() !== '') return fromUrl;
  if (typeof req.body === 'string' && req.body.trim() !== '') return req.body;
  throw faults.queryParser('Encountered "<EOF>" at line 1, column 1.');
}

/** `GET /query?query=...` (or POST with the query as text), answered in QuickBooks' QueryResponse envelope. */
export function queryRoute(): Router {
  const router = Router({ mergeParams: true });
  const handle = (req: Request, res: Response) => {
    const result = executeQuery(companyOf(res), parseQuery(queryText(req)));
    if (result.kind === 'count') {
      res.json({ QueryResponse: { totalCount: result.totalCount }, time: qboTime() });
      return;
    }
    const queryResponse =
      result.rows.length === 0
        ? {}
        : { [result.entity]: result.rows, startPosition: result.startPosition, maxResults: result.rows.length };
    res.json({ QueryResponse: queryResponse, time: qboTime() });
  };
  router.get('/query', handle);
  router.post('/query', text({ type: ['application/text', 'text/plain'] }), handle);
  return router;
}
