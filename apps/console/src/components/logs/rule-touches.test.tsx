import { render, screen } from '@testing-library/react';
import { decisionChainSchema } from '@cch/contract';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../i18n/i18n-provider';
import { RuleTouches } from './rule-touches';

describe('RuleTouches', () => {
  it('names each rule that acted on the request, in order, in the chosen language', () => {
    const chain = decisionChainSchema.parse({
      attempts: [],
      rounds: [],
      rules: [
        { kind: 'sensitive_word', ruleId: 'w-1', action: 'refused', detail: 'word' },
        {
          kind: 'request_filter',
          ruleId: 'f-2',
          action: 'body_removed',
          detail: 'context_management',
          providerId: 'p1',
        },
        { kind: 'rectifier', ruleId: 'thinking_budget', action: 'budget_corrected', providerId: 'p1' },
        { kind: 'error_rule', ruleId: 'e-3', action: 'fail_over', providerId: 'p1', detail: 'overloaded' },
      ],
    });
    render(
      <I18nProvider initialLocale="zh-CN">
        <RuleTouches chain={chain} />
      </I18nProvider>,
    );
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      '敏感词 · refused (word) · w-1',
      '请求过滤器 · body_removed (context_management) · f-2',
      '整流器 · budget_corrected · thinking_budget',
      '错误规则 · fail_over (overloaded) · e-3',
    ]);
  });

  it('shows nothing for a chain stored before rules were recorded', () => {
    const { container } = render(
      <I18nProvider initialLocale="en">
        <RuleTouches chain={decisionChainSchema.parse({ attempts: [], rounds: [] })} />
      </I18nProvider>,
    );
    expect(container.textContent).toBe('');
  });
});
