import PDFDocument from 'pdfkit';
import { activityRows, reportWords, type ReportDocument } from './report-document';

const MARGIN = 50;

/** The report as a tagged PDF (title, language, headings) built from the same data as the page. */
export function reportPdf(doc: ReportDocument): Promise<Buffer> {
  const words = reportWords(doc.locale);
  const pdf = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    lang: doc.locale === 'it' ? 'it-IT' : 'en-GB',
    tagged: true,
    displayTitle: true,
    info: { Title: doc.title, Author: 'Piano Strategico 2030 - Provincia e Camera di Commercio di Lucca' },
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => pdf.on('end', () => resolve(Buffer.concat(chunks))));

  const heading = (text: string) =>
    pdf.moveDown(0.8).font('Helvetica-Bold').fontSize(13).text(text).moveDown(0.3);
  const body = (text: string) =>
    pdf
      .font('Helvetica')
      .fontSize(10)
      .text(text || words.none);
  const rows = activityRows(doc);
  const list = (filter: (index: number) => boolean) => {
    const picked = rows.filter((_, i) => filter(i));
    if (!picked.length) return body(words.none);
    for (const row of picked) body(`• ${row[0]} (${row[2]}; ${row[3]}; ${row[5]}; ${row[7]}%)`);
  };
  const activities = doc.snapshot.activities;

  pdf.font('Helvetica-Bold').fontSize(17).text(doc.title);
  pdf
    .font('Helvetica')
    .fontSize(10)
    .text(`${words.assembled} ${doc.snapshot.assembledOn} · ${words.status}: ${doc.status}`);
  heading(words.introduction);
  body(doc.introduction);
  heading(words.summary);
  const count = (status: string) => activities.filter((a) => a.status === status).length;
  body(
    (Object.keys(words.statuses) as (keyof typeof words.statuses)[])
      .map((status) => `${words.statuses[status]}: ${count(status)}`)
      .join(' · '),
  );
  heading(words.done);
  list((i) => activities[i].status === 'DONE');
  heading(words.late);
  list((i) => activities[i].status === 'LATE');
  heading(words.carried);
  list((i) => activities[i].carriedOver);
  heading(words.decisions);
  if (!doc.snapshot.decisions.length) body(words.none);
  for (const d of doc.snapshot.decisions)
    body(`• ${d.reference} (${d.decidedAt.slice(0, 10)}): ${d.title} - ${d.result}`);
  heading(words.nextSteps);
  body(doc.nextSteps);
  heading(words.all);
  for (const row of rows) {
    pdf.font('Helvetica-Bold').fontSize(10).text(row[0]);
    pdf
      .font('Helvetica')
      .fontSize(9)
      .text(
        words.columns
          .slice(1)
          .map((column, i) => `${column}: ${row[i + 1]}`)
          .join(' · '),
      )
      .moveDown(0.4);
  }
  pdf.end();
  return done;
}
