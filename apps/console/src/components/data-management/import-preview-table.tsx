import type { ImportResult } from '../../api/data';
import { useT } from '../../i18n/use-t';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '../ui/table';

/** Per kind: what the import creates, updates, leaves alone and refuses; then each conflict with why. */
export function ImportPreviewTable({ result }: { result: ImportResult }) {
  const t = useT();
  const rows = result.kinds.filter((k) => k.create + k.update + k.unchanged + k.conflicts > 0);
  return (
    <div className="flex flex-col gap-4">
      <Table aria-label={t('page.data.import.previewLabel')}>
        <TableHeader>
          <TableRow>
            <TableHead>{t('page.data.import.column.kind')}</TableHead>
            <TableHead className="text-right">{t('page.data.import.column.create')}</TableHead>
            <TableHead className="text-right">{t('page.data.import.column.update')}</TableHead>
            <TableHead className="text-right">{t('page.data.import.column.unchanged')}</TableHead>
            <TableHead className="text-right">{t('page.data.import.column.conflicts')}</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.kind}>
              <TableCell>{t(`page.data.kind.${row.kind}`)}</TableCell>
              <TableCell className="text-right tabular-nums">{row.create}</TableCell>
              <TableCell className="text-right tabular-nums">{row.update}</TableCell>
              <TableCell className="text-right tabular-nums">{row.unchanged}</TableCell>
              <TableCell className="text-right tabular-nums">{row.conflicts}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {result.conflicts.length > 0 && (
        <div>
          <h3 className="text-sm font-medium text-zinc-900 dark:text-zinc-50">{t('page.data.import.conflicts')}</h3>
          <ul aria-label={t('page.data.import.conflicts')} className="mt-2 flex flex-col gap-1 text-sm">
            {result.conflicts.map((conflict) => (
              <li key={`${conflict.kind}:${conflict.key}`} className="text-amber-700 dark:text-amber-400">
                {t(`page.data.kind.${conflict.kind}`)} {conflict.key}: {conflict.reason}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
