import { expect } from '@open-wc/testing';
import { readCsv } from '../../src/data/csv.js';
import { DataReadError } from '../../src/data/errors.js';
import { MAX_FIELDS, readParticipants } from '../../src/data/participants.js';
import { rejection } from './checks.js';

describe('participant adapters: CSV as people exchange it', () => {
  it('finds a comma, a semicolon or a tab as the separator', async () => {
    const comma = await readCsv('name,country\nAna,CL\nTom,GB\n');
    const tab = await readCsv('name\tnote\nAna\tx, y, z\nTom\ta; b\n');
    const semicolon = await readCsv('name;note\nAna;a, b\nTom;c, d\n');
    expect(comma.records).to.deep.equal([
      { name: 'Ana', country: 'CL' },
      { name: 'Tom', country: 'GB' },
    ]);
    expect(tab.records).to.deep.equal([
      { name: 'Ana', note: 'x, y, z' },
      { name: 'Tom', note: 'a; b' },
    ]);
    expect(semicolon.fields).to.deep.equal(['name', 'note']);
    expect(semicolon.records[1]).to.deep.equal({ name: 'Tom', note: 'c, d' });
  });

  it('reads a spreadsheet export with semicolons, decimal commas and quoted fields', async () => {
    const csv = 'Nombre;Partido;Votos;Porcentaje\r\n"Núñez; Ana";"Partido ""Verde""";12.345;45,5\r\nTom Li;Independiente;9.870;36,25\r\n';
    const { fields, records } = await readCsv(csv);
    expect(fields).to.deep.equal(['Nombre', 'Partido', 'Votos', 'Porcentaje']);
    expect(records[0]).to.deep.equal({ Nombre: 'Núñez; Ana', Partido: 'Partido "Verde"', Votos: '12.345', Porcentaje: '45,5' });
    expect(records[1]).to.include({ Porcentaje: '36,25' });
  });

  it('takes the separator from an Excel sep= line, after a byte-order mark', async () => {
    // Every line splits evenly on the comma too: only the sep= line tells.
    const { fields, records } = await readCsv('\uFEFFsep=;\r\nNombre;Votos, %\r\nAna;1,5\r\nTom;2,5\r\n');
    expect(fields).to.deep.equal(['Nombre', 'Votos, %']);
    expect(records).to.deep.equal([
      { Nombre: 'Ana', 'Votos, %': '1,5' },
      { Nombre: 'Tom', 'Votos, %': '2,5' },
    ]);
  });

  it('splits on tabs when the source says TSV: format, media type or extension', async () => {
    // Every line splits evenly on the comma too, which a guess would take.
    const tsv = 'name\tnote, more\nAna\ta, b\nTom\tc, d\n';
    for (const hint of [
      { format: 'tsv' },
      { contentType: 'text/tab-separated-values' },
      { url: '/people.tsv?v=1', contentType: 'text/plain' },
    ]) {
      const { records } = await readParticipants(tsv, hint);
      expect(records[0], JSON.stringify(hint)).to.deep.equal({ name: 'Ana', 'note, more': 'a, b' });
    }
  });

  it('names empty and repeated header cells, and keeps ragged rows', async () => {
    const { fields, records } = await readCsv('name,,name, name ,email\nAna,x,Ana B,Ana C\nTom\n,,,,\nLi,1,2,3,li@example.org,extra\n');
    expect(fields).to.deep.equal(['name', 'column_2', 'name_2', 'name_3', 'email']);
    expect(records).to.deep.equal([
      { name: 'Ana', column_2: 'x', name_2: 'Ana B', name_3: 'Ana C' },
      { name: 'Tom' },
      { name: 'Li', column_2: '1', name_2: '2', name_3: '3', email: 'li@example.org' },
    ]);
  });

  it('reads mixed line ends (a CRLF file edited where LF is written), and keeps those inside quoted cells', async () => {
    const { records } = await readCsv('name,note\r\nAna,CL\nTom,"two\r\nlines"\rLi,GB\r\n');
    expect(records).to.deep.equal([
      { name: 'Ana', note: 'CL' },
      { name: 'Tom', note: 'two\r\nlines' },
      { name: 'Li', note: 'GB' },
    ]);
  });

  it('takes a header of empty cells for one (columns column_1…), and blank lines, even of empty cells, for none', async () => {
    expect(await readCsv('\n  \n,,\nAna,CL,x\n\n , ,\n"",""\nTom\n')).to.deep.equal({
      fields: ['column_1', 'column_2', 'column_3'],
      records: [{ column_1: 'Ana', column_2: 'CL', column_3: 'x' }, { column_1: 'Tom' }],
      skipped: 0,
    });
    // A semicolon file after blank lines is still guessed as one.
    expect((await readCsv('\n\nname;country\nAna;CL')).records).to.deep.equal([{ name: 'Ana', country: 'CL' }]);
  });

  it('keeps the first columns of a file with 10,000 of them', async () => {
    const header = Array.from({ length: 10_000 }, (_, i) => `c${i}`).join(',');
    const row = Array.from({ length: 10_000 }, (_, i) => i).join(',');
    const { fields, records } = await readCsv(`${header}\n${row}\n${row}\n`);
    expect(fields).to.have.length(MAX_FIELDS);
    expect(fields.at(-1)).to.equal(`c${MAX_FIELDS - 1}`);
    expect(Object.keys(records[0]!)).to.have.length(MAX_FIELDS);
  });

  it('reports text with no header, or an unclosed quote, as a CSV parse error', async () => {
    for (const text of ['', '\n\n', ' , ,\n  \n', 'sep=;\n', 'name\n"Ana']) {
      const error = await rejection(readCsv(text));
      expect(error, JSON.stringify(text)).to.be.instanceOf(DataReadError);
      expect(error).to.include({ kind: 'parse', subject: 'CSV' });
    }
  });

  it('reads a header with no rows as no one', async () => {
    expect(await readCsv('name,country\n')).to.deep.equal({ fields: ['name', 'country'], records: [], skipped: 0 });
  });
});
