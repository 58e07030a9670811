import { highlightSegments } from './search-rules';

const START = '\u0002';
const STOP = '\u0003';

describe('highlightSegments', () => {
  it('marks what the database marked and keeps the rest as plain text', () => {
    expect(highlightSegments(`Servizi per il ${START}turismo${STOP} lento`, START, STOP)).toEqual([
      { text: 'Servizi per il ', match: false },
      { text: 'turismo', match: true },
      { text: ' lento', match: false },
    ]);
  });

  it('returns an excerpt without marks as one plain segment', () => {
    expect(highlightSegments('Nessuna corrispondenza', START, STOP)).toEqual([
      { text: 'Nessuna corrispondenza', match: false },
    ]);
  });

  it('keeps markup as text: a segment is never HTML', () => {
    const segments = highlightSegments(`<b>${START}cammini${STOP}</b>`, START, STOP);
    expect(segments.map((s) => s.text).join('')).toBe('<b>cammini</b>');
    expect(segments.find((s) => s.match)?.text).toBe('cammini');
  });

  it('treats an unterminated mark as matched up to the end', () => {
    expect(highlightSegments(`a ${START}b`, START, STOP)).toEqual([
      { text: 'a ', match: false },
      { text: 'b', match: true },
    ]);
  });
});
