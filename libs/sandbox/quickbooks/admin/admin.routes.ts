import type { Request, Router } from 'express';
import { adminRouter, body, noContent, param, webhookLogRoutes } from '../../common/admin/admin-http';
import { faults } from '../faults';
import { faultHandler } from '../http/fault-handler';
import type { QboCompanyData } from '../../../quickbooks/qbo-types';
import { entityNameFrom } from '../store/entity-name';
import type { QuickBooksUser, ReceivePayment } from './quickbooks-user';
import type { InjectableFault, SandboxAdmin } from './sandbox-admin';

export const ADMIN_PATH = '/admin';

/**
 * JSON admin endpoint for tests and demos, under /admin:
 *   GET  /admin/companies                       POST /admin/companies (QboCompanyData)
 *   POST /admin/reset
 *   GET|PUT /admin/chaos {latencyMs, share429, share500}
 *   PUT  /admin/limits {perMinute, concurrent, windowMs}
 *   PUT  /admin/tokens/ttl {seconds}            POST /admin/tokens/expire
 *   POST /admin/connections/:realmId/revoke
 *   GET|PUT /admin/webhooks {url, format, verifierToken, batchDelayMs, retryDelaysMs, timeoutMs, dropNext, duplicateNext, reorder}
 *   GET|DELETE /admin/webhooks/deliveries       POST /admin/webhooks/flush
 *   GET  /admin/companies/:realmId/:entity/:id
 *   POST /admin/companies/:realmId/customers    POST /admin/companies/:realmId/customers/:id (sparse fields)
 *   DELETE /admin/companies/:realmId/customers/:id (makes it inactive)
 *   POST /admin/companies/:realmId/invoices     POST /admin/companies/:realmId/invoices/:id (sparse fields)
 *   POST /admin/companies/:realmId/invoices/:id/void   DELETE /admin/companies/:realmId/invoices/:id
 *   POST /admin/companies/:realmId/payments {invoiceId, amount, fields?}
 *   POST /admin/companies/:realmId/faults {entity, fault: closedPeriod|validation|system|throttle, times?}
 *   POST /admin/companies/:realmId/lost-answers {entity, times?}
 *   POST /admin/companies/:realmId/request-ids/forget
 *   PUT  /admin/companies/:realmId/exchange-rates/:currency {rate}
 */
export function adminRoutes(admin: SandboxAdmin, user: QuickBooksUser): Router {
  const router = adminRouter('200mb');

  router.get('/companies', (_req, res) => res.json(admin.companies()));
  router.post('/companies', (req, res) => res.status(201).json(admin.addCompany(body<QboCompanyData>(req))));
  router.post('/reset', (_req, res) => {
    admin.reset();
    noContent(res);
  });
  router.get('/chaos', (_req, res) => res.json(admin.chaos()));
  router.put('/chaos', (req, res) => res.json(admin.setChaos(body(req))));
  router.put('/limits', (req, res) => res.json(admin.setLimits(body(req))));
  router.put('/tokens/ttl', (req, res) => {
    admin.setAccessTokenTtl(Number(body<{ seconds?: number }>(req).seconds));
    noContent(res);
  });
  router.post('/tokens/expire', (_req, res) => {
    admin.expireAccessTokens();
    noContent(res);
  });
  router.post('/connections/:realmId/revoke', (req, res) =>
    res.json({ revoked: admin.revokeConnection(param(req, 'realmId')) }),
  );
  router.get('/webhooks', (_req, res) => res.json(admin.webhookConfig()));
  router.put('/webhooks', (req, res) => res.json(admin.configureWebhooks(body(req))));
  webhookLogRoutes(router, admin);

  const realm = (req: Request) => param(req, 'realmId');
  router.post('/companies/:realmId/customers', (req, res) =>
    res.status(201).json(user.createCustomer(realm(req), body(req))),
  );
  router.post('/companies/:realmId/customers/:id', (req, res) =>
    res.json(user.updateCustomer(realm(req), param(req, 'id'), body(req))),
  );
  router.delete('/companies/:realmId/customers/:id', (req, res) =>
    res.json(user.deleteCustomer(realm(req), param(req, 'id'))),
  );
  router.post('/companies/:realmId/invoices', (req, res) =>
    res.status(201).json(user.createInvoice(realm(req), body(req))),
  );
  router.post('/companies/:realmId/invoices/:id', (req, res) =>
    res.json(user.updateInvoice(realm(req), param(req, 'id'), body(req))),
  );
  router.post('/companies/:realmId/invoices/:id/void', (req, res) =>
    res.json(user.voidInvoice(realm(req), param(req, 'id'))),
  );
  router.delete('/companies/:realmId/invoices/:id', (req, res) => {
    user.deleteInvoice(realm(req), param(req, 'id'));
    noContent(res);
  });
  router.post('/companies/:realmId/payments', (req, res) =>
    res.status(201).json(user.receivePayment(realm(req), body<ReceivePayment>(req))),
  );
  const entityOf = (req: Request) => {
    const entity = entityNameFrom(String(body<{ entity?: string }>(req).entity ?? ''));
    if (!entity) throw faults.invalidRequest('entity must name an entity the sandbox holds');
    return entity;
  };
  router.post('/companies/:realmId/faults', (req, res) => {
    const { fault, times } = body<{ fault: InjectableFault; times?: number }>(req);
    admin.failNextWrites(realm(req), entityOf(req), fault, times);
    noContent(res);
  });
  router.post('/companies/:realmId/lost-answers', (req, res) => {
    admin.loseNextAnswers(realm(req), entityOf(req), body<{ times?: number }>(req).times);
    noContent(res);
  });
  router.post('/companies/:realmId/request-ids/forget', (req, res) => {
    admin.forgetRequestIds(realm(req));
    noContent(res);
  });
  router.put('/companies/:realmId/exchange-rates/:currency', (req, res) => {
    admin.setExchangeRate(realm(req), param(req, 'currency'), Number(body<{ rate?: number }>(req).rate));
    noContent(res);
  });
  router.get('/companies/:realmId/api-requests', (req, res) =>
    res.json({ realmId: req.params.realmId, count: admin.apiRequests(req.params.realmId) }),
  );
  router.get('/companies/:realmId/:entity/:id', (req, res) => {
    const entity = entityNameFrom(param(req, 'entity'));
    if (!entity) throw faults.notFound(req.originalUrl);
    res.json(user.read(realm(req), entity, param(req, 'id')));
  });

  router.use(faultHandler);
  return router;
}
