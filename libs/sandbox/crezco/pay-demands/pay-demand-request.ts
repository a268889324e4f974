import { isUuid } from '../../../ids';
import { crezcoReferenceProblem, parseCrezcoAmount, type CrezcoPayDemandRequest } from '../../../crezco';
import { crezcoErrors } from '../http/crezco-error';
import type { ResolvedSandboxOptions } from '../sandbox-options';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

type Fields = Record<string, unknown>;

function isObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function validDate(value: string): boolean {
  return DATE.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}

/** A pay-demand body checked field by field; every fault at once as Crezco's 400 `errors` map (I). */
export function parsePayDemandRequest(body: unknown, options: ResolvedSandboxOptions): CrezcoPayDemandRequest {
  const errors: Record<string, string[]> = {};
  const fault = (field: string, message: string) => (errors[field] ??= []).push(message);
  const fields = isObject(body) ? body : {};
  const request = isObject(fields.request) ? fields.request : undefined;
  if (!request) fault('request', 'The request field is required.');
  const r = request ?? {};

  const currency = typeof r.currency === 'string' ? r.currency.toUpperCase() : '';
  if (request && !currency) fault('request.currency', 'The currency field is required.');
  else if (request && !options.currencies.includes(currency)) {
    fault('request.currency', `Currency ${currency} is not supported.`);
  }

  let amount = '';
  if (typeof r.amount === 'string') amount = r.amount;
  else if (typeof r.amount === 'number' && options.acceptNumberAmounts) amount = String(r.amount);
  else if (request) {
    fault('request.amount', r.amount === undefined ? 'The amount field is required.' : 'The amount must be a string.');
  }
  if (amount) {
    const pence = parseCrezcoAmount(amount);
    if (pence === undefined) fault('request.amount', 'The amount must be a decimal with at most 2 decimal places.');
    else if (pence <= 0n) fault('request.amount', 'The amount must be greater than 0.');
  }

  const reference = typeof r.reference === 'string' ? r.reference : '';
  if (request && typeof r.reference !== 'string') fault('request.reference', 'The reference field is required.');
  else if (request && options.referenceRule === 'reject') {
    const problem = crezcoReferenceProblem(reference);
    if (problem) fault('request.reference', problem);
  }

  if (request && r.useDefaultBeneficiaryAccount !== true) {
    fault(
      'request.useDefaultBeneficiaryAccount',
      'A beneficiary account is required: set useDefaultBeneficiaryAccount.',
    );
  }

  if (r.dueDate !== undefined && (typeof r.dueDate !== 'string' || !validDate(r.dueDate))) {
    fault('request.dueDate', 'The dueDate must be a date (YYYY-MM-DD).');
  }

  let metadata: Record<string, string> = {};
  if (r.metadata !== undefined && r.metadata !== null) {
    if (!isObject(r.metadata) || Object.values(r.metadata).some((value) => typeof value !== 'string')) {
      fault('request.metadata', 'The metadata must map names to string values.');
    } else metadata = r.metadata as Record<string, string>;
  }

  const idempotencyId = typeof fields.idempotencyId === 'string' ? fields.idempotencyId : '';
  if (!idempotencyId) fault('idempotencyId', 'The idempotencyId field is required.');
  else if (options.idempotencyIdMustBeUuid && !isUuid(idempotencyId)) {
    fault('idempotencyId', 'The idempotencyId must be a UUID.');
  }

  if (Object.keys(errors).length > 0) throw crezcoErrors.validation(errors);
  return {
    request: {
      currency,
      amount,
      reference,
      useDefaultBeneficiaryAccount: true,
      ...(typeof r.dueDate === 'string' ? { dueDate: r.dueDate } : {}),
      metadata,
    },
    idempotencyId,
  };
}
