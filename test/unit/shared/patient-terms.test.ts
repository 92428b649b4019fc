// The words a patient is found by and the terms a search asks for (shared/domain/patient-terms).
import { describe, expect, it } from 'vitest';
import {
  normaliseWord,
  patientTermsOf,
  queryProblem,
  queryTerms,
} from '../../../src/shared/domain/patient-terms.ts';

describe('patient terms', () => {
  it('writes names without accents, including the letters NFD leaves alone', () => {
    // NFD splits ó, ż, ą into a letter and a mark, but leaves ł (and ø, ß …) whole.
    expect('ł'.normalize('NFD')).toBe('ł');
    expect(normaliseWord('Łukasz')).toBe('lukasz');
    expect(normaliseWord('ŻÓŁKIEWSKI')).toBe('zolkiewski');
    expect(normaliseWord('Gęśla-Jaźń')).toBe('gesla-jazn');
    expect(normaliseWord('Øster Straße')).toBe('oster strasse');
  });

  it('keeps each name word and the phone with and without its country code', () => {
    expect(
      patientTermsOf({ name: 'Anna Maria', surname: "Kowalska-O'Neill", phone: '+48 600-100-200' }),
    ).toEqual(['anna', 'maria', 'kowalska', 'oneill', '48600100200', '600100200']);
    expect(patientTermsOf({ name: 'Jan', surname: 'Nowak', phone: '600 100 200' })).toEqual([
      'jan',
      'nowak',
      '600100200',
    ]);
    expect(patientTermsOf({ name: 'Jan', surname: '', phone: null })).toEqual(['jan']);
    expect(patientTermsOf(undefined)).toEqual([]);
  });

  it('reads a search as name words and whole phone numbers', () => {
    expect(queryTerms('kowal an')).toEqual([['kowal'], ['an']]);
    expect(queryTerms('  Łuk  ')).toEqual([['luk']]);
    expect(queryTerms('600 100 200')).toEqual([['600100200']]);
    // One term: either the whole number or, without the country code, its last nine digits.
    expect(queryTerms('+48 600 100 200')).toEqual([['48600100200', '600100200']]);
    expect(queryTerms('(22) 123-45-67')).toEqual([['221234567']]);
    expect(queryTerms('kowalska 600 100 nowak')).toEqual([['kowalska'], ['600100'], ['nowak']]);
  });

  it('says why a search is too short or has too many words', () => {
    expect(queryProblem('an')).toBeNull();
    expect(queryProblem('600')).toBeNull();
    expect(queryProblem('a')).toMatch(/at least 2 letters/);
    expect(queryProblem('60')).toMatch(/3 digits/);
    expect(queryProblem('- -')).toMatch(/at least 2 letters/);
    expect(queryProblem('a b c d e f')).toBeNull();
    expect(queryProblem('a b c d e f g')).toMatch(/at most 6 words/);
  });
});
