import type { Actor } from '../../domain/auth/actor.js';
import { renderIi06aDocx } from '../../documents/docx/render-ii06a-docx.js';
import { formatPeriodVi } from '../../documents/format-vi.js';
import { renderIi06aXlsx } from '../../documents/xlsx/render-ii06a-xlsx.js';
import type { AppContext } from '../app-context.js';
import { buildIi06aReport } from './build-ii06a-report.js';

type ExportOptions = { actor: Actor; unitCode: string; from: string; to: string };

/** Report II.06a as an XLSX workbook in the form's layout (Circular 01/2020/TT-VPCP annex). */
export async function exportIi06aXlsx(ctx: AppContext, o: ExportOptions): Promise<{ fileName: string; content: Buffer }> {
  const report = await buildIi06aReport(ctx, o);
  return { fileName: `bieu-II.06a-${report.unit.code}-${report.from}-${report.to}.xlsx`, content: await renderIi06aXlsx(report) };
}

/** The narrative report on handling results with the II.06a figures filled in (Circular 01/2018/TT-VPCP Art. 11), as DOCX. */
export async function exportIi06aDocx(ctx: AppContext, o: ExportOptions & { periodLabel?: string }): Promise<{ fileName: string; content: Buffer }> {
  const report = await buildIi06aReport(ctx, o);
  const periodLabel = o.periodLabel?.trim() || formatPeriodVi(report.from, report.to);
  return { fileName: `bao-cao-ket-qua-giai-quyet-TTHC-${report.unit.code}-${report.from}-${report.to}.docx`, content: await renderIi06aDocx(report, { periodLabel }) };
}
