import { Download } from 'lucide-react';
import { useId, useState } from 'react';
import {
  type CostReportDimension,
  type CostReportFormat,
  costReportUrl,
  isCostReportChoiceValid,
} from '../../api/reports';
import { useT } from '../../i18n/use-t';
import { Button } from '../ui/button';
import { Card } from '../ui/card';
import { Field } from '../ui/field';
import { Input } from '../ui/input';
import { Select } from '../ui/select';

const DIMENSIONS = ['user', 'key', 'provider', 'model'] as const satisfies readonly CostReportDimension[];

const day = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

/** Download of the cost report: a period in local days, the grouping (in the order ticked) and the file type. */
export function CostReportExport() {
  const t = useT();
  const id = useId();
  const today = new Date();
  const [fromDay, setFromDay] = useState(day(new Date(today.getFullYear(), today.getMonth(), 1)));
  const [toDay, setToDay] = useState(day(today));
  const [by, setBy] = useState<CostReportDimension[]>(['user', 'model']);
  const [format, setFormat] = useState<CostReportFormat>('xlsx');
  const choice = { fromDay, toDay, by, format };
  const valid = isCostReportChoiceValid(choice);
  const toggle = (dimension: CostReportDimension, on: boolean) =>
    setBy((current) => (on ? [...current, dimension] : current.filter((d) => d !== dimension)));

  return (
    <Card
      className="mt-6"
      title={t('page.leaderboard.report.title')}
      description={t('page.leaderboard.report.description')}
    >
      <div className="grid gap-4 px-5 pb-5 pt-4 sm:grid-cols-2 lg:grid-cols-4">
        <Field label={t('page.leaderboard.report.from')} htmlFor={`${id}-from`}>
          <Input
            id={`${id}-from`}
            type="date"
            value={fromDay}
            max={toDay}
            onChange={(e) => setFromDay(e.target.value)}
          />
        </Field>
        <Field label={t('page.leaderboard.report.to')} htmlFor={`${id}-to`}>
          <Input id={`${id}-to`} type="date" value={toDay} min={fromDay} onChange={(e) => setToDay(e.target.value)} />
        </Field>
        <fieldset className="flex flex-col gap-1.5">
          <legend className="text-sm font-medium text-zinc-800 dark:text-zinc-200">
            {t('page.leaderboard.report.by')}
          </legend>
          <div className="flex flex-wrap gap-x-4 gap-y-2 pt-1.5">
            {DIMENSIONS.map((dimension) => (
              <label key={dimension} className="inline-flex items-center gap-1.5 text-sm">
                <input
                  type="checkbox"
                  className="size-4 accent-accent-600"
                  checked={by.includes(dimension)}
                  onChange={(e) => toggle(dimension, e.target.checked)}
                />
                {t(`page.leaderboard.report.dimension.${dimension}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <Field label={t('page.leaderboard.report.format')} htmlFor={`${id}-format`}>
          <div className="flex gap-2">
            <Select
              id={`${id}-format`}
              value={format}
              onValueChange={(value) => setFormat(value === 'csv' ? 'csv' : 'xlsx')}
              options={[
                { value: 'xlsx', label: 'Excel (.xlsx)' },
                { value: 'csv', label: 'CSV' },
              ]}
            />
            {valid ? (
              <Button asChild>
                <a href={costReportUrl(choice)} download>
                  <Download aria-hidden />
                  {t('page.leaderboard.report.download')}
                </a>
              </Button>
            ) : (
              <Button disabled>
                <Download aria-hidden />
                {t('page.leaderboard.report.download')}
              </Button>
            )}
          </div>
        </Field>
      </div>
      {!valid && (
        <p role="alert" className="px-5 pb-5 text-sm text-red-600 dark:text-red-400">
          {t('page.leaderboard.report.invalid')}
        </p>
      )}
    </Card>
  );
}
