import { describe, expect, it } from 'vitest';
import { TARGET_ROLE_LABELS, TargetRole, targetRoleLabel } from '@mockloop/shared/loop/target-role';
import { LP_IDS } from '@mockloop/shared/lp/catalogue';
import { FOCUS_PRESETS, defaultFocusLps } from '@mockloop/shared/lp/focus-presets';

describe('target roles', () => {
  it('lists the four roles with their labels', () => {
    expect(TargetRole.options).toEqual([
      'product-manager',
      'product-manager-technical',
      'software-development-engineer',
      'other',
    ]);
    expect(TARGET_ROLE_LABELS).toEqual({
      'product-manager': 'Product Manager',
      'product-manager-technical': 'Product Manager - Technical',
      'software-development-engineer': 'Software Development Engineer',
      other: 'Other',
    });
    expect(targetRoleLabel('product-manager-technical')).toBe('Product Manager - Technical');
  });
});

describe('focus presets', () => {
  it.each(TargetRole.options.filter((role) => role !== 'other'))('%s has 10-14 distinct LPs', (role) => {
    const preset = FOCUS_PRESETS[role];
    expect(preset.length).toBeGreaterThanOrEqual(10);
    expect(preset.length).toBeLessThanOrEqual(14);
    expect(new Set(preset).size).toBe(preset.length);
    for (const lp of preset) expect(LP_IDS).toContain(lp);
  });

  it('puts every LP in focus for "other"', () => {
    expect(FOCUS_PRESETS.other).toEqual(LP_IDS);
  });

  it('hands out a copy the wizard may change', () => {
    const focus = defaultFocusLps('product-manager');
    focus.pop();
    expect(defaultFocusLps('product-manager')).toHaveLength(FOCUS_PRESETS['product-manager'].length);
  });
});
