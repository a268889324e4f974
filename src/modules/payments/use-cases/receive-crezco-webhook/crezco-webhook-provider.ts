/** The inbox provider of Crezco's webhooks (deduplicated by the body's digest: they carry no delivery id). */
export const CREZCO_WEBHOOK_PROVIDER = 'crezco';
