import { Link } from '@tanstack/react-router';
import { Compass } from 'lucide-react';
import { useT } from '../i18n/use-t';
import { Button } from './ui/button';
import { EmptyState } from './ui/empty-state';

export function NotFound() {
  const t = useT();
  return (
    <div className="mx-auto max-w-xl p-6 pt-16">
      <EmptyState
        icon={Compass}
        title={t('notFound.title')}
        description={t('notFound.description')}
        action={
          <Button asChild variant="secondary">
            <Link to="/">{t('notFound.back')}</Link>
          </Button>
        }
      />
    </div>
  );
}
