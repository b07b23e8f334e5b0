import { useQuery } from '@tanstack/react-query';
import { retentionQueryOptions } from '../../api/data';
import { useFormat } from '../../i18n/use-format';
import { useT } from '../../i18n/use-t';
import { Card } from '../ui/card';
import { QueryState } from '../ui/query-state';

/** The configured retention and what the retention job did on its last run. */
export function RetentionCard() {
  const t = useT();
  const format = useFormat();
  const query = useQuery(retentionQueryOptions());
  return (
    <Card title={t('page.data.retention.title')}>
      <QueryState query={query}>
        {(status) => (
          <dl className="flex flex-col gap-2 text-sm">
            <div>
              <dt className="sr-only">{t('page.data.retention.setting')}</dt>
              <dd>
                {status.retentionDays > 0
                  ? t('page.data.retention.days', { days: status.retentionDays })
                  : t('page.data.retention.forever')}
              </dd>
            </div>
            <div>
              <dt className="sr-only">{t('page.data.retention.lastRunLabel')}</dt>
              <dd>
                {status.lastRun === null
                  ? t('page.data.retention.never')
                  : status.lastRun.cutoff === null
                    ? t('page.data.retention.lastRunOff', { time: format.dateTime(status.lastRun.ranAt) })
                    : t('page.data.retention.lastRun', {
                        time: format.dateTime(status.lastRun.ranAt),
                        count: format.number(status.lastRun.removed),
                        cutoff: format.dateTime(status.lastRun.cutoff),
                      })}
              </dd>
            </div>
          </dl>
        )}
      </QueryState>
    </Card>
  );
}
