import { z } from 'zod';

/** `POST /oauth/v2/token` (client_credentials) response. */
export const tokenResponseSchema = z.looseObject({
  access_token: z.string().min(1),
  expires_in: z.number().int().positive(),
  token_type: z.string(),
  scope: z.string().nullish(),
});
export type TokenResponse = z.output<typeof tokenResponseSchema>;
