import { qboTime } from './http/qbo-time';

export type FaultType =
  'ValidationFault' | 'AuthenticationFault' | 'AuthorizationFault' | 'SystemFault' | 'ThrottleExceeded';

export interface FaultError {
  Message: string;
  Detail: string;
  code: string;
  element: string;
}

export interface FaultBody {
  Fault: { Error: FaultError[]; type: FaultType };
  time: string;
}

/** An error that the HTTP layer answers with QuickBooks' Fault envelope and the given status. */
export class QboFault extends Error {
  constructor(
    readonly status: number,
    readonly type: FaultType,
    readonly code: string,
    message: string,
    readonly detail: string,
    readonly element = '',
  ) {
    super(message);
  }

  toBody(): FaultBody {
    return {
      Fault: {
        Error: [{ Message: this.message, Detail: this.detail, code: this.code, element: this.element }],
        type: this.type,
      },
      time: qboTime(),
    };
  }
}

export const faults = {
  queryParser: (detail: string) =>
    new QboFault(400, 'ValidationFault', '4000', 'Error parsing query', `QueryParserError: ${detail}`),
  queryValidation: (detail: string) =>
    new QboFault(400, 'ValidationFault', '4001', 'Invalid query', `QueryValidationError: ${detail}`),
  objectNotFound: (entity: string, id: string) =>
    new QboFault(
      400,
      'ValidationFault',
      '610',
      'Object Not Found',
      `Object Not Found : Something you're trying to use has been made inactive or deleted. ${entity} Id ${id}`,
    ),
  staleObject: (id: string, syncToken: string) =>
    new QboFault(
      400,
      'ValidationFault',
      '5010',
      'Stale Object Error',
      `Stale Object Error : You and another user were working on the same thing. Please refresh and try again. Id=${id} SyncToken=${syncToken}`,
    ),
  requiredParam: (element: string) =>
    new QboFault(
      400,
      'ValidationFault',
      '2020',
      'Required param missing, need to supply the required value for the API',
      `Required parameter ${element} is missing in the request`,
      element,
    ),
  invalidReference: (element: string, id: string) =>
    new QboFault(
      400,
      'ValidationFault',
      '2500',
      'Invalid Reference Id',
      `Invalid Reference Id : Something you're trying to use has been made inactive. ${element} Id ${id}`,
      element,
    ),
  businessValidation: (detail: string) =>
    new QboFault(
      400,
      'ValidationFault',
      '6000',
      'A business validation error has occurred while processing your request',
      `Business Validation Error: ${detail}`,
    ),
  /** Code 2050, as QuickBooks answers a text over its limit (quoted by ruckus/quickbooks-ruby#436). */
  stringLength: (element: string, max: number, supplied: number) =>
    new QboFault(
      400,
      'ValidationFault',
      '2050',
      'String length is either shorter or longer than supported by specification',
      `String length specified does not match the supported length. Min:0 Max:${max.toLocaleString('en-US')} supported. Supplied length: ${supplied.toLocaleString('en-US')}`,
      element,
    ),
  /** Code 6240, as QuickBooks answers a name another record of that list already has. */
  duplicateName: (name: string) =>
    new QboFault(
      400,
      'ValidationFault',
      '6240',
      'Duplicate Name Exists Error',
      `The name supplied already exists. : ${name}`,
      'Name',
    ),
  /**
   * A transaction dated in a period the books are closed for. QuickBooks answers code 5010 with
   * "Account Period Closed" (quoted by a user of python-quickbooks, issue 208), the code it also
   * uses for a stale SyncToken.
   */
  closedPeriod: () =>
    new QboFault(400, 'ValidationFault', '5010', 'Account Period Closed', 'The account period has closed.'),
  unsupportedOperation: (detail: string) =>
    new QboFault(400, 'ValidationFault', '500', 'Unsupported Operation', detail),
  invalidRequest: (detail: string) =>
    new QboFault(400, 'ValidationFault', '2010', 'Request has invalid or unsupported property', detail),
  cdcTooOld: (changedSince: string) =>
    new QboFault(
      400,
      'ValidationFault',
      '10000',
      'An application error has occurred while processing your request',
      `Operation cdc with changedSince date ${changedSince} which is older than fixed days is not supported.`,
    ),
  authentication: (detail: string) =>
    new QboFault(
      401,
      'AuthenticationFault',
      '3200',
      'message=AuthenticationFailed; errorCode=003200; statusCode=401',
      detail,
    ),
  authorization: (detail: string) =>
    new QboFault(
      403,
      'AuthorizationFault',
      '3100',
      'message=ApplicationAuthorizationFailed; errorCode=003100; statusCode=403',
      detail,
    ),
  notFound: (path: string) =>
    new QboFault(404, 'ValidationFault', '404', 'Resource not found', `No resource at ${path}`),
  throttled: () =>
    new QboFault(
      429,
      'ThrottleExceeded',
      '3001',
      'message=ThrottleExceeded; errorCode=003001; statusCode=429',
      'The request limit was reached.  Try again later',
    ),
  system: (detail: string) =>
    new QboFault(
      500,
      'SystemFault',
      '10000',
      'An application error has occurred while processing your request',
      `System Failure Error: ${detail}`,
    ),
};
