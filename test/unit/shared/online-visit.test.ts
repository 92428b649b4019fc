import { describe, expect, it } from 'vitest';
import {
  isOnlineConsultationService,
  isOnlineVisit,
  type OnlineVisitFacts,
} from '../../../src/shared/domain/online-visit.ts';

const inPerson: OnlineVisitFacts = {
  addressIsOnlineOnly: false,
  videocallUrl: null,
  serviceIsOnlineConsultation: false,
};

describe('isOnlineVisit', () => {
  it('is false for a regular address, no video link and an ordinary service', () => {
    expect(isOnlineVisit(inPerson)).toBe(false);
  });

  it('is true at an online-only address', () => {
    expect(isOnlineVisit({ ...inPerson, addressIsOnlineOnly: true })).toBe(true);
  });

  it('is true when the booking carries a video link', () => {
    expect(isOnlineVisit({ ...inPerson, videocallUrl: 'https://video.example/room/1' })).toBe(true);
  });

  it('ignores an empty or blank video link', () => {
    expect(isOnlineVisit({ ...inPerson, videocallUrl: '' })).toBe(false);
    expect(isOnlineVisit({ ...inPerson, videocallUrl: '   ' })).toBe(false);
    expect(isOnlineVisit({ ...inPerson, videocallUrl: undefined })).toBe(false);
  });

  it('is true for the online consultation service at a regular address (the fallback)', () => {
    expect(isOnlineVisit({ ...inPerson, serviceIsOnlineConsultation: true })).toBe(true);
  });
});

describe('isOnlineConsultationService', () => {
  it.each([
    'Online consultation',
    'online consultation',
    'Konsultacja online',
    'Consulta online',
    'Videosprechstunde',
  ])('recognises %s', (name) => {
    expect(isOnlineConsultationService(name)).toBe(true);
  });

  it.each(['Regular Visit', 'USG', 'Recurring Visit', 'Consultation'])('rejects %s', (name) => {
    expect(isOnlineConsultationService(name)).toBe(false);
  });
});
