// A dialog's chunk that cannot be fetched (a redeploy removed it) shows the crash sentence and
// its reload button, not a blank page; nothing is fetched while no visit is open.
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { OpenVisitCard } from '../../../src/web/app/lazy-dialogs.tsx';
import { createAgendaStore } from '../../../src/web/features/agenda/agenda-store.ts';
import { AgendaStoreProvider } from '../../../src/web/features/agenda/use-agenda.tsx';
import { buildAgenda } from '../../fixtures/agenda.ts';

const chunkFetched = vi.fn();
vi.mock('../../../src/web/app/OpenVisitCard.tsx', () => {
  chunkFetched();
  throw new TypeError('Failed to fetch dynamically imported module');
});

describe('a lazy dialog', () => {
  it('says the page stopped working when its chunk cannot be fetched', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const store = createAgendaStore(async () => buildAgenda());
    render(
      <AgendaStoreProvider store={store}>
        <OpenVisitCard />
      </AgendaStoreProvider>,
    );
    expect(chunkFetched).not.toHaveBeenCalled();

    act(() => store.getState().openVisit('v-1'));
    expect(await screen.findByRole('alert')).toHaveTextContent('Something went wrong');
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeInTheDocument();
    expect(chunkFetched).toHaveBeenCalledTimes(1);
  });
});
