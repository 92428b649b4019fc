import { z } from 'zod/mini';
import { localeSchema } from '../i18n/locales.ts';

export const roleSchema = z.enum(['doctor', 'reception', 'admin']);
export type Role = z.infer<typeof roleSchema>;

/** Who is signed in, as the SPA sees it. */
export const currentUserSchema = z.object({
  username: z.string(),
  displayName: z.string(),
  role: roleSchema,
  /** The Docplanner doctor a doctor account is linked to; null for reception and admin. */
  doctorId: z.nullable(z.string()),
  /** The language the user chose; null: the page's (the browser's, then the clinic's). */
  locale: z.nullable(localeSchema),
});
export type CurrentUser = z.infer<typeof currentUserSchema>;

/**
 * `GET /api/auth/session` and the answer to a sign-in: the user, and the CSRF token to send as
 * `X-CSRF-Token` with every state-changing request.
 */
export const sessionSchema = z.object({ user: currentUserSchema, csrfToken: z.string() });
export type SessionView = z.infer<typeof sessionSchema>;

/** `POST /api/auth/sign-in` body. */
export const signInRequestSchema = z.object({
  username: z.string().check(z.trim(), z.minLength(1, 'Enter your user name'), z.maxLength(100)),
  password: z.string().check(z.minLength(1, 'Enter your password'), z.maxLength(1000)),
});
export type SignInRequest = z.infer<typeof signInRequestSchema>;

/** `PUT /api/auth/locale` body: the user's language, remembered for every device. */
export const localeChoiceSchema = z.object({ locale: localeSchema });

/** The header that carries the CSRF token. */
export const csrfHeader = 'x-csrf-token';
