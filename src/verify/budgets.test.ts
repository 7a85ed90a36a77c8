import { describe, expect, it } from 'vitest';
import { checkBudgets, formatBytes, javascriptBudget } from './budgets.ts';
import { budgetsSchema } from './options.ts';

const budgets = budgetsSchema.parse(undefined);
const none = { form: false, video: false, search: false };

describe('byte budgets', () => {
  it('allows no JavaScript on a plain page, the form budget with a form or video, and none with search', () => {
    expect(javascriptBudget(none, budgets)).toBe(0);
    expect(javascriptBudget({ ...none, form: true }, budgets)).toBe(3072);
    expect(javascriptBudget({ ...none, video: true }, budgets)).toBe(3072);
    expect(javascriptBudget({ ...none, search: true, form: true }, budgets)).toBeUndefined();
  });

  it('names the page, the measured size and the budget it exceeds', () => {
    expect(checkBudgets('/bus/', { javascript: 120, css: 2000, html: 3000 }, none, budgets)).toEqual([
      expect.objectContaining({ page: '/bus/', check: 'budget', message: 'JavaScript 120 B gzipped, over the budget of 0 B for a page without a form, video or search' }),
    ]);
    const heavy = checkBudgets('/aanmelden/', { javascript: 4000, css: 16_000, html: 1000 }, { ...none, form: true }, budgets).map((finding) => finding.message);
    expect(heavy).toEqual([
      'JavaScript 3.9 KB gzipped, over the budget of 3.0 KB for a page with a form',
      'CSS 15.6 KB gzipped, over the budget of 15.0 KB',
      'HTML + CSS 16.6 KB gzipped, over the budget of 14.0 KB to render in one round trip',
    ]);
    expect(checkBudgets('/zoeken/', { javascript: 40_000, css: 2000, html: 3000 }, { ...none, search: true }, budgets)).toEqual([]);
    expect(checkBudgets('/', { javascript: 3072, css: 15_360, html: 0 }, { ...none, video: true }, { ...budgets, firstRender: 20_000 })).toEqual([]);
  });

  it('prints bytes below 1 KB and KB with one decimal above', () => {
    expect([0, 1023, 1024, 3174].map(formatBytes)).toEqual(['0 B', '1023 B', '1.0 KB', '3.1 KB']);
  });
});
