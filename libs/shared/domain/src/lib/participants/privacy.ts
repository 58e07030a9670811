/**
 * The version of the privacy notice shown at registration (libs/web/legal): each account records the
 * version it accepted and when. Change it whenever the notice changes in substance.
 */
export const PRIVACY_NOTICE_VERSION = '2026-11';
