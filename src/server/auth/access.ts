// Who may see what. Enforced on the server for every route and the live stream:
// - doctor: only their own visits, reminders and video links;
// - reception: every doctor's agenda and the payments board, but no video join;
// - admin: reception's rights plus users and configuration.
import { createMiddleware } from 'hono/factory';
import type { Agenda } from '../../shared/api/agenda.ts';
import type { ActiveReminder } from '../../shared/api/reminders.ts';
import type { Visit } from '../../shared/api/visit.ts';
import { apiError } from '../routes/api-error.ts';
import type { Role, User } from '../store/users-table.ts';
import type { AuthVariables } from './session-middleware.ts';

/** 401 without a session, 403 for a role not listed. */
export function requireRole(...allowed: Role[]) {
  return createMiddleware<{ Variables: AuthVariables }>(async (c, next) => {
    const user = c.get('user');
    if (!user) return apiError(c, 401, 'signed_out', 'Sign in to continue.');
    if (!allowed.includes(user.role)) {
      return apiError(c, 403, 'forbidden', 'Your role does not give access to this.');
    }
    await next();
  });
}

export const anyStaff = requireRole('doctor', 'reception', 'admin');

/** Whether the user may see this visit at all. */
export function maySeeVisit(user: User, visit: Pick<Visit, 'doctorId'>): boolean {
  return user.role !== 'doctor' || visit.doctorId === user.doctorId;
}

/**
 * Why a visit id is refused, or null when this user may use it. An unknown id and another
 * doctor's visit answer alike (404, same words), so a doctor cannot probe which ids exist.
 */
export function visitRefusal(
  user: User,
  visit: Pick<Visit, 'doctorId'> | null | undefined,
): [404, 'not_found', string] | null {
  if (visit && maySeeVisit(user, visit)) return null;
  const where = user.role === 'doctor' ? 'your agenda' : 'this clinic';
  return [404, 'not_found', `No such visit in ${where}.`];
}

/** The visit as this user may see it: reception and admin get no video link to join. */
export function visitFor(user: User, visit: Visit): Visit | null {
  if (!maySeeVisit(user, visit)) return null;
  if (user.role === 'doctor') return visit;
  return visit.video ? { ...visit, video: null } : visit;
}

/** The agenda as this user may see it: a doctor sees only their own doctor, addresses, visits. */
export function agendaFor(user: User, agenda: Agenda): Agenda {
  const visits = agenda.visits.flatMap((visit) => visitFor(user, visit) ?? []);
  if (user.role !== 'doctor') return { ...agenda, visits };
  return {
    ...agenda,
    doctors: agenda.doctors.filter((doctor) => doctor.id === user.doctorId),
    addresses: agenda.addresses.filter((address) => address.doctorId === user.doctorId),
    visits,
  };
}

/** Reminders are a doctor's, for their own video visits; other roles join no calls. */
export function remindersFor(user: User, reminders: readonly ActiveReminder[]): ActiveReminder[] {
  if (user.role !== 'doctor') return [];
  return reminders.filter((reminder) => reminder.visit.doctorId === user.doctorId);
}
