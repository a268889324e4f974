import { randomUUID } from 'node:crypto';
import type { AxiosInstance } from 'axios';
import type { CrezcoPayDemand } from '../../../crezco';
import { startCrezcoSandbox, type CrezcoSandbox } from '../index';
import { crezcoClient, payDemandBody } from '../testing/client';

describe('Crezco sandbox pay demands', () => {
  let sandbox: CrezcoSandbox;
  let crezco: AxiosInstance;
  let userId: string;

  beforeAll(async () => {
    sandbox = await startCrezcoSandbox();
    crezco = crezcoClient(sandbox);
  });
  beforeEach(() => {
    sandbox.admin.reset();
    userId = sandbox.admin.createUser({ displayName: 'Acme Plumbing Ltd' }).id;
  });
  afterAll(() => sandbox.close());

  const create = (body: unknown, user = userId) => crezco.post(`/v1/users/${user}/pay-demands`, body);

  it('creates a pay demand: 201 with its id, the payee and the hosted payment page', async () => {
    const response = await create(payDemandBody());
    expect(response.status).toBe(201);
    const demand = response.data as CrezcoPayDemand;
    expect(demand).toEqual({
      payDemandId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      payeeName: 'Acme Plumbing Ltd',
      reference: 'INV-00042',
      currency: 'GBP',
      amount: '42.42',
      paymentUri: expect.stringMatching(new RegExp(`^${sandbox.baseUrl}/payment/[A-Za-z0-9_-]{22}$`)),
      metadata: { settleAttemptId: 'att-1', accountId: 'acc-1' },
      dueDate: '2026-12-01',
    });
    expect((await crezco.get(`/v1/pay-demands/${demand.payDemandId}`)).data).toEqual(demand);
    expect((await crezco.get(`/v1/users/${userId}/pay-demands`)).data).toEqual([demand]);
    expect((await crezco.get(`/v1/pay-demands/${demand.payDemandId}/payments`)).data).toEqual([]);
  });

  it('answers the bare id as a JSON string when configured (as Crezco’s OpenCart code reads it)', async () => {
    sandbox.admin.configure({ payDemandResponse: 'id' });
    const response = await create(payDemandBody(), userId);
    expect(response.status).toBe(201);
    expect(typeof response.data).toBe('string');
    expect((await crezco.get(`/v1/pay-demands/${String(response.data)}`)).data).toMatchObject({ amount: '42.42' });
  });

  it('returns the first result again for the same idempotencyId, making nothing new', async () => {
    const body = payDemandBody();
    const first = await create(body);
    const again = await create(body);
    expect(again.status).toBe(201);
    expect(again.data).toEqual(first.data);
    expect(sandbox.admin.payDemands()).toHaveLength(1);
    expect(sandbox.admin.payDemands()[0].idempotencyId).toBe(body.idempotencyId);
  });

  it('answers 409 for the same idempotencyId with another request, or replays when configured', async () => {
    const idempotencyId = randomUUID();
    const first = await create(payDemandBody({}, idempotencyId));
    const conflict = await create(payDemandBody({ amount: '10.00' }, idempotencyId));
    expect(conflict.status).toBe(409);
    expect(conflict.data).toMatchObject({
      title: 'Conflict',
      status: 409,
      detail: `idempotencyId ${idempotencyId} was already used with a different request.`,
    });
    sandbox.admin.configure({ idempotencyConflict: 'replay' });
    const replayed = await create(payDemandBody({ amount: '10.00' }, idempotencyId));
    expect(replayed.status).toBe(201);
    expect(replayed.data).toEqual(first.data);
  });

  it('keeps idempotency ids per user', async () => {
    const idempotencyId = randomUUID();
    const other = sandbox.admin.createUser().id;
    const mine = await create(payDemandBody({}, idempotencyId));
    const theirs = await create(payDemandBody({ amount: '1.00' }, idempotencyId), other);
    expect(theirs.status).toBe(201);
    expect((theirs.data as CrezcoPayDemand).payDemandId).not.toBe((mine.data as CrezcoPayDemand).payDemandId);
  });

  it('answers 400 with every field at fault', async () => {
    const response = await create({
      request: {
        currency: 'EUR',
        amount: 42.42,
        reference: 'invoice/0042 for March',
        useDefaultBeneficiaryAccount: false,
        dueDate: '2026-02-30',
        metadata: { attempt: 7 },
      },
      idempotencyId: 'att_01J9',
    });
    expect(response.status).toBe(400);
    expect(response.data).toEqual({
      type: expect.any(String),
      title: 'One or more validation errors occurred.',
      status: 400,
      detail: 'See errors for the fields at fault.',
      traceId: expect.any(String),
      errors: {
        'request.currency': ['Currency EUR is not supported.'],
        'request.amount': ['The amount must be a string.'],
        'request.reference': ['The reference must be at most 18 characters.'],
        'request.useDefaultBeneficiaryAccount': [
          'A beneficiary account is required: set useDefaultBeneficiaryAccount.',
        ],
        'request.dueDate': ['The dueDate must be a date (YYYY-MM-DD).'],
        'request.metadata': ['The metadata must map names to string values.'],
        idempotencyId: ['The idempotencyId must be a UUID.'],
      },
    });
    expect(sandbox.admin.payDemands()).toEqual([]);
  });

  it('checks amounts as decimal strings in major units', async () => {
    for (const [amount, message] of [
      ['42.424', 'The amount must be a decimal with at most 2 decimal places.'],
      ['-1.00', 'The amount must be a decimal with at most 2 decimal places.'],
      ['0.00', 'The amount must be greater than 0.'],
    ]) {
      const response = await create(payDemandBody({ amount }));
      expect(response.data).toMatchObject({ errors: { 'request.amount': [message] } });
    }
    expect((await create(payDemandBody({ amount: '0.01' }))).status).toBe(201);
  });

  it('checks references against the 18-character rules', async () => {
    expect((await create(payDemandBody({ reference: 'X'.repeat(18) }))).status).toBe(201);
    const lower = await create(payDemandBody({ reference: 'inv-1' }));
    expect(lower.data).toMatchObject({
      errors: { 'request.reference': ['The reference may only contain A-Z, 0-9, spaces and hyphens.'] },
    });
    sandbox.admin.configure({ referenceRule: 'accept' });
    expect((await create(payDemandBody({ reference: 'inv/1' }))).status).toBe(201);
  });

  it('names missing fields', async () => {
    expect((await create({})).data).toMatchObject({
      errors: { request: ['The request field is required.'], idempotencyId: ['The idempotencyId field is required.'] },
    });
    expect((await create({ request: {}, idempotencyId: randomUUID() })).data).toMatchObject({
      errors: {
        'request.currency': ['The currency field is required.'],
        'request.amount': ['The amount field is required.'],
        'request.reference': ['The reference field is required.'],
      },
    });
  });

  it('takes other currencies, number amounts and non-UUID idempotency ids only when configured', async () => {
    sandbox.admin.configure({ currencies: ['gbp', 'eur'], acceptNumberAmounts: true, idempotencyIdMustBeUuid: false });
    const response = await create({ ...payDemandBody({ currency: 'EUR' }), idempotencyId: 'att_01J9' });
    expect(response.status).toBe(201);
    const numeric = await create(payDemandBody({ amount: 12.5 as unknown as string }));
    expect(numeric.data).toMatchObject({ amount: '12.5' });
  });

  it('answers 404 for an unknown user or pay demand', async () => {
    expect((await create(payDemandBody(), randomUUID())).status).toBe(404);
    expect((await crezco.get(`/v1/pay-demands/${randomUUID()}`)).data).toMatchObject({ status: 404 });
    expect((await crezco.get(`/v1/pay-demands/${randomUUID()}/payments`)).status).toBe(404);
  });

  it('deletes a pay demand: 204, then 404, and its page says it is gone', async () => {
    const demand = (await create(payDemandBody())).data as CrezcoPayDemand;
    expect((await crezco.delete(`/v1/users/${userId}/pay-demands/${demand.payDemandId}`)).status).toBe(204);
    expect((await crezco.get(`/v1/pay-demands/${demand.payDemandId}`)).status).toBe(404);
    expect((await crezco.get(`/v1/users/${userId}/pay-demands`)).data).toEqual([]);
    const page = await crezco.get(new URL(demand.paymentUri).pathname, { responseType: 'text' });
    expect(page.status).toBe(410);
  });
});
