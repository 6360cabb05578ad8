// The customers domain's public face: other domains and the app call only what is exported here.
export { startCustomersService, type CustomersServiceOptions } from './server.js';
export { resolveAccessToken } from './sessions.js';
export { ensureDevStaff, findDevStaff } from './accounts.js';
export { DEFAULT_LOGIN_LIMITS, type LoginLimits } from './login-limits.js';
export { isWellFormedToken } from './tokens.js';
export { findCheckoutProfile, type CheckoutProfile } from './checkout-profile.js';
export { checkAddress, isValidEmail, normalizeEmail, type NewAddress } from './rules.js';
export { isCountryCode } from './country-codes.js';
export { visibleCustomerNodes } from './node-visibility.js';
export { customersTasks } from './tasks.js';
export { findStaffEmails } from './staff-directory.js';
