// Without zod, so a page that only shows the role's name does not download zod.

/**
 * The role the candidate is preparing for. It picks the default focus LPs and which round
 * kinds the wizard suggests; 'other' covers every role the presets do not model.
 */
export const TARGET_ROLES = [
  'product-manager',
  'product-manager-technical',
  'software-development-engineer',
  'other',
] as const;
export type TargetRole = (typeof TARGET_ROLES)[number];

export const TARGET_ROLE_LABELS: Record<TargetRole, string> = {
  'product-manager': 'Product Manager',
  'product-manager-technical': 'Product Manager - Technical',
  'software-development-engineer': 'Software Development Engineer',
  other: 'Other',
};

/** The label shown for a target role in the wizard and on reports. */
export function targetRoleLabel(role: TargetRole): string {
  return TARGET_ROLE_LABELS[role];
}
