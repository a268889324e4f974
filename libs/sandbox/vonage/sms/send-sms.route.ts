import { json, Router, urlencoded } from 'express';
import type { SandboxContext } from '../sandbox-context';
import { readSmsRequest } from './sms-request';

export const SEND_SMS_PATH = '/sms/json';

/** POST /sms/json, JSON (as the SDK sends it) or form fields; always 200 with a status per message. */
export function sendSmsRoute(ctx: SandboxContext): Router {
  const router = Router();
  router.post(SEND_SMS_PATH, json({ limit: '1mb' }), urlencoded({ extended: false, limit: '1mb' }), (req, res) => {
    res.json(ctx.sms.submit(readSmsRequest(req)));
  });
  return router;
}
