/**
 * The bank's owner token in this browser. The owner link is `/bank#<token>`: the bank page
 * takes the token out of the address at once and keeps it here, as invite tokens are kept.
 */
const KEY = 'mockloop:bank-owner';

export const saveOwnerToken = (token: string) => localStorage.setItem(KEY, token);
export const ownerToken = (): string | null => localStorage.getItem(KEY);
export const ownerLinkOf = (token: string) => `${window.location.origin}/bank#${token}`;
/** A pasted owner link or bare token, as the token. */
export const tokenOfLink = (text: string): string => text.trim().replace(/^.*#/, '');
