import { Download } from 'lucide-react';
import { useId, useState } from 'react';
import { exportUrl } from '../../api/data';
import { useT } from '../../i18n/use-t';
import { Button } from '../ui/button';
import { Card } from '../ui/card';
import { Field } from '../ui/field';
import { Input } from '../ui/input';

/** Download of everything as one file; request logs only when ticked, bounded by local days. */
export function ExportCard() {
  const t = useT();
  const id = useId();
  const [includeLogs, setIncludeLogs] = useState(false);
  const [fromDay, setFromDay] = useState('');
  const [toDay, setToDay] = useState('');
  const valid = !includeLogs || fromDay === '' || toDay === '' || fromDay <= toDay;

  return (
    <Card title={t('page.data.export.title')} description={t('page.data.export.description')}>
      <div className="flex flex-col gap-4">
        <label className="inline-flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            className="size-4 accent-accent-600"
            checked={includeLogs}
            onChange={(e) => setIncludeLogs(e.target.checked)}
          />
          {t('page.data.export.includeLogs')}
        </label>
        {includeLogs && (
          <div className="grid gap-4 sm:grid-cols-2">
            <Field label={t('page.data.export.from')} htmlFor={`${id}-from`}>
              <Input id={`${id}-from`} type="date" value={fromDay} onChange={(e) => setFromDay(e.target.value)} />
            </Field>
            <Field label={t('page.data.export.to')} htmlFor={`${id}-to`}>
              <Input id={`${id}-to`} type="date" value={toDay} onChange={(e) => setToDay(e.target.value)} />
            </Field>
          </div>
        )}
        <div>
          {valid ? (
            <Button asChild>
              <a href={exportUrl({ includeLogs, fromDay, toDay })} download>
                <Download aria-hidden />
                {t('page.data.export.download')}
              </a>
            </Button>
          ) : (
            <Button disabled>
              <Download aria-hidden />
              {t('page.data.export.download')}
            </Button>
          )}
        </div>
        {!valid && (
          <p role="alert" className="text-sm text-red-600 dark:text-red-400">
            {t('page.data.export.invalid')}
          </p>
        )}
      </div>
    </Card>
  );
}
