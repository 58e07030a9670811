import { readSearch, searchVariables, toggled, writeSearch } from './search-params';

describe('search state in the address', () => {
  it('reads the query and facets, dropping values the API would refuse', () => {
    const state = readSearch(
      new URLSearchParams(
        'q=%20cammini%20&tipo=CONTRIBUTION&tipo=BOGUS&ambito=PS6&genere=PROPOSAL&categoria=CITIZEN&esito=ACCEPTED&esito=<x>&dal=2026-01-01&al=2026-13',
      ),
    );
    expect(state).toEqual({
      query: 'cammini',
      types: ['CONTRIBUTION'],
      areaCodes: ['PS6'],
      kinds: ['PROPOSAL'],
      categories: ['CITIZEN'],
      statuses: ['ACCEPTED'],
      from: '2026-01-01',
      to: '',
    });
  });

  it('writes what it reads, and toggles one facet value at a time', () => {
    const state = readSearch(new URLSearchParams('q=borghi&ambito=PS6'));
    const more = toggled(state, 'areaCodes', 'PS2');
    expect(writeSearch(more).toString()).toBe('q=borghi&ambito=PS6&ambito=PS2');
    expect(toggled(more, 'areaCodes', 'PS6').areaCodes).toEqual(['PS2']);
  });

  it('leaves empty filters out of the API variables', () => {
    expect(searchVariables(readSearch(new URLSearchParams('q=borghi')))).toEqual({
      query: 'borghi',
      types: undefined,
      areaCodes: undefined,
      kinds: undefined,
      categories: undefined,
      statuses: undefined,
      from: undefined,
      to: undefined,
    });
  });
});
