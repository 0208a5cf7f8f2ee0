/** Shown in the health report and the OpenAPI document. */
export const VERSION = '0.1.0';
