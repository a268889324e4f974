import { randomUUID } from 'node:crypto';
import { eventually } from '../../libs/testing';
import { ContactOptedOutEvent } from '../../src/modules/contacts/contracts';
import { InvoicePaidEvent, InvoiceRemovedEvent } from '../../src/modules/invoicing/contracts';
import { Clock, SettableClock } from '../../src/platform/clock/clock';
import { signUp, type SignedUp } from '../support/accounts';
import { startTestApp, type TestApp } from '../support/test-app';
import { db, duePass, importInvoice, raise, stepsOf } from './workflows-support';

const reminders = [
  { kind: 'reminder', relativeTo: 'due', offsetDays: -3, timeOfDay: '10:00' },
  { kind: 'reminder', relativeTo: 'due', offsetDays: 0, timeOfDay: '09:30' },
  { kind: 'reminder', relativeTo: 'due', offsetDays: 2, timeOfDay: '11:00', repeatEveryDays: 7, maxRepeats: 3 },
  { kind: 'thank_you' },
];

describe('workflows: the API, attaching, and what stops reminders', () => {
  const clock = new SettableClock(new Date('2027-03-01T12:00:00Z'));
  let app: TestApp;
  let owner: SignedUp;

  beforeAll(async () => {
    app = await startTestApp({ overrides: [{ provide: Clock, useValue: clock }] });
    owner = await signUp(app, { timezone: 'Europe/London' });
  });

  afterAll(() => app.close());

  async function createWorkflow(body: Record<string, unknown> = {}): Promise<string> {
    const created = await app
      .http()
      .post('/api/v1/workflows')
      .set(owner.auth)
      .send({ name: 'Friendly chase', steps: reminders, ...body })
      .expect(201);
    return created.body.id as string;
  }

  it('creates, lists, reads, changes and deletes workflows', async () => {
    const id = await createWorkflow();
    const read = await app.http().get(`/api/v1/workflows/${id}`).set(owner.auth).expect(200);
    expect(read.body).toMatchObject({ name: 'Friendly chase', isDefault: false });
    expect(read.body.steps).toHaveLength(4);
    expect(read.body.steps[2]).toMatchObject({ offsetDays: 2, repeatEveryDays: 7, maxRepeats: 3, templateId: null });

    const list = await app.http().get('/api/v1/workflows').set(owner.auth).expect(200);
    expect(list.body.map((workflow: { id: string }) => workflow.id)).toContain(id);

    const changed = await app
      .http()
      .patch(`/api/v1/workflows/${id}`)
      .set(owner.auth)
      .send({ name: 'Firm chase', steps: [{ kind: 'thank_you' }] })
      .expect(200);
    expect(changed.body).toMatchObject({ name: 'Firm chase', steps: [{ kind: 'thank_you', templateId: null }] });

    await app.http().delete(`/api/v1/workflows/${id}`).set(owner.auth).expect(204);
    await app.http().get(`/api/v1/workflows/${id}`).set(owner.auth).expect(404);
  });

  it('refuses bad steps with a 400 naming the field', async () => {
    const five = Array.from({ length: 5 }, (_, day) => ({
      kind: 'reminder',
      relativeTo: 'due',
      offsetDays: day,
      timeOfDay: '10:00',
    }));
    const tooMany = await app
      .http()
      .post('/api/v1/workflows')
      .set(owner.auth)
      .send({ name: 'x', steps: five })
      .expect(400);
    expect(tooMany.body.code).toBe('WORKFLOWS.INVALID_STEPS');

    const badTime = await app
      .http()
      .post('/api/v1/workflows')
      .set(owner.auth)
      .send({ name: 'x', steps: [{ kind: 'reminder', relativeTo: 'due', offsetDays: 1, timeOfDay: '25:00' }] })
      .expect(400);
    expect(JSON.stringify(badTime.body)).toContain('timeOfDay');

    const halfRepeat = await app
      .http()
      .post('/api/v1/workflows')
      .set(owner.auth)
      .send({
        name: 'x',
        steps: [{ kind: 'reminder', relativeTo: 'due', offsetDays: 1, timeOfDay: '10:00', maxRepeats: 2 }],
      })
      .expect(400);
    expect(halfRepeat.body.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'steps[0].repeatEveryDays' })]),
    );

    await app
      .http()
      .post('/api/v1/workflows')
      .set(owner.auth)
      .send({ name: 'x', steps: [{ kind: 'wait' }] })
      .expect(400);
    await app.http().get('/api/v1/workflows/not-a-uuid').set(owner.auth).expect(400);
  });

  it('keeps a sending window and one default workflow per account', async () => {
    const initial = await app.http().get('/api/v1/workflows/settings').set(owner.auth).expect(200);
    expect(initial.body).toEqual({ opensAt: '08:00', closesAt: '20:00', excludedDays: [], defaultWorkflowId: null });

    const first = await createWorkflow({ isDefault: true });
    const second = await createWorkflow();
    const changed = await app
      .http()
      .patch('/api/v1/workflows/settings')
      .set(owner.auth)
      .send({ opensAt: '09:00', closesAt: '18:00', excludedDays: [7], defaultWorkflowId: second })
      .expect(200);
    expect(changed.body).toEqual({ opensAt: '09:00', closesAt: '18:00', excludedDays: [7], defaultWorkflowId: second });
    const firstNow = await app.http().get(`/api/v1/workflows/${first}`).set(owner.auth).expect(200);
    expect(firstNow.body.isDefault).toBe(false);

    const backwards = await app
      .http()
      .patch('/api/v1/workflows/settings')
      .set(owner.auth)
      .send({ opensAt: '19:00', closesAt: '18:00' })
      .expect(400);
    expect(backwards.body.code).toBe('WORKFLOWS.INVALID_SENDING_WINDOW');
    await app
      .http()
      .patch('/api/v1/workflows/settings')
      .set(owner.auth)
      .send({ opensAt: '08:00', closesAt: '20:00', excludedDays: [], defaultWorkflowId: null })
      .expect(200);
  });

  it('attaches a workflow: steps already past are skipped, a repeat starts at its next occurrence, times are local across DST', async () => {
    clock.set('2027-03-28T12:00:00Z'); // the day London moved to BST
    const workflowId = await createWorkflow();
    // Due 30 March: -3 days (27 March, GMT) is past; due day 09:30 BST; +2 days 11:00 BST, repeating weekly.
    const invoiceId = await importInvoice(app, owner, '2027-03-30');
    await app.http().put(`/api/v1/invoices/${invoiceId}/workflow`).set(owner.auth).send({ workflowId }).expect(200);

    const steps = await stepsOf(app, owner, invoiceId);
    expect(steps.map((step) => step.occurrences.map((o) => [o.state, o.dueAt, o.reason]))).toEqual([
      [['skipped', '2027-03-27T10:00:00.000Z', 'past_when_attached']],
      [['scheduled', '2027-03-30T08:30:00.000Z', null]],
      [['scheduled', '2027-04-01T10:00:00.000Z', null]],
      [],
    ]);
  });

  it('places an overdue repeating step of a historic invoice at its next occurrence, never at once', async () => {
    clock.set('2027-03-20T12:00:00Z');
    const workflowId = await createWorkflow();
    const invoiceId = await importInvoice(app, owner, '2027-03-01');
    await app.http().put(`/api/v1/invoices/${invoiceId}/workflow`).set(owner.auth).send({ workflowId }).expect(200);
    const [, , repeating] = await stepsOf(app, owner, invoiceId);
    // +2 days (3 March), then every 7 days: 10, 17, 24 March; the 24th is the next.
    expect(repeating.occurrences.map((o) => [o.index, o.state, o.dueAt])).toEqual([
      [0, 'skipped', '2027-03-03T11:00:00.000Z'],
      [3, 'scheduled', '2027-03-24T11:00:00.000Z'],
    ]);
  });

  it('edits a step on one invoice only, and refuses edits once the invoice is paid', async () => {
    clock.set('2027-05-01T12:00:00Z');
    const workflowId = await createWorkflow();
    const invoiceId = await importInvoice(app, owner, '2027-06-01');
    await app.http().put(`/api/v1/invoices/${invoiceId}/workflow`).set(owner.auth).send({ workflowId }).expect(200);
    const [first, second] = await stepsOf(app, owner, invoiceId);

    const edited = await app
      .http()
      .patch(`/api/v1/invoices/${invoiceId}/workflow/steps/${first.id}`)
      .set(owner.auth)
      .send({ kind: 'reminder', relativeTo: 'due', offsetDays: -5, timeOfDay: '12:15' })
      .expect(200);
    expect(edited.body.steps[0].occurrences.map((o: { state: string; dueAt: string }) => [o.state, o.dueAt])).toEqual([
      ['scheduled', '2027-05-27T11:15:00.000Z'],
      ['cancelled', '2027-05-29T09:00:00.000Z'],
    ]);
    const deleted = await app
      .http()
      .delete(`/api/v1/invoices/${invoiceId}/workflow/steps/${second.id}`)
      .set(owner.auth)
      .expect(200);
    expect(deleted.body.steps).toHaveLength(3);

    const workflow = await app.http().get(`/api/v1/workflows/${workflowId}`).set(owner.auth).expect(200);
    expect(workflow.body.steps[0]).toMatchObject({ offsetDays: -3, timeOfDay: '10:00' });
    expect(workflow.body.steps).toHaveLength(4);

    await raise(
      app,
      owner.accountId,
      new InvoicePaidEvent(owner.accountId, invoiceId, clock.now().toISOString(), 'settle'),
    );
    const refused = await app
      .http()
      .patch(`/api/v1/invoices/${invoiceId}/workflow/steps/${first.id}`)
      .set(owner.auth)
      .send({ kind: 'reminder', relativeTo: 'due', offsetDays: -1, timeOfDay: '12:15' })
      .expect(409);
    expect(refused.body.code).toBe('WORKFLOWS.INVOICE_PAID');
  });

  it('paid mid-schedule: pending reminders are cancelled and the thank-you is scheduled once', async () => {
    clock.set('2027-07-01T12:00:00Z');
    const workflowId = await createWorkflow();
    const invoiceId = await importInvoice(app, owner, '2027-07-10');
    await app.http().put(`/api/v1/invoices/${invoiceId}/workflow`).set(owner.auth).send({ workflowId }).expect(200);

    clock.set('2027-07-05T21:30:00Z'); // 22:30 BST: quiet hours
    const paid = new InvoicePaidEvent(owner.accountId, invoiceId, clock.now().toISOString(), 'settle');
    await raise(app, owner.accountId, paid);
    await raise(
      app,
      owner.accountId,
      new InvoicePaidEvent(owner.accountId, invoiceId, clock.now().toISOString(), 'quickbooks'),
    );

    const steps = await stepsOf(app, owner, invoiceId);
    for (const step of steps.slice(0, 3))
      expect(step.occurrences.map((o) => [o.state, o.reason])).toEqual([['cancelled', 'paid']]);
    expect(steps[3].occurrences.map((o) => [o.state, o.dueAt, o.reason])).toEqual([
      ['scheduled', '2027-07-06T07:00:00.000Z', 'quiet_hours'],
    ]);
  });

  it('removed or opted out mid-schedule: nothing more is scheduled', async () => {
    clock.set('2027-08-01T12:00:00Z');
    const workflowId = await createWorkflow();
    const contactId = randomUUID();
    const removed = await importInvoice(app, owner, '2027-08-20');
    const optedOut = await importInvoice(app, owner, '2027-08-20', contactId);
    for (const invoiceId of [removed, optedOut]) {
      await app.http().put(`/api/v1/invoices/${invoiceId}/workflow`).set(owner.auth).send({ workflowId }).expect(200);
    }
    await raise(app, owner.accountId, new InvoiceRemovedEvent(owner.accountId, removed, null, 'voided_in_quickbooks'));
    await raise(app, owner.accountId, new ContactOptedOutEvent(owner.accountId, contactId));

    const states = async (invoiceId: string) =>
      (await stepsOf(app, owner, invoiceId)).flatMap((step) => step.occurrences.map((o) => [o.state, o.reason]));
    expect(await states(removed)).toEqual([
      ['cancelled', 'removed'],
      ['cancelled', 'removed'],
      ['cancelled', 'removed'],
    ]);
    expect(await states(optedOut)).toEqual([
      ['cancelled', 'opted_out'],
      ['cancelled', 'opted_out'],
      ['cancelled', 'opted_out'],
    ]);
    const again = await app.http().put(`/api/v1/invoices/${removed}/workflow`).set(owner.auth).send({ workflowId });
    expect([again.status, again.body.code]).toEqual([409, 'WORKFLOWS.INVOICE_REMOVED']);
  });

  it('replacing a workflow cancels what the earlier one had scheduled; an unknown workflow is a 404', async () => {
    clock.set('2027-09-01T12:00:00Z');
    const invoiceId = await importInvoice(app, owner, '2027-09-20');
    await app
      .http()
      .put(`/api/v1/invoices/${invoiceId}/workflow`)
      .set(owner.auth)
      .send({ workflowId: await createWorkflow() });
    const inline = await app
      .http()
      .put(`/api/v1/invoices/${invoiceId}/workflow`)
      .set(owner.auth)
      .send({ steps: [{ kind: 'reminder', relativeTo: 'due', offsetDays: 1, timeOfDay: '08:00' }] })
      .expect(200);
    expect(inline.body).toMatchObject({ workflowId: null, steps: [{ offsetDays: 1 }] });
    const rows = await db(app).execute<{ state: string; count: string }[]>(
      'select state, count(*) from workflows_occurrences where invoice_id = ? group by state order by state',
      [invoiceId],
    );
    expect(rows.map((row) => [row.state, Number(row.count)])).toEqual([
      ['cancelled', 3],
      ['scheduled', 1],
    ]);
    await app
      .http()
      .put(`/api/v1/invoices/${invoiceId}/workflow`)
      .set(owner.auth)
      .send({ workflowId: randomUUID() })
      .expect(404);
    await app.http().get(`/api/v1/invoices/${randomUUID()}/workflow`).set(owner.auth).expect(404);
  });

  it('attaches the default workflow to invoices imported after it was chosen', async () => {
    clock.set('2027-10-01T12:00:00Z');
    const workflowId = await createWorkflow({ isDefault: true });
    const invoiceId = await importInvoice(app, owner, '2027-10-20');
    const view = await eventually(async () => {
      const response = await app.http().get(`/api/v1/invoices/${invoiceId}/workflow`).set(owner.auth).expect(200);
      return response.body;
    });
    expect(view.workflowId).toBe(workflowId);
    await app.http().patch(`/api/v1/workflows/${workflowId}`).set(owner.auth).send({ isDefault: false }).expect(200);
  });

  it('two passes racing claim each due occurrence once, and schedule one job each', async () => {
    clock.set('2027-11-01T12:00:00Z');
    const pass = duePass(app);
    await pass.run(); // what earlier tests left due
    const workflowId = await createWorkflow();
    const invoices = await Promise.all(Array.from({ length: 6 }, () => importInvoice(app, owner, '2027-11-10')));
    for (const invoiceId of invoices) {
      await app.http().put(`/api/v1/invoices/${invoiceId}/workflow`).set(owner.auth).send({ workflowId }).expect(200);
    }
    clock.set('2027-11-07T10:00:00Z'); // the -3 days reminders (10:00 GMT) are due
    await Promise.all([pass.claimBatch(), pass.claimBatch(), pass.claimBatch()]);
    const claimed = await db(app).execute<{ attempts: number }[]>(
      "select attempts from workflows_occurrences where invoice_id in (?) and state <> 'scheduled' and reason is null",
      [invoices],
    );
    expect(claimed.map((row) => row.attempts)).toEqual([1, 1, 1, 1, 1, 1]);
    const jobs = await db(app).execute<{ job_id: string }[]>(
      `select job_id from platform_outbox where job_name = 'send-workflow-occurrence' and job_id in
         (select id::text from workflows_occurrences where invoice_id in (?))`,
      [invoices],
    );
    expect(new Set(jobs.map((job) => job.job_id)).size).toBe(6);
    expect(jobs).toHaveLength(6);
  });
});
