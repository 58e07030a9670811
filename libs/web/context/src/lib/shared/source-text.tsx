import { useTranslation } from 'react-i18next';

export interface SourceFields {
  producer: string;
  document?: string | null;
  lineFrom?: number | null;
  lineTo?: number | null;
  url?: string | null;
}

/**
 * Where figures come from, as a sentence: "Fonte: Infocamere-StockView; Relazione previsionale e
 * programmatica 2020, righe 1098–1104". The document (or, without one, the producer) links to the
 * source's page when there is one.
 */
export function SourceText({ source }: { source: SourceFields }) {
  const { t } = useTranslation();
  const { producer, document, lineFrom, lineTo, url } = source;
  const lines =
    lineFrom == null
      ? null
      : lineTo == null || lineTo === lineFrom
        ? t('context.source.line', { line: lineFrom })
        : t('context.source.lines', { from: lineFrom, to: lineTo });
  const link = (text: string) => (url ? <a href={url}>{text}</a> : text);
  return (
    <>
      {t('context.source.label')}: {document ? producer : link(producer)}
      {document && <>; {link(document)}</>}
      {lines && <>, {lines}</>}
    </>
  );
}
