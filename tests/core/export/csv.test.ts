import { describe, expect, it } from 'vitest';
import { exportAnnotations, toCsv } from '../../../src/core/export';
import type { Annotations } from '../../../src/core/types';
import { bareAnnotations } from '../../fixtures/bare-annotations';

/** An article with nothing found in it but what a test adds. */
const annotations = (extra: Partial<Annotations> = {}) =>
  bareAnnotations({ title: 'عنوان', paragraphs: ['فقرة'] }, extra);

/** The CSV text cell of a vague-sourcing row whose words are `words`. */
const cellOf = (words: string) => {
  const csv = toCsv(annotations({ vague: [{ start: 0, end: 5, text: words }] }));
  const row = csv.slice(csv.indexOf('\r\n') + 2, -2);
  return row.slice(',عنوان,vague,vague,'.length, -',,,,,0,5'.length);
};

/** A strict RFC 4180 reader (CRLF between records, quotes doubled inside quoted cells), to check the writer with. */
function readCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    const crlf = c === '\r' && csv[i + 1] === '\n';
    if (quoted && c === '"' && csv[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (quoted || (c !== ',' && !crlf)) {
      cell += c;
    } else {
      row.push(cell);
      cell = '';
      if (crlf) {
        rows.push(row);
        row = [];
        i++;
      }
    }
  }
  return rows;
}

describe('core/export: CSV', () => {
  it.each([
    ['plain words', 'plain words'],
    ['بيروت', 'بيروت'],
    // The Arabic comma is no separator: the cell needs no quotes.
    ['قال «لا»، ثم مضى', 'قال «لا»، ثم مضى'],
    ['a, b', '"a, b"'],
    ['بيروت, لبنان', '"بيروت, لبنان"'],
    ['he said "no"', '"he said ""no"""'],
    ['قال "لا"', '"قال ""لا"""'],
    ['two\nlines', '"two\nlines"'],
    ['two\r\nlines', '"two\r\nlines"'],
    ['', ''],
  ])('quotes %j as RFC 4180 wants: %j', (words, cell) => {
    expect(cellOf(words)).toBe(cell);
  });

  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+961 1 234 567', "'+961 1 234 567"],
    ['-5%', "'-5%"],
    ['@once', "'@once"],
    ['\tindented', "'\tindented"],
    ['=1,2', `"'=1,2"`],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['\rreturn', `"'\rreturn"`],
    // Only a first character a spreadsheet reads as a formula is defused.
    ['a=b', 'a=b'],
    ['٣-٥', '٣-٥'],
  ])('defuses a cell a spreadsheet would run as a formula: %j → %j', (words, cell) => {
    expect(cellOf(words)).toBe(cell);
  });

  it('writes a header, the quotes, the mentions, then the vague sourcing, each line ended by CRLF', () => {
    const a = annotations({
      quotes: [
        {
          start: 6,
          end: 10,
          text: 'فقرة',
          direct: true,
          speaker: { name: 'نبيه بري', kind: 'named', entity: 'berri' },
        },
        { start: 6, end: 10, text: 'فقرة', direct: false },
      ],
      mentions: [{ start: 0, end: 5, text: 'عنوان', kind: 'place', entity: 'x', source: 'rule', confidence: 0.5 }],
      vague: [{ start: 6, end: 10, text: 'فقرة' }],
    });
    const url = 'https://www.annahar.com/a/1';
    const csv = toCsv(a, { url });
    // The byte-order mark first, so Excel reads the file as UTF-8 (Arabic otherwise comes out as garbage).
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'url,title,type,kind,text,entity,speaker,speaker_kind,direct,start,end',
      `${url},عنوان,quote,quote,فقرة,berri,نبيه بري,named,true,6,10`,
      `${url},عنوان,quote,quote,فقرة,,,,false,6,10`,
      `${url},عنوان,mention,place,عنوان,x,,,,0,5`,
      `${url},عنوان,vague,vague,فقرة,,,,,6,10`,
      '',
    ]);
    expect(exportAnnotations(a, 'csv', { url, site: 'النهار' })).toBe(csv);
  });

  it('reads back, with a strict RFC 4180 reader, as eleven columns a row and every cell as written', () => {
    const words = ['a, "b"\nc', 'سطر\r\nوسطر، و"علامة"', '=x,y'];
    const rows = readCsv(toCsv(annotations({ vague: words.map((text) => ({ start: 0, end: 1, text })) })).slice(1));
    expect(rows.map((r) => r.length)).toEqual([11, 11, 11, 11]);
    expect(rows.slice(1).map((r) => r[4])).toEqual(['a, "b"\nc', 'سطر\r\nوسطر، و"علامة"', "'=x,y"]);
  });
});
