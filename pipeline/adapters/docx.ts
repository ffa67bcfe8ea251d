// Adapter: DOCX to simple HTML with mammoth (paragraphs, headings, lists, tables, footnotes).
// The loader reads that HTML; swap the converter here and keep the output shape.
import mammoth from 'mammoth';

export interface DocxHtml { html: string; warnings: string[] }

export async function docxToHtml(bytes: Buffer): Promise<DocxHtml> {
  const result = await mammoth.convertToHtml({ buffer: bytes }, { ignoreEmptyParagraphs: true });
  return { html: result.value, warnings: result.messages.filter((m) => m.type === 'error' || m.type === 'warning').map((m) => m.message) };
}
