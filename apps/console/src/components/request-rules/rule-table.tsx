import type { ReactNode } from 'react';
import { Trash2 } from 'lucide-react';
import { useT } from '../../i18n/use-t';
import { Button } from '../ui/button';
import { Switch } from '../ui/switch';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '../ui/table';

export interface RuleColumn<Rule> {
  header: string;
  cell: (rule: Rule) => ReactNode;
}

interface RuleTableProps<Rule extends { id: string; enabled: boolean }> {
  rules: readonly Rule[];
  columns: readonly RuleColumn<Rule>[];
  nameOf: (rule: Rule) => string;
  onToggle: (rule: Rule, enabled: boolean) => void;
  onDelete: (rule: Rule) => void;
}

/** A list of rules with an on/off switch and a delete button per row. */
export function RuleTable<Rule extends { id: string; enabled: boolean }>(props: RuleTableProps<Rule>) {
  const t = useT();
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>{t('page.requestRules.enabled')}</TableHead>
          {props.columns.map((column) => (
            <TableHead key={column.header}>{column.header}</TableHead>
          ))}
          <TableHead>{t('page.requestRules.col.actions')}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {props.rules.map((rule) => (
          <TableRow key={rule.id}>
            <TableCell>
              <Switch
                checked={rule.enabled}
                onCheckedChange={(enabled) => props.onToggle(rule, enabled)}
                aria-label={t('page.requestRules.toggle', { name: props.nameOf(rule) })}
              />
            </TableCell>
            {props.columns.map((column) => (
              <TableCell key={column.header}>{column.cell(rule)}</TableCell>
            ))}
            <TableCell>
              <Button
                variant="ghost"
                size="icon"
                aria-label={`${t('page.requestRules.delete')} ${props.nameOf(rule)}`}
                onClick={() => props.onDelete(rule)}
              >
                <Trash2 aria-hidden />
              </Button>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
