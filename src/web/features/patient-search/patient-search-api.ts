// Finding a patient's visits through our BFF (`GET /api/patients?q=`).
import { type PatientSearch, patientSearchSchema } from '../../../shared/api/patient-search.ts';
import { apiHttp, toApiRequestError } from '../../lib/api-client.ts';

export type SearchPatients = (query: string, signal: AbortSignal) => Promise<PatientSearch>;

export const searchPatients: SearchPatients = async (query, signal) => {
  try {
    return await apiHttp
      .get('patients', { searchParams: { q: query }, signal })
      .json(patientSearchSchema);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw toApiRequestError(error);
  }
};
