import { Pencil, Trash2 } from 'lucide-react';
import type { ModelPrice } from '../../api/prices';
import { useFormat } from '../../i18n/use-format';
import { useT } from '../../i18n/use-t';
import { Button } from '../ui/button';
import {
  STICKY_ACTIONS_CELL,
  STICKY_ACTIONS_HEAD,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from '../ui/table';
import { PriceSourceBadge } from './price-source-badge';
import { asNumber, perMillion } from './price-units';
import { cn } from '../ui/cn';

interface PricesTableProps {
  items: readonly ModelPrice[];
  onEdit: (price: ModelPrice) => void;
  onDelete: (price: ModelPrice) => void;
}

const NONE = '—';

export function PricesTable({ items, onEdit, onDelete }: PricesTableProps) {
  const t = useT();
  const format = useFormat();
  const money = (value: number | null) => (value === null ? NONE : format.money(value));
  const million = (price: ModelPrice, key: string) => money(perMillion(price.prices[key]));

  return (
    <Table>
      <TableHeader>
        <TableRow className="hover:bg-transparent dark:hover:bg-transparent">
          <TableHead>{t('page.prices.col.model')}</TableHead>
          <TableHead>{t('page.prices.col.source')}</TableHead>
          <TableHead className="text-right">{t('page.prices.col.input')}</TableHead>
          <TableHead className="text-right">{t('page.prices.col.output')}</TableHead>
          <TableHead className="text-right">{t('page.prices.col.cacheWrite5m')}</TableHead>
          <TableHead className="text-right">{t('page.prices.col.cacheWrite1h')}</TableHead>
          <TableHead className="text-right">{t('page.prices.col.cacheRead')}</TableHead>
          <TableHead className="text-right">{t('page.prices.col.above200k')}</TableHead>
          <TableHead className="text-right">{t('page.prices.col.perRequest')}</TableHead>
          <TableHead className={STICKY_ACTIONS_HEAD}>
            <span className="sr-only">{t('page.prices.col.actions')}</span>
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {items.map((price) => {
          const tierIn = perMillion(price.prices.input_cost_per_token_above_200k_tokens);
          const tierOut = perMillion(price.prices.output_cost_per_token_above_200k_tokens);
          return (
            <TableRow key={price.model}>
              <TableCell
                className={cn(
                  'max-w-[24rem] min-w-48 font-mono text-xs break-all text-zinc-900 sm:min-w-72 sm:text-sm',
                  'dark:text-zinc-100',
                )}
              >
                {price.model}
              </TableCell>
              <TableCell>
                <PriceSourceBadge source={price.source} />
              </TableCell>
              <TableCell className="text-right whitespace-nowrap tabular-nums">
                {million(price, 'input_cost_per_token')}
              </TableCell>
              <TableCell className="text-right whitespace-nowrap tabular-nums">
                {million(price, 'output_cost_per_token')}
              </TableCell>
              <TableCell className="text-right whitespace-nowrap tabular-nums">
                {million(price, 'cache_creation_input_token_cost')}
              </TableCell>
              <TableCell className="text-right whitespace-nowrap tabular-nums">
                {million(price, 'cache_creation_input_token_cost_above_1hr')}
              </TableCell>
              <TableCell className="text-right whitespace-nowrap tabular-nums">
                {million(price, 'cache_read_input_token_cost')}
              </TableCell>
              <TableCell className="text-right whitespace-nowrap tabular-nums">
                {tierIn === null && tierOut === null ? NONE : `${money(tierIn)} / ${money(tierOut)}`}
              </TableCell>
              <TableCell className="text-right whitespace-nowrap tabular-nums">
                {money(asNumber(price.prices.input_cost_per_request))}
              </TableCell>
              <TableCell className={STICKY_ACTIONS_CELL}>
                <div className="flex justify-end gap-1">
                  <Button
                    variant="ghost"
                    size="icon"
                    aria-label={t('page.prices.edit', { model: price.model })}
                    title={t('page.prices.edit', { model: price.model })}
                    onClick={() => onEdit(price)}
                  >
                    <Pencil aria-hidden />
                  </Button>
                  {price.source !== 'builtin' && (
                    <Button
                      variant="ghost"
                      size="icon"
                      className={cn(
                        'text-red-600 hover:bg-red-50 hover:text-red-700',
                        'dark:text-red-400 dark:hover:bg-red-950 dark:hover:text-red-300',
                      )}
                      aria-label={t('page.prices.delete', { model: price.model })}
                      title={t('page.prices.delete', { model: price.model })}
                      onClick={() => onDelete(price)}
                    >
                      <Trash2 aria-hidden />
                    </Button>
                  )}
                </div>
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
