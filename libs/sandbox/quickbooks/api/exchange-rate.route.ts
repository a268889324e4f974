import { Router } from 'express';
import { faults } from '../faults';
import { qboTime } from '../http/qbo-time';
import { companyOf } from './api-guards';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * `GET /exchangerate?sourcecurrencycode=EUR&asofdate=2026-12-01`: home-currency units for one unit
 * of the source currency (the target defaults to the home currency). Multicurrency companies only.
 */
export function exchangeRateRoute(): Router {
  const router = Router({ mergeParams: true });
  router.get('/exchangerate', (req, res) => {
    const company = companyOf(res);
    const prefs = company.preferences.CurrencyPrefs;
    if (!prefs.MultiCurrencyEnabled)
      throw faults.unsupportedOperation('Operation exchangerate needs multicurrency to be enabled for the company.');
    const source = req.query.sourcecurrencycode;
    if (typeof source !== 'string' || source === '') throw faults.requiredParam('sourcecurrencycode');
    const asOf = typeof req.query.asofdate === 'string' ? req.query.asofdate : new Date().toISOString().slice(0, 10);
    if (!ISO_DATE.test(asOf)) throw faults.invalidRequest(`asofdate must be YYYY-MM-DD: ${asOf}`);
    const home = prefs.HomeCurrency.value;
    const rate = source === home ? 1 : company.exchangeRates.get(source);
    if (rate === undefined) throw faults.objectNotFound('ExchangeRate', source);
    res.json({
      ExchangeRate: {
        SourceCurrencyCode: source,
        TargetCurrencyCode: home,
        Rate: rate,
        AsOfDate: asOf,
        SyncToken: '0',
        domain: 'QBO',
        sparse: false,
      },
      time: qboTime(),
    });
  });
  return router;
}
