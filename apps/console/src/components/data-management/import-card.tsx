import { Upload } from 'lucide-react';
import { useId, useRef, useState } from 'react';
import { isApiError } from '../../api/api-error';
import { type ImportResult, useImportMutation } from '../../api/data';
import { useFormat } from '../../i18n/use-format';
import { useT } from '../../i18n/use-t';
import { Button } from '../ui/button';
import { Card } from '../ui/card';
import { Field } from '../ui/field';
import { useToast } from '../ui/toast';
import { ImportPreviewTable } from './import-preview-table';

/** Pick an export file → dry-run preview → apply the same file. */
export function ImportCard() {
  const t = useT();
  const format = useFormat();
  const { toast } = useToast();
  const id = useId();
  const picker = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportResult | null>(null);
  const mutation = useImportMutation();
  const error = mutation.error;

  const run = (dryRun: boolean) => {
    if (!file) return;
    mutation.mutate(
      { file, dryRun },
      {
        onSuccess: (result) => {
          setPreview(result);
          if (result.applied) toast({ title: t('page.data.import.applied'), tone: 'success' });
        },
      },
    );
  };

  return (
    <Card title={t('page.data.import.title')} description={t('page.data.import.description')}>
      <div className="flex flex-col gap-4">
        <Field label={t('page.data.import.file')} htmlFor={`${id}-file`}>
          {/* the native control's own text is in the browser's language: a translated button opens it */}
          <div className="flex min-w-0 items-center gap-3">
            <input
              ref={picker}
              id={`${id}-file`}
              type="file"
              accept=".jsonl,.ndjson,application/x-ndjson"
              className="peer sr-only"
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                setPreview(null);
                mutation.reset();
              }}
            />
            <Button
              variant="secondary"
              aria-hidden
              tabIndex={-1}
              className="peer-focus-visible:ring-2 peer-focus-visible:ring-accent-500"
              onClick={() => picker.current?.click()}
            >
              {t('page.data.import.choose')}
            </Button>
            <span className="min-w-0 truncate text-sm text-zinc-600 dark:text-zinc-400">
              {file?.name ?? t('page.data.import.noFile')}
            </span>
          </div>
        </Field>
        <div className="flex flex-wrap gap-2">
          <Button
            variant="secondary"
            disabled={!file}
            loading={mutation.isPending && !preview}
            onClick={() => run(true)}
          >
            <Upload aria-hidden />
            {t('page.data.import.preview')}
          </Button>
          {preview && !preview.applied && (
            <Button loading={mutation.isPending} onClick={() => run(false)}>
              {t('page.data.import.apply')}
            </Button>
          )}
        </div>
        {error && (
          <p role="alert" className="text-sm text-red-600 dark:text-red-400">
            {isApiError(error) ? (error.detail ?? error.title) : t('common.error.title')}
          </p>
        )}
        {preview && (
          <>
            <p className="text-sm text-zinc-600 dark:text-zinc-400">
              {t(preview.applied ? 'page.data.import.appliedFrom' : 'page.data.import.previewFrom', {
                source: preview.source,
                time: format.dateTime(preview.exportedAt),
              })}
            </p>
            <ImportPreviewTable result={preview} />
          </>
        )}
      </div>
    </Card>
  );
}
