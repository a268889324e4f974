import { SMS, SMSFailure, type SMSParams } from '@vonage/sms';
import { vonageSdkCredentials } from '../../../vonage';
import type { VonageSandbox } from '../vonage-sandbox';

/** The official SDK client, as Settle's adapter builds it, pointed at the sandbox. */
export function smsClient(sandbox: VonageSandbox, secret = sandbox.apiSecret): SMS {
  return new SMS(vonageSdkCredentials(sandbox.apiKey, secret), { restHost: sandbox.baseUrl });
}

/** Sends and returns the SDK's SMSFailure; fails the test if the send succeeded or threw anything else. */
export async function failedSend(sms: SMS, params: SMSParams): Promise<SMSFailure> {
  try {
    await sms.send(params);
  } catch (error) {
    if (error instanceof SMSFailure) return error;
    throw error;
  }
  throw new Error('The send succeeded');
}
